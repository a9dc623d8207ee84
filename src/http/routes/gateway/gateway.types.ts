import { z } from 'zod';
import { ZIin, ZKey } from '../../input-schemas.ts';

export const ZRequestBytes = z.object({ bytesBase64: z.string(), sender: z.enum(['portal', 'stateCorporation']), applicantIin: z.string() });

export const ZSubmissionQuery = z.object({
  sender: z.enum(['portal', 'stateCorporation']).optional(),
  submittedBy: ZKey.optional(),
  applicantIin: ZIin.optional(),
  caseId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const ZSubmissionView = z
  .object({
    caseId: z.string(),
    messageId: z.string(),
    sender: z.enum(['portal', 'stateCorporation']),
    submittedBy: z.object({ kind: z.enum(['citizen', 'staff']), id: z.string() }),
    applicantIin: z.string(),
    regulationId: z.string(),
    providerId: z.string(),
    status: z.string(),
    filedAt: z.string(),
    closedAt: z.string().nullable(),
    statusMessages: z.array(z.object({ status: z.string(), at: z.string() })),
  })
  .meta({ id: 'GatewaySubmission' });
