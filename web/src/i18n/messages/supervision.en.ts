/** English messages of the supervision screens; merged into en.ts. Keys start with 'supervision.'. */
export const supervisionEn = {} as const satisfies Record<string, string>;
