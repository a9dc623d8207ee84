import type { AppContext } from '../../../application/app-context.ts';
import { compareWithNearest } from '../../../application/publishing/compare-draft.ts';
import { listRegulationDrafts } from '../../../application/publishing/list-drafts.ts';
import { proposeFill } from '../../../application/publishing/propose-fill.ts';
import { publishDraft } from '../../../application/publishing/publish-draft.ts';
import { loadDraft, reviewDraft } from '../../../application/publishing/review-draft.ts';
import { saveDraft } from '../../../application/publishing/save-draft.ts';
import { uploadRegulationText } from '../../../application/publishing/upload-regulation-text.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import { routeKit } from '../../route-kit.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import {
  ZComparisonAnswer,
  ZDraftParams,
  ZDraftSummary,
  ZDraftView,
  ZFillAnswer,
  ZPublishAnswer,
  ZPublishBody,
  ZSaveDraftAnswer,
  ZSaveDraftBody,
  ZUploadAnswer,
  ZUploadBody,
  ZValidationAnswer,
} from './publishing.types.ts';
import { z } from 'zod';

/** Review and publish are for administrators only; the draft routes name the draft and may not find it. */
const administrators = { tag: 'publishing', caller: 'staff', roles: ['admin'] } as const;
const draftRead = { ...administrators, method: 'GET', params: ZDraftParams, errors: [400, 401, 403, 404] } as const;

/** Review and publish of imported regulations (issue #20): administrators only. */
export function registerPublishingRoutes(app: ZodFastify, ctx: AppContext): void {
  const route = routeKit(app, ctx);
  route(
    {
      ...administrators,
      method: 'POST',
      url: '/api/admin/regulations/uploads',
      summary: 'Upload a regulation text: stored once by its SHA-256, read by the importer into drafts to review',
      body: ZUploadBody,
      response: ZUploadAnswer,
      status: 201,
      errors: [400, 401, 403, 415, 422],
    },
    async ({ actor, body }) => {
      if (!ctx.regulationImporter) throw new AppError('INTERNAL', 'no regulation importer in the application context');
      const outcome = await uploadRegulationText(ctx, ctx.regulationImporter, actor, body);
      return { ...outcome, draftIds: [...outcome.draftIds] };
    },
  );

  route(
    {
      ...administrators,
      method: 'GET',
      url: '/api/admin/regulations/drafts',
      summary: 'The drafts of imported regulations, newest first, with what was published from them',
      response: z.array(ZDraftSummary),
      errors: [401, 403],
    },
    () => listRegulationDrafts(ctx.db),
  );

  route(
    { ...draftRead, url: '/api/admin/regulations/drafts/:draftId', summary: 'One draft beside its stored source text, with the lines the importer could not place', response: ZDraftView },
    async ({ params }) => draftView(await loadDraft(ctx.db, params.draftId)),
  );

  route(
    {
      ...administrators,
      method: 'PUT',
      url: '/api/admin/regulations/drafts/:draftId',
      summary: 'Save a correction of the draft over the revision read (a stale revision is refused with 409)',
      params: ZDraftParams,
      body: ZSaveDraftBody,
      response: ZSaveDraftAnswer,
      errors: [400, 401, 403, 404, 409],
    },
    async ({ actor, params, body }) => ({ revision: await saveDraft(ctx, actor, { draftId: params.draftId, ...body }) }),
  );

  route(
    { ...draftRead, url: '/api/admin/regulations/drafts/:draftId/validation', summary: "The catalog's own checks on the draft and every quote proved at its line of the stored text", response: ZValidationAnswer },
    async ({ params }) => {
      const { draft, source } = await loadDraft(ctx.db, params.draftId);
      const { issues } = reviewDraft(ctx.catalog, draft, source);
      return { revision: draft.revision, valid: issues.length === 0, issues: [...issues] };
    },
  );

  route(
    {
      ...draftRead,
      url: '/api/admin/regulations/drafts/:draftId/comparison',
      summary: 'The draft compared with the nearest existing version of its service (as the handbook compares versions)',
      response: ZComparisonAnswer,
    },
    async ({ params }) => {
      const { draft, source } = await loadDraft(ctx.db, params.draftId);
      const { issues, regulation } = reviewDraft(ctx.catalog, draft, source);
      if (!regulation) return { revision: draft.revision, nearestId: null, comparison: null, issueCount: issues.length };
      return { revision: draft.revision, ...compareWithNearest(ctx.catalog, regulation), issueCount: 0 };
    },
  );

  route(
    {
      ...draftRead,
      url: '/api/admin/regulations/drafts/:draftId/fill',
      summary: "The draft's missing texts and case fields proposed from the nearest version, each with the version and path it comes from",
      response: ZFillAnswer,
    },
    async ({ params }) => {
      const answer = await proposeFill(ctx.db, ctx.catalog, params.draftId);
      return { ...answer, proposals: [...answer.proposals] };
    },
  );

  route(
    {
      ...administrators,
      method: 'POST',
      url: '/api/admin/regulations/drafts/:draftId/publish',
      summary: 'Publish the reviewed draft as a new catalog version with its act lifecycle; once per draft (409 after)',
      params: ZDraftParams,
      body: ZPublishBody,
      response: ZPublishAnswer,
      status: 201,
      errors: [400, 401, 403, 404, 409, 422],
    },
    ({ actor, params, body }) => publishDraft(ctx, actor, { draftId: params.draftId, expectedRevision: body.expectedRevision }),
  );
}

/** A draft with its source text as the review screen reads them: dates as ISO strings, lists as plain arrays. */
function draftView({ draft, source }: Awaited<ReturnType<typeof loadDraft>>): z.input<typeof ZDraftView> {
  return {
    id: draft.id,
    revision: draft.revision,
    definition: draft.definition,
    actLifecycle: draft.actLifecycle,
    unresolved: [...draft.unresolved],
    source: {
      id: source.id,
      fileName: source.fileName,
      citationName: source.citationName,
      sha256: source.sha256,
      text: source.text,
      uploadedBy: source.uploadedBy,
      uploadedAt: source.uploadedAt.toISOString(),
    },
    createdBy: draft.createdBy,
    createdAt: draft.createdAt.toISOString(),
    updatedBy: draft.updatedBy,
    updatedAt: draft.updatedAt.toISOString(),
    publishedRegulationId: draft.publishedRegulationId,
  };
}
