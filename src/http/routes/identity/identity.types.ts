import { z } from 'zod';
import { ZText } from '../../../core/regulation/schema.ts';
import type { ErrorStatus } from '../../route-kit.ts';

/** Answers of the identity routes that may refuse for lockout or rate limit (429) besides the usual ones. */
export const IDENTITY_ERRORS: readonly ErrorStatus[] = [400, 401, 403, 404, 422, 429];

export const ZSignUpCodeRequest = z.object({ iin: z.string().min(1).max(20) });
export const ZSignUpCodeAnswer = z
  .object({ validMinutes: z.number().int(), message: ZText })
  .describe('The same answer for every valid IIN: whether it is in the persons database or has an account is not told.');
export const ZSignUpWithCode = z.object({ iin: z.string().min(1).max(20), code: z.string().min(1).max(20), password: z.string().min(1).max(200) });
export const ZSignUpWithEds = z.object({ nonce: z.string().min(1).max(200), signature: z.string().min(16), password: z.string().min(1).max(200) });
export const ZPasswordChange = z.object({ currentPassword: z.string().min(1).max(200), newPassword: z.string().min(1).max(200) });
export const ZStaffListItem = z.object({ id: z.string(), login: z.string(), role: z.string(), fullName: z.string(), providerId: z.string().nullable() });
export const ZPasswordReset = z.object({ temporaryPassword: z.string().describe('Shown once: hand it to the person, who changes it after signing in.') });
export const ZPasswordEvent = z.object({ kind: z.enum(['changed', 'resetByAdministrator']), accountId: z.string(), actorId: z.string(), at: z.string() });
export const ZCitizenSession = z.object({ token: z.string(), expiresAt: z.string(), citizen: z.object({ iin: z.string(), fullName: z.string(), region: z.string() }) });
export const ZStaffIdParams = z.object({ staffId: z.string().min(1).max(100) });
