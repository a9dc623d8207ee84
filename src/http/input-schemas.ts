import { z } from 'zod';
import { checkIin } from '../core/identity/iin.ts';

/*
 * The building blocks of request schemas, so every field states its limits once and the OpenAPI shows them
 * (issue #13, finding 6). Null bytes, lone surrogates and nesting are refused for every request in input-rules.ts.
 */

/** An IIN: 12 digits with a valid check digit, not a placeholder (core/identity/iin.ts). */
export const ZIin = z
  .string()
  .regex(/^\d{12}$/)
  .refine((value) => checkIin(value).valid, { message: 'not a valid IIN' })
  .describe('IIN: 12 digits with a valid check digit');

/** An identifier of ours (regulation, step, provider, service code): short, no spaces needed. */
export const ZKey = z.string().min(1).max(100);

/** A UUID in the path or the body (cases, tickets, notifications, attachments). */
export const ZUuid = z.uuid();

/** A person's free text (a reason, a comment): at most `maxChars` characters. */
export const ZFreeText = (maxChars: number) => z.string().max(maxChars);

/** A CMS signature in Base64 (the signer's certificate included): some kilobytes, never megabytes. */
export const ZSignatureBase64 = z.string().min(16).max(65_536);

/** One value of an application's form: text, number, yes/no, or a period {from, to} (core/regulation/form-data.ts). */
const ZFormValue = z.union([
  z.string().max(2000),
  z.number(),
  z.boolean(),
  z.null(),
  z.object({ from: z.string().max(32), to: z.string().max(32) }),
]);

export const MAX_FORM_FIELDS = 100;

/** An application's form data: at most MAX_FORM_FIELDS fields named by the regulation, each value one of ZFormValue. */
export const ZFormData = z
  .record(z.string().min(1).max(100), ZFormValue)
  .refine((data) => Object.keys(data).length <= MAX_FORM_FIELDS, { message: `at most ${MAX_FORM_FIELDS} fields` })
  .meta({ maxProperties: MAX_FORM_FIELDS });

/** A step's input by kind (case-engine.ts parses it): at most 100 named values. */
export const ZStepInput = z
  .record(z.string().min(1).max(100), z.unknown())
  .refine((data) => Object.keys(data).length <= 100, { message: 'at most 100 fields' })
  .meta({ maxProperties: 100 });

/** A yes/no in a query string: true/false/1/0 (z.coerce.boolean would read "false" as true). */
export const ZQueryBoolean = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
