import type { portalEn } from './portal.en.ts';

/** kk messages of the portal screens: the keys of portal.en.ts. */
export const portalKk: Readonly<Record<keyof typeof portalEn, string>> = {};
