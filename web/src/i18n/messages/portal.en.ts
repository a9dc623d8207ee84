/** English messages of the portal screens; merged into en.ts. Keys start with 'portal.'. */
export const portalEn = {} as const satisfies Record<string, string>;
