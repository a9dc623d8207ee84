import type { supervisionEn } from './supervision.en.ts';

/** kk messages of the supervision screens: the keys of supervision.en.ts. */
export const supervisionKk: Readonly<Record<keyof typeof supervisionEn, string>> = {};
