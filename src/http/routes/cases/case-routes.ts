import { z } from 'zod';
import type { AppContext } from '../../../application/app-context.ts';
import { caseHistory } from '../../../application/cases/case-history.ts';
import { caseView } from '../../../application/cases/case-view.ts';
import { completeStep } from '../../../application/cases/complete-step.ts';
import { extendStep } from '../../../application/cases/extend-step.ts';
import { loadVisibleCase } from '../../../application/cases/load-case.ts';
import { recordStaffRead } from '../../../application/audit/record-read.ts';
import { receiveApplication } from '../../../application/cases/receive-application.ts';
import type { CaseState } from '../../../core/case/case-state.ts';
import { requireStaff } from '../../authenticate.ts';
import { errorResponses, ZCaseView } from '../../schemas.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import { ZCaseEventView, ZCaseParams, ZCompleteStepRequest, ZExtendStepRequest, ZReceiveApplicationRequest } from './cases.types.ts';

export function registerCaseRoutes(app: ZodFastify, ctx: AppContext): void {
  const view = (state: CaseState) => caseView(state, ctx.catalog.get(state.regulationId), ctx.clock());

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
      return reply.status(201).send(view(await receiveApplication(ctx, staff, request.body)));
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
      return events.map((e) => {
        const { type, ...data } = e.data;
        return { seq: e.seq, at: e.at, actor: { ...e.actor }, type, data: { ...data } };
      });
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
}
