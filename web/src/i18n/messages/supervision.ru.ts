import type { supervisionEn } from './supervision.en.ts';

/** ru messages of the supervision screens: the keys of supervision.en.ts. */
export const supervisionRu: Readonly<Record<keyof typeof supervisionEn, string>> = {};
