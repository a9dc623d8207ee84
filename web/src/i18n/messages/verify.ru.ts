import type { verifyEn } from './verify.en.ts';

/** ru messages of the verify screens: the keys of verify.en.ts. */
export const verifyRu: Readonly<Record<keyof typeof verifyEn, string>> = {};
