import type { components } from '../api/schema.d.ts';

/** Names for the generated types the desk's screens use (schema.d.ts is generated: `npm run gen:api`). */
export type DeskTicket = components['schemas']['DeskTicket'];
export type DeskServices = components['schemas']['DeskServices'];
export type DeskSubmission = components['schemas']['DeskSubmission'];
export type DeskRepresentative = components['schemas']['DeskRepresentative'];
export type Person = components['schemas']['Person'];
