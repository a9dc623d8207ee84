import { z } from 'zod';
import { ZRegulationComparison } from '../../../core/comparison/comparison-schema.ts';
import { ZText } from '../../../core/regulation/schema.ts';

/** The largest uploaded text, in characters (the seeds are up to 200 000; a whole act with appendices fits). */
export const MAX_REGULATION_TEXT_CHARS = 2_000_000;

export const ZDraftParams = z.object({ draftId: z.uuid() });

export const ZUploadBody = z
  .object({
    fileName: z.string().trim().min(1).max(255).describe('The uploaded file’s name: plain text (.txt) or an HTML page (.html/.htm), read by its extension'),
    text: z.string().min(1).max(MAX_REGULATION_TEXT_CHARS).describe('The whole text (for HTML: the page’s source), lines separated by \\n'),
    lang: z.enum(['kk', 'ru']).optional().describe('The language of the text when known; the importer detects it otherwise'),
  })
  .meta({ id: 'RegulationUpload' });

export const ZUploadAnswer = z
  .object({
    sourceId: z.uuid(),
    citationName: z.string().describe('The name every citation of the drafts gives the stored text (upload_<SHA-256 prefix>.txt)'),
    sha256: z.string(),
    draftIds: z.array(z.uuid()).describe('One draft per regulation the importer found'),
    unresolvedCount: z.number().int(),
  })
  .meta({ id: 'RegulationUploadAnswer' });

export const ZUnresolvedLine = z.object({ line: z.number().int(), text: z.string(), reason: z.string() }).meta({ id: 'UnresolvedLine' });

/** When a draft was made and last saved, by whom, and the version it became once published (the list and the draft alike). */
const DRAFT_STAMPS = {
  createdAt: z.string(),
  updatedBy: z.string(),
  updatedAt: z.string(),
  publishedRegulationId: z.string().nullable(),
};

export const ZDraftSummary = z
  .object({
    id: z.uuid(),
    regulationId: z.string().nullable(),
    serviceName: ZText.nullable(),
    fileName: z.string(),
    revision: z.number().int(),
    ...DRAFT_STAMPS,
  })
  .meta({ id: 'RegulationDraftSummary' });

export const ZDraftView = z
  .object({
    id: z.uuid(),
    revision: z.number().int().describe('Send it back as expectedRevision when saving or publishing'),
    definition: z.record(z.string(), z.unknown()).describe('The draft in the catalog’s schema (regulations/*.json)'),
    actLifecycle: z.record(z.string(), z.unknown()).nullable().describe('The act lifecycle published with it (regulations/acts/*.json)'),
    unresolved: z.array(ZUnresolvedLine),
    source: z.object({
      id: z.uuid(),
      fileName: z.string(),
      citationName: z.string(),
      sha256: z.string(),
      text: z.string(),
      uploadedBy: z.string(),
      uploadedAt: z.string(),
    }),
    createdBy: z.string(),
    ...DRAFT_STAMPS,
  })
  .meta({ id: 'RegulationDraft' });

export const ZSaveDraftBody = z
  .object({
    expectedRevision: z.number().int().positive(),
    definition: z.record(z.string(), z.unknown()),
    actLifecycle: z.record(z.string(), z.unknown()).nullable(),
  })
  .meta({ id: 'RegulationDraftChange' });

export const ZSaveDraftAnswer = z.object({ revision: z.number().int() });

export const ZReviewIssue = z
  .object({
    path: z.string().describe('JSON path inside the draft: definition.steps[2].limit.value, actLifecycle.approves …'),
    code: z.enum(['schema', 'citation', 'idTaken', 'actLifecycle']),
    message: ZText,
    detail: z.string().optional(),
  })
  .meta({ id: 'RegulationReviewIssue' });

export const ZValidationAnswer = z
  .object({ revision: z.number().int(), valid: z.boolean(), issues: z.array(ZReviewIssue) })
  .meta({ id: 'RegulationDraftValidation' });

export const ZComparisonAnswer = z
  .object({
    revision: z.number().int(),
    nearestId: z.string().nullable().describe('The existing version compared with: the same service, same region first, closest act date'),
    comparison: ZRegulationComparison.nullable().describe('Null while the draft has issues or no version of the service exists'),
    issueCount: z.number().int(),
  })
  .meta({ id: 'RegulationDraftComparison' });

export const ZPublishBody = z.object({ expectedRevision: z.number().int().positive() }).meta({ id: 'RegulationPublish' });

export const ZPublishAnswer = z.object({ regulationId: z.string(), catalogVersion: z.number().int() }).meta({ id: 'RegulationPublished' });

export const ZFillProposal = z
  .object({
    path: z.string().describe('JSON path in the draft definition the value fills, e.g. steps[2].action.en'),
    from: z.object({ regulationId: z.string(), path: z.string() }).describe('The existing version and the JSON path in it the value is taken from'),
    value: z.unknown(),
  })
  .meta({ id: 'RegulationFillProposal' });

export const ZFillAnswer = z
  .object({
    revision: z.number().int().describe('The revision the proposals were made on; save over it to keep them'),
    nearestId: z.string().nullable().describe('The version the proposals come from: the same service, same region first, closest act date'),
    definition: z.record(z.string(), z.unknown()).describe('The draft with every proposal applied (not saved)'),
    proposals: z.array(ZFillProposal),
  })
  .meta({ id: 'RegulationDraftFill' });
