import type { verifyEn } from './verify.en.ts';

/** kk messages of the verify screens: the keys of verify.en.ts. */
export const verifyKk: Readonly<Record<keyof typeof verifyEn, string>> = {};
