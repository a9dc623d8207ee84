import type { signingEn } from './signing.en.ts';

/** kk messages of the signing screens: the keys of signing.en.ts. */
export const signingKk: Readonly<Record<keyof typeof signingEn, string>> = {};
