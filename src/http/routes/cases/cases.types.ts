import { z } from 'zod';
import { ZFormData, ZIin, ZKey, ZStepInput, ZUuid } from '../../input-schemas.ts';
import { CHANNELS, ZText as ZCatalogText } from '../../../core/regulation/schema.ts';
import { CASE_STATUSES } from '../../../core/case/case-events.ts';
import { REGISTRY_FIELD_KINDS } from '../../../application/registries/enter-registry-step-data.ts';

export const ZCaseParams = z.object({ caseId: ZUuid });

export const ZReceiveApplicationRequest = z.object({
  regulationId: ZKey.describe('The regulation version the application is filed under'),
  channel: z.enum(CHANNELS).default('providerOffice'),
  applicantIin: z.string().max(32).describe('12 digits with a valid check digit'),
  formData: ZFormData.default({}),
  paperDocumentIds: z
    .array(ZKey)
    .max(100)
    .optional()
    .describe(
      "At the provider's office: the regulation's documents the applicant handed over on paper (the clerk's checklist). Always checked against the required documents — left out, nothing was handed over (422 APPLICATION_INCOMPLETE names each missing one); recorded with the case and listed on the receipt",
    ),
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

export const ZCaseSearchQuery = z.object({
  iin: ZIin.optional().describe("The applicant's IIN"),
  journalNumber: z.string().trim().min(1).max(64).optional().describe('The whole journal number, e.g. TRZ-2026-000001 (any letter case)'),
  status: z.enum(CASE_STATUSES).optional(),
  serviceCode: z.string().min(1).max(64).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

const ZCaseSearchItem = z
  .object({
    caseId: z.string(),
    providerId: z.string(),
    journalNumber: z.string().nullable(),
    applicantIin: z.string(),
    applicantName: z.string().nullable(),
    regulationId: z.string(),
    serviceCode: z.string(),
    serviceName: ZCatalogText,
    channel: z.string(),
    status: z.enum(CASE_STATUSES),
    openStepId: z.string().nullable(),
    dueAt: z.string().nullable(),
    remainingMinutes: z.number().nullable(),
    filedAt: z.string(),
    closedAt: z.string().nullable(),
  })
  .meta({ id: 'CaseSearchItem' });

export const ZCaseSearchResult = z
  .object({ items: z.array(ZCaseSearchItem), total: z.number().int(), limit: z.number().int(), offset: z.number().int() })
  .meta({ id: 'CaseSearchResult' });

export const ZCaseStepParams = z.object({ caseId: z.string().min(1).max(64), stepId: z.string().min(1).max(64) });

const ZRegistryDataField = z
  .object({
    name: z.string().describe('The key in registryData, e.g. monthlyAmountTenge'),
    kind: z.enum(REGISTRY_FIELD_KINDS).describe('integer; date (YYYY-MM-DD); text; iinList (an array of IINs)'),
    required: z.boolean(),
  })
  .meta({ id: 'RegistryDataField' });

export const ZRegistryDataFields = z.object({ fields: z.array(ZRegistryDataField) });
