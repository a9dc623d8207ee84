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
import { routeKit } from '../../route-kit.ts';
import { ZCaseView } from '../../schemas.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import { ZCaseAttachments, ZCaseEventView, ZCaseParams, ZCompleteStepRequest, ZExtendStepRequest, ZExtendTermRequest, ZReceiveApplicationRequest, ZReworkRequest } from './cases.types.ts';
import { returnCaseForRework } from '../../../application/cases/return-for-rework.ts';
import { caseAttachments } from '../../../application/cases/case-attachments.ts';
import { previewDocumentPdf } from '../../../application/documents/preview-document.ts';

/** A staff command on one case: the case's address, its view as the answer. */
const caseCommand = { method: 'POST', tag: 'cases', caller: 'staff', params: ZCaseParams, response: ZCaseView } as const;

export function registerCaseRoutes(app: ZodFastify, ctx: AppContext): void {
  const route = routeKit(app, ctx);
  const view = (state: CaseState) => withExecutorName(ctx, caseView(state, ctx.catalog.get(state.regulationId), ctx.clock()));

  route(
    {
      method: 'POST',
      url: '/api/cases',
      operationId: 'fileCase',
      tag: 'cases',
      summary: 'Receive an application at the desk (the first step of the route is opened)',
      caller: 'staff',
      roles: ['clerk', 'scOperator'],
      body: ZReceiveApplicationRequest,
      response: ZCaseView,
      status: 201,
    },
    async ({ actor, body }) => view(await receiveApplication(ctx, actor, body)),
  );

  route(
    { method: 'GET', url: '/api/cases/:caseId', tag: 'cases', summary: 'A case with its steps, due times and time remaining', caller: 'staff', params: ZCaseParams, response: ZCaseView },
    async ({ actor, params }) => {
      const { state } = await loadVisibleCase(ctx.db, actor, params.caseId);
      await recordStaffRead(ctx, actor, { kind: 'case', id: state.id, subjectIin: state.applicant.iin }, 'case.view');
      return view(state);
    },
  );

  route(
    { method: 'GET', url: '/api/cases/:caseId/history', tag: 'cases', summary: 'The append-only history of a case', caller: 'staff', params: ZCaseParams, response: z.array(ZCaseEventView) },
    async ({ actor, params }) => {
      const { state } = await loadVisibleCase(ctx.db, actor, params.caseId);
      await recordStaffRead(ctx, actor, { kind: 'case', id: state.id, subjectIin: state.applicant.iin }, 'case.history');
      const events = await caseHistory(ctx, params.caseId);
      return namedCaseEvents(ctx, events);
    },
  );

  route(
    { ...caseCommand, url: '/api/cases/:caseId/steps', operationId: 'completeStep', summary: 'Complete the open step (role-checked; stale expectedVersion → 409)', body: ZCompleteStepRequest },
    async ({ actor, params, body }) => view(await completeStep(ctx, actor, params.caseId, body)),
  );

  route(
    { ...caseCommand, url: '/api/cases/:caseId/extensions', summary: "Extend the open step's limit once, where the regulation allows it (e.g. +1 month for an extra inquiry)", body: ZExtendStepRequest },
    async ({ actor, params, body }) => view(await extendStep(ctx, actor, params.caseId, body)),
  );

  route(
    {
      ...caseCommand,
      url: '/api/cases/:caseId/term-extension',
      summary: 'Extend the whole service term once, before the decision, where the regulation allows it (e.g. +1 month for an inquiry, seed 001 line 271)',
      roles: ['head', 'executor'],
      body: ZExtendTermRequest,
    },
    async ({ actor, params, body }) => view(await extendTerm(ctx, actor, params.caseId, body)),
  );

  route(
    {
      ...caseCommand,
      url: '/api/cases/:caseId/rework',
      summary: "The head returns the case to the executor with a reason instead of signing: the executor's step reopens with a new due time",
      roles: ['head'],
      body: ZReworkRequest,
    },
    async ({ actor, params, body }) => view(await returnCaseForRework(ctx, actor, params.caseId, body)),
  );

  route(
    {
      method: 'GET',
      url: '/api/cases/:caseId/attachments',
      tag: 'cases',
      summary: "The files filed with the case, against the regulation's document checklist; each file's content is GET /api/attachments/{attachmentId}",
      caller: 'staff',
      params: ZCaseParams,
      response: ZCaseAttachments,
    },
    async ({ actor, params }) => {
      const found = await caseAttachments(ctx, actor, params.caseId);
      return { checklist: found.checklist.map((d) => ({ ...d, attachments: [...d.attachments] })), other: [...found.other] };
    },
  );

  route(
    {
      method: 'GET',
      url: '/api/cases/:caseId/document/preview',
      tag: 'documents',
      summary: 'The result document as it will be signed, as a PDF marked as a draft: no signature, no QR code, not verifiable',
      caller: 'staff',
      roles: ['head', 'executor'],
      params: ZCaseParams,
      produces: ['application/pdf'],
      errors: [],
    },
    async ({ actor, params, reply }) => {
      const bytes = await previewDocumentPdf(ctx, actor, params.caseId);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', 'inline; filename="draft.pdf"')
        .header('cache-control', 'no-store')
        .send(Buffer.from(bytes));
    },
  );
}
