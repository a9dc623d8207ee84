import { z } from 'zod';
import type { AppContext } from '../../../application/app-context.ts';
import { caseView } from '../../../application/cases/case-view.ts';
import { branchSubmission, branchSubmissions, completeBranchStep, handOverResult } from '../../../application/desk/branch-cases.ts';
import { branchDay, deskBranchOf } from '../../../application/desk/desk-branch.ts';
import { forwardApplication } from '../../../application/desk/forward-application.ts';
import { lookUpApplicant } from '../../../application/desk/look-up-applicant.ts';
import { recordStaffRead } from '../../../application/audit/record-read.ts';
import { checkPowerOfAttorney } from '../../../application/desk/power-of-attorney.ts';
import { callNext, closeTicketNotServed, serveTicket, takeTicket, todaysTickets } from '../../../application/desk/queue.ts';
import { deskServices } from '../../../application/desk/desk-services.ts';
import { requestBytes } from '../../../core/gateway/envelope.ts';
import { requireStaff } from '../../authenticate.ts';
import { errorResponses, ZCaseView } from '../../schemas.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import { ZPersonView } from '../registries/persons.types.ts';
import { ZDeskCaseParams, ZDeskStepRequest, ZForwardRequest, ZRequestBytesRequest, ZHandoverRequest, ZPowerOfAttorneyCheck, ZTicket, ZNotServedRequest, ZDeskServices, ZTicketParams, ZTrackedSubmission, ZSubmissionsPage, ZSubmissionsQuery } from './desk.types.ts';

const tags = ['desk'];
const security = [{ bearer: [] }];

