import type { portalEn } from './portal.en.ts';

/** ru messages of the portal screens: the keys of portal.en.ts. */
export const portalRu: Readonly<Record<keyof typeof portalEn, string>> = {};
