import type { deskEn } from './desk.en.ts';

/** kk messages of the desk screens: the keys of desk.en.ts. */
export const deskKk: Readonly<Record<keyof typeof deskEn, string>> = {};
