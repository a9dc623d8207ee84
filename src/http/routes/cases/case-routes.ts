import { z } from 'zod';
import type { AppContext } from '../../../application/app-context.ts';
import { caseHistory } from '../../../application/cases/case-history.ts';
import { caseView } from '../../../application/cases/case-view.ts';
import { completeStep } from '../../../application/cases/complete-step.ts';
import { extendStep } from '../../../application/cases/extend-step.ts';
import { extendTerm } from '../../../application/cases/extend-term.ts';
import { loadVisibleCase } from '../../../application/cases/load-case.ts';
import { recordStaffRead } from '../../../application/audit/record-read.ts';
import { receiveApplication } from '../../../application/cases/receive-application.ts';
import { namedCaseEvents, withExecutorName } from '../../../application/cases/staff-names.ts';
import type { CaseState } from '../../../core/case/case-state.ts';
import { requireStaff } from '../../authenticate.ts';
import { errorResponses, ZCaseView } from '../../schemas.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import { ZCaseAttachments, ZCaseEventView, ZCaseParams, ZCompleteStepRequest, ZExtendStepRequest, ZExtendTermRequest, ZReceiveApplicationRequest, ZReworkRequest } from './cases.types.ts';
import { returnCaseForRework } from '../../../application/cases/return-for-rework.ts';
import { caseAttachments } from '../../../application/cases/case-attachments.ts';
import { previewDocumentPdf } from '../../../application/documents/preview-document.ts';

export function registerCaseRoutes(app: ZodFastify, ctx: AppContext): void {
  const view = (state: CaseState) => withExecutorName(ctx, caseView(state, ctx.catalog.get(state.regulationId), ctx.clock()));

  app.post(
    '/api/cases',
    {
      schema: {
        operationId: 'fileCase',
        tags: ['cases'],
        summary: 'Receive an application at the desk (the first step of the route is opened)',
        security: [{ bearer: [] }],
        body: ZReceiveApplicationRequest,
        response: { 201: ZCaseView, ...errorResponses },
      },
    },
    async (request, reply) => {
      const staff = await requireStaff(ctx, request, ['clerk', 'scOperator']);
      return reply.status(201).send(await view(await receiveApplication(ctx, staff, request.body)));
    },
  );

  app.get(
    '/api/cases/:caseId',
    {
      schema: { tags: ['cases'], summary: 'A case with its steps, due times and time remaining', security: [{ bearer: [] }], params: ZCaseParams, response: { 200: ZCaseView, ...errorResponses } },
    },
    async (request) => {
      const staff = await requireStaff(ctx, request);
      const { state } = await loadVisibleCase(ctx.db, staff, request.params.caseId);
      await recordStaffRead(ctx, staff, { kind: 'case', id: state.id, subjectIin: state.applicant.iin }, 'case.view');
      return view(state);
    },
  );

  app.get(
    '/api/cases/:caseId/history',
    {
      schema: { tags: ['cases'], summary: 'The append-only history of a case', security: [{ bearer: [] }], params: ZCaseParams, response: { 200: z.array(ZCaseEventView), ...errorResponses } },
    },
    async (request) => {
      const staff = await requireStaff(ctx, request);
      const { state } = await loadVisibleCase(ctx.db, staff, request.params.caseId);
      await recordStaffRead(ctx, staff, { kind: 'case', id: state.id, subjectIin: state.applicant.iin }, 'case.history');
      const events = await caseHistory(ctx, request.params.caseId);
      return namedCaseEvents(ctx, events);
    },
  );

  app.post(
    '/api/cases/:caseId/steps',
    {
      schema: {
        operationId: 'completeStep',
        tags: ['cases'],
        summary: 'Complete the open step (role-checked; stale expectedVersion → 409)',
        security: [{ bearer: [] }],
        params: ZCaseParams,
        body: ZCompleteStepRequest,
        response: { 200: ZCaseView, ...errorResponses },
      },
    },
    async (request) => {
      const staff = await requireStaff(ctx, request);
      return view(await completeStep(ctx, staff, request.params.caseId, request.body));
    },
  );

  app.post(
    '/api/cases/:caseId/extensions',
    {
      schema: {
        tags: ['cases'],
        summary: "Extend the open step's limit once, where the regulation allows it (e.g. +1 month for an extra inquiry)",
        security: [{ bearer: [] }],
        params: ZCaseParams,
        body: ZExtendStepRequest,
        response: { 200: ZCaseView, ...errorResponses },
      },
    },
    async (request) => {
      const staff = await requireStaff(ctx, request);
      return view(await extendStep(ctx, staff, request.params.caseId, request.body));
    },
  );

  app.post(
    '/api/cases/:caseId/term-extension',
    {
      schema: {
        tags: ['cases'],
        summary: 'Extend the whole service term once, before the decision, where the regulation allows it (e.g. +1 month for an inquiry, seed 001 line 271)',
        security: [{ bearer: [] }],
        params: ZCaseParams,
        body: ZExtendTermRequest,
        response: { 200: ZCaseView, ...errorResponses },
      },
    },
    async (request) => {
      const staff = await requireStaff(ctx, request, ['head', 'executor']);
      return view(await extendTerm(ctx, staff, request.params.caseId, request.body));
    },
  );

  app.post(
    '/api/cases/:caseId/rework',
    {
      schema: {
        tags: ['cases'],
        summary: "The head returns the case to the executor with a reason instead of signing: the executor's step reopens with a new due time",
        security: [{ bearer: [] }],
        params: ZCaseParams,
        body: ZReworkRequest,
        response: { 200: ZCaseView, ...errorResponses },
      },
    },
    async (request) => {
      const staff = await requireStaff(ctx, request, ['head']);
      return view(await returnCaseForRework(ctx, staff, request.params.caseId, request.body));
    },
  );

  app.get(
    '/api/cases/:caseId/attachments',
    {
      schema: {
        tags: ['cases'],
        summary: "The files filed with the case, against the regulation's document checklist; each file's content is GET /api/attachments/{attachmentId}",
        security: [{ bearer: [] }],
        params: ZCaseParams,
        response: { 200: ZCaseAttachments, ...errorResponses },
      },
    },
    async (request) => {
      const found = await caseAttachments(ctx, await requireStaff(ctx, request), request.params.caseId);
      return { checklist: found.checklist.map((d) => ({ ...d, attachments: [...d.attachments] })), other: [...found.other] };
    },
  );

  app.get(
    '/api/cases/:caseId/document/preview',
    {
      schema: {
        tags: ['documents'],
        summary: 'The result document as it will be signed, as a PDF marked as a draft: no signature, no QR code, not verifiable',
        security: [{ bearer: [] }],
        params: ZCaseParams,
        produces: ['application/pdf'],
      },
    },
    async (request, reply) => {
      const staff = await requireStaff(ctx, request, ['head', 'executor']);
      const bytes = await previewDocumentPdf(ctx, staff, request.params.caseId);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', 'inline; filename="draft.pdf"')
        .header('cache-control', 'no-store')
        .send(Buffer.from(bytes));
    },
  );
}
