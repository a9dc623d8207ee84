import { z } from 'zod';
import { ZText } from '../../../core/regulation/schema.ts';

const ZInboxItem = z
  .object({
    caseId: z.string(),
    version: z.number().int(),
    regulationId: z.string(),
    serviceName: ZText,
    channel: z.string(),
    applicantIin: z.string(),
    status: z.string(),
    journalNumber: z.string().nullable(),
    openStepId: z.string().nullable(),
    dueAt: z.string().nullable(),
    remainingMinutes: z.number().nullable(),
    overdue: z.boolean(),
    filedAt: z.string(),
    overallDueAt: z.string().nullable(),
    reworkReason: z.string().nullable().describe("The head's reason when the case came back for rework"),
  })
  .meta({ id: 'InboxItem' });

export const ZInboxQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  q: z.string().trim().max(40).optional().describe("Part of the journal number or the start of the applicant's IIN"),
});

export const ZInboxPage = z.object({ items: z.array(ZInboxItem), total: z.number().int(), limit: z.number().int(), offset: z.number().int() }).meta({ id: 'InboxPage' });
