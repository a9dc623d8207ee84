/** English messages of the verify screens; merged into en.ts. Keys start with 'verify.'. */
export const verifyEn = {} as const satisfies Record<string, string>;
