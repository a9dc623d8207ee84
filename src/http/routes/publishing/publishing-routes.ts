import type { AppContext } from '../../../application/app-context.ts';
import { compareWithNearest } from '../../../application/publishing/compare-draft.ts';
import { listRegulationDrafts } from '../../../application/publishing/list-drafts.ts';
import { proposeFill } from '../../../application/publishing/propose-fill.ts';
import { publishDraft } from '../../../application/publishing/publish-draft.ts';
import { loadDraft, reviewDraft } from '../../../application/publishing/review-draft.ts';
import { saveDraft } from '../../../application/publishing/save-draft.ts';
import { uploadRegulationText } from '../../../application/publishing/upload-regulation-text.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import { requireStaff } from '../../authenticate.ts';
import { errorResponses } from '../../schemas.ts';
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

const ADMIN = ['admin'] as const;
const security = [{ bearer: [] }];

/** Review and publish of imported regulations (issue #20): administrators only. */
export function registerPublishingRoutes(app: ZodFastify, ctx: AppContext): void {
  app.post(
    '/api/admin/regulations/uploads',
    {
      schema: {
        tags: ['publishing'],
        summary: 'Upload a regulation text: stored once by its SHA-256, read by the importer into drafts to review',
        security,
        body: ZUploadBody,
        response: { 201: ZUploadAnswer, 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 415: errorResponses[415], 422: errorResponses[422] },
      },
    },
    async (request, reply) => {
      const staff = await requireStaff(ctx, request, ADMIN);
      if (!ctx.regulationImporter) throw new AppError('INTERNAL', 'no regulation importer in the application context');
      const outcome = await uploadRegulationText(ctx, ctx.regulationImporter, staff, request.body);
      return reply.code(201).send({ ...outcome, draftIds: [...outcome.draftIds] });
    },
  );

  app.get(
    '/api/admin/regulations/drafts',
    {
      schema: {
        tags: ['publishing'],
        summary: 'The drafts of imported regulations, newest first, with what was published from them',
        security,
        response: { 200: z.array(ZDraftSummary), 401: errorResponses[401], 403: errorResponses[403] },
      },
    },
    async (request) => {
      await requireStaff(ctx, request, ADMIN);
      return listRegulationDrafts(ctx.db);
    },
  );

  app.get(
    '/api/admin/regulations/drafts/:draftId',
    {
      schema: {
        tags: ['publishing'],
        summary: 'One draft beside its stored source text, with the lines the importer could not place',
        security,
        params: ZDraftParams,
        response: { 200: ZDraftView, 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404] },
      },
    },
    async (request) => {
      await requireStaff(ctx, request, ADMIN);
      const { draft, source } = await loadDraft(ctx.db, request.params.draftId);
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
    },
  );

  app.put(
    '/api/admin/regulations/drafts/:draftId',
    {
      schema: {
        tags: ['publishing'],
        summary: 'Save a correction of the draft over the revision read (a stale revision is refused with 409)',
        security,
        params: ZDraftParams,
        body: ZSaveDraftBody,
        response: { 200: ZSaveDraftAnswer, 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404], 409: errorResponses[409] },
      },
    },
    async (request) => {
      const staff = await requireStaff(ctx, request, ADMIN);
      const revision = await saveDraft(ctx, staff, { draftId: request.params.draftId, ...request.body });
      return { revision };
    },
  );

  app.get(
    '/api/admin/regulations/drafts/:draftId/validation',
    {
      schema: {
        tags: ['publishing'],
        summary: "The catalog's own checks on the draft and every quote proved at its line of the stored text",
        security,
        params: ZDraftParams,
        response: { 200: ZValidationAnswer, 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404] },
      },
    },
    async (request) => {
      await requireStaff(ctx, request, ADMIN);
      const { draft, source } = await loadDraft(ctx.db, request.params.draftId);
      const { issues } = reviewDraft(ctx.catalog, draft, source);
      return { revision: draft.revision, valid: issues.length === 0, issues: [...issues] };
    },
  );

  app.get(
    '/api/admin/regulations/drafts/:draftId/comparison',
    {
      schema: {
        tags: ['publishing'],
        summary: 'The draft compared with the nearest existing version of its service (as the handbook compares versions)',
        security,
        params: ZDraftParams,
        response: { 200: ZComparisonAnswer, 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404] },
      },
    },
    async (request) => {
      await requireStaff(ctx, request, ADMIN);
      const { draft, source } = await loadDraft(ctx.db, request.params.draftId);
      const { issues, regulation } = reviewDraft(ctx.catalog, draft, source);
      if (!regulation) return { revision: draft.revision, nearestId: null, comparison: null, issueCount: issues.length };
      return { revision: draft.revision, ...compareWithNearest(ctx.catalog, regulation), issueCount: 0 };
    },
  );

  app.get(
    '/api/admin/regulations/drafts/:draftId/fill',
    {
      schema: {
        tags: ['publishing'],
        summary: "The draft's missing texts and case fields proposed from the nearest version, each with the version and path it comes from",
        security,
        params: ZDraftParams,
        response: { 200: ZFillAnswer, 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404] },
      },
    },
    async (request) => {
      await requireStaff(ctx, request, ADMIN);
      const answer = await proposeFill(ctx.db, ctx.catalog, request.params.draftId);
      return { ...answer, proposals: [...answer.proposals] };
    },
  );

  app.post(
    '/api/admin/regulations/drafts/:draftId/publish',
    {
      schema: {
        tags: ['publishing'],
        summary: 'Publish the reviewed draft as a new catalog version with its act lifecycle; once per draft (409 after)',
        security,
        params: ZDraftParams,
        body: ZPublishBody,
        response: {
          201: ZPublishAnswer,
          400: errorResponses[400],
          401: errorResponses[401],
          403: errorResponses[403],
          404: errorResponses[404],
          409: errorResponses[409],
          422: errorResponses[422],
        },
      },
    },
    async (request, reply) => {
      const staff = await requireStaff(ctx, request, ADMIN);
      return reply.code(201).send(await publishDraft(ctx, staff, { draftId: request.params.draftId, expectedRevision: request.body.expectedRevision }));
    },
  );
}
