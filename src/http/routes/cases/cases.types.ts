import { z } from 'zod';
import { ZFormData, ZKey, ZStepInput, ZUuid } from '../../input-schemas.ts';
import { CHANNELS } from '../../../core/regulation/schema.ts';

export const ZCaseParams = z.object({ caseId: ZUuid });

export const ZReceiveApplicationRequest = z.object({
  regulationId: ZKey.describe('The regulation version the application is filed under'),
  channel: z.enum(CHANNELS).default('providerOffice'),
  applicantIin: z.string().max(32).describe('12 digits with a valid check digit'),
  formData: ZFormData.default({}),
});

export const ZCompleteStepRequest = z.object({
  stepId: ZKey.describe('The open step; the command fails if another step is open'),
  expectedVersion: z.number().int().positive().describe('The case version the person saw'),
  input: ZStepInput
    .default({})
    .describe(
      'By step kind — assignExecutor: {executorId}; decide: {outcome:"positive", resultId?} or {outcome:"refusal", groundId, reasonText}; sign: {signature}; issue: {method}; register, forward: {}',
    ),
});

export const ZCaseEventView = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.record(z.string(), z.unknown()).describe('Who acted: kind, and for staff userId, role and fullName'),
  type: z.string(),
  data: z.record(z.string(), z.unknown()).describe("The event's data; an assignment also carries executorName"),
});

export const ZExtendStepRequest = z.object({
  stepId: ZKey,
  expectedVersion: z.number().int().positive(),
  reason: z.string().max(2000).describe('Why the extra time is needed; kept in the history'),
});

export const ZExtendTermRequest = z.object({
  expectedVersion: z.number().int().positive(),
  reason: z.string().max(2000).describe('The inquiry or inspection the decision needs; kept in the history and shown on the case'),
});

export const ZReworkRequest = z.object({
  stepId: ZKey.describe("The head's open step the case goes back from"),
  expectedVersion: z.number().int().positive(),
  reason: z.string().max(2000).describe('Why the case goes back to the executor (at least 10 characters); the executor reads it'),
});

const ZAttachmentListItem = z.object({ id: z.uuid(), fileName: z.string(), mediaType: z.string(), sizeBytes: z.number().int() });
const ZText = z.object({ kk: z.string(), ru: z.string(), en: z.string() });

export const ZCaseAttachments = z
  .object({
    checklist: z.array(z.object({ documentId: z.string(), name: ZText, required: z.boolean(), attachments: z.array(ZAttachmentListItem) })),
    other: z.array(ZAttachmentListItem),
  })
  .meta({ id: 'CaseAttachments' });
