/** English messages of the desk screens; merged into en.ts. Keys start with 'desk.'. */
export const deskEn = {} as const satisfies Record<string, string>;
