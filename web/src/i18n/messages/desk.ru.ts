import type { deskEn } from './desk.en.ts';

/** ru messages of the desk screens: the keys of desk.en.ts. */
export const deskRu: Readonly<Record<keyof typeof deskEn, string>> = {};
