/** English messages of the signing screens; merged into en.ts. Keys start with 'signing.'. */
export const signingEn = {} as const satisfies Record<string, string>;
