import type { signingEn } from './signing.en.ts';

/** ru messages of the signing screens: the keys of signing.en.ts. */
export const signingRu: Readonly<Record<keyof typeof signingEn, string>> = {};