/** The State Corporation operator desk (issue #7): queue, applicant lookup, power of attorney, tracking, issuing. */
export function registerDeskRoutes(app: ZodFastify, ctx: AppContext): void {
  const operator = (request: Parameters<typeof requireStaff>[1]) => requireStaff(ctx, request, ['scOperator']);

  app.get(
    '/api/desk/branch',
    { schema: { tags, summary: "The operator's State Corporation branch and its local day", security, response: { 200: z.object({ id: z.string(), code: z.string(), region: z.string(), name: z.object({ kk: z.string(), ru: z.string(), en: z.string() }), day: z.string() }), ...errorResponses } } },
    async (request) => {
      const branch = await deskBranchOf(ctx.db, await operator(request));
      return { id: branch.id, code: branch.code, region: branch.region, name: branch.name, day: branchDay(branch, ctx.clock()) };
    },
  );

  app.get(
    '/api/desk/tickets',
    { schema: { tags, summary: "Today's queue tickets of the operator's branch", security, response: { 200: z.array(ZTicket), ...errorResponses } } },
    async (request) => todaysTickets(ctx, await operator(request)),
  );

  app.post(
    '/api/desk/tickets',
    { schema: { tags, summary: "Take the next queue ticket of the branch's day (seed 001 line 136: the electronic queue)", security, response: { 201: ZTicket, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(await takeTicket(ctx, await operator(request))),
  );

  app.post(
    '/api/desk/tickets/call-next',
    { schema: { tags, summary: 'Call the lowest-numbered waiting ticket to this operator (QUEUE_EMPTY when none)', security, response: { 200: ZTicket, ...errorResponses } } },
    async (request) => callNext(ctx, await operator(request)),
  );

  app.post(
    '/api/desk/tickets/:ticketId/served',
    { schema: { tags, summary: 'Mark a ticket served', security, params: ZTicketParams, response: { 200: ZTicket, ...errorResponses } } },
    async (request) => serveTicket(ctx, await operator(request), request.params.ticketId),
  );

  app.post(
    '/api/desk/tickets/:ticketId/not-served',
    {
      schema: {
        tags,
        summary: 'Close a waiting or called ticket as not served, with the reason (recorded with the operator)',
        security,
        params: ZTicketParams,
        body: ZNotServedRequest,
        response: { 200: ZTicket, ...errorResponses },
      },
    },
    async (request) => closeTicketNotServed(ctx, await operator(request), request.params.ticketId, request.body.reason),
  );

  app.get(
    '/api/desk/services',
    { schema: { tags, summary: 'The services this branch can accept (a State Corporation route in its region); empty when none', security, response: { 200: ZDeskServices, ...errorResponses } } },
    async (request) => deskServices(ctx, await operator(request)),
  );

  app.get(
    '/api/desk/persons/:iin',
    {
      schema: {
        tags,
        summary: 'The applicant in the persons database; absent → PERSON_NOT_IN_REGISTRY with the refusal of seed 001 line 146',
        security,
        params: z.object({ iin: z.string().min(1).max(32) }),
        response: { 200: ZPersonView, ...errorResponses },
      },
    },
    async (request) => lookUpApplicant(ctx, await operator(request), request.params.iin),
  );

  app.post(
    '/api/desk/power-of-attorney/check',
    {
      schema: {
        tags,
        summary: "Check a representative's power of attorney against the branch's day (expired → POWER_OF_ATTORNEY_EXPIRED)",
        security,
        body: ZPowerOfAttorneyCheck,
        response: { 200: z.object({ valid: z.literal(true) }), ...errorResponses },
      },
    },
    async (request) => {
      const branch = await deskBranchOf(ctx.db, await operator(request));
      checkPowerOfAttorney(request.body.representative, request.body.applicantIin, branchDay(branch, ctx.clock()));
      return { valid: true as const };
    },
  );

  app.post(
    '/api/desk/request-bytes',
    {
      schema: {
        tags,
        summary: "The exact bytes (Base64) the operator's EDS signs for this application; the gateway rebuilds and checks them",
        security,
        body: ZRequestBytesRequest,
        response: { 200: z.object({ bytesBase64: z.string() }), ...errorResponses },
      },
    },
    async (request) => {
      const staff = await operator(request);
      await deskBranchOf(ctx.db, staff);
      const { regulationId, applicantIin, formData, attachmentIds, representative } = request.body;
      const bytes = requestBytes({ sender: 'stateCorporation', submittedBy: { kind: 'staff', id: staff.id }, regulationId, applicantIin, formData, attachmentIds, representative });
      return { bytesBase64: Buffer.from(bytes).toString('base64') };
    },
  );

  app.post(
    '/api/desk/submissions',
    {
      schema: {
        tags,
        summary: 'Forward an application entered at the desk to the provider through the gateway (sender stateCorporation)',
        security,
        body: ZForwardRequest,
        response: { 201: ZTrackedSubmission, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await forwardApplication(ctx, await operator(request), request.body)),
  );

  app.get(
    '/api/desk/submissions',
    {
      schema: {
        tags,
        summary: "The branch's forwarded applications with their live status (newest first), a page at a time with the total",
        security,
        querystring: ZSubmissionsQuery,
        response: { 200: ZSubmissionsPage, ...errorResponses },
      },
    },
    async (request) => branchSubmissions(ctx, await operator(request), { limit: request.query.limit, offset: request.query.offset, search: request.query.q }),
  );

  app.get(
    '/api/desk/submissions/:caseId',
    { schema: { tags, summary: 'One forwarded application of the branch', security, params: ZDeskCaseParams, response: { 200: ZTrackedSubmission, ...errorResponses } } },
    async (request) => {
      const staff = await operator(request);
      const submission = await branchSubmission(ctx, staff, request.params.caseId);
      await recordStaffRead(ctx, staff, { kind: 'case', id: submission.caseId, subjectIin: submission.applicantIin }, 'desk.submission');
      return submission;
    },
  );

  app.post(
    '/api/desk/submissions/:caseId/steps',
    {
      schema: {
        tags,
        summary: "Complete a State Corporation step of the branch's case (paper courier route: sc-intake, sc-dispatch, sc-receive; sc-issue)",
        security,
        params: ZDeskCaseParams,
        body: ZDeskStepRequest,
        response: { 200: ZCaseView, ...errorResponses },
      },
    },
    async (request) => {
      const state = await completeBranchStep(ctx, await operator(request), request.params.caseId, request.body);
      return caseView(state, ctx.catalog.get(state.regulationId), ctx.clock());
    },
  );

  app.post(
    '/api/desk/submissions/:caseId/handover',
    {
      schema: {
        tags,
        summary: 'Record that the signed result was handed to the applicant or the representative (completes sc-issue where the route has it)',
        security,
        params: ZDeskCaseParams,
        body: ZHandoverRequest,
        response: { 200: ZTrackedSubmission, ...errorResponses },
      },
    },
    async (request) => handOverResult(ctx, await operator(request), request.params.caseId, request.body.to),
  );
}
