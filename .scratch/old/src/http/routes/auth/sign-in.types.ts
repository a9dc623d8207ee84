import { z } from 'zod';
import { STAFF_ROLES } from '../../../core/case/actor.ts';

export const ZSignInRequest = z.object({ login: z.string().min(1).max(100), password: z.string().min(1).max(200) });

export const ZStaffView = z
  .object({
    id: z.string(),
    login: z.string(),
    role: z.enum(STAFF_ROLES),
    fullName: z.string(),
    providerId: z.string().nullable(),
    region: z.string().nullable(),
  })
  .meta({ id: 'Staff' });

export const ZSignInResponse = z.object({ token: z.string(), expiresAt: z.string(), staff: ZStaffView });
