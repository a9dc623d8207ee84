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
import { checkSubmissionComplete } from '../../../application/gateway/submit-through-gateway.ts';
import { requestBytes } from '../../../core/gateway/envelope.ts';
import { routeKit } from '../../route-kit.ts';
import { ZCaseView, ZPersonView } from '../../schemas.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import {
  ZDeskBranch,
  ZDeskCaseParams,
  ZDeskPersonParams,
  ZDeskRequestBytes,
  ZDeskServices,
  ZDeskStepRequest,
  ZForwardRequest,
  ZHandoverRequest,
  ZNotServedRequest,
  ZPowerOfAttorneyCheck,
  ZPowerOfAttorneyValid,
  ZRequestBytesRequest,
  ZTicket,
  ZTicketParams,
  ZTrackedSubmission,
  ZSubmissionsPage,
  ZSubmissionsQuery,
} from './desk.types.ts';

/** Every desk route serves the State Corporation operator of a branch. */
const operator = { tag: 'desk', caller: 'staff', roles: ['scOperator'] } as const;
const ticketCommand = { ...operator, method: 'POST', params: ZTicketParams, response: ZTicket } as const;
const submission = { ...operator, params: ZDeskCaseParams } as const;

/** The State Corporation operator desk (issue #7): queue, applicant lookup, power of attorney, tracking, issuing. */
export function registerDeskRoutes(app: ZodFastify, ctx: AppContext): void {
  const route = routeKit(app, ctx);
  route({ ...operator, method: 'GET', url: '/api/desk/branch', summary: "The operator's State Corporation branch and its local day", response: ZDeskBranch }, async ({ actor }) => {
    const branch = await deskBranchOf(ctx.db, actor);
    return { id: branch.id, code: branch.code, region: branch.region, name: branch.name, day: branchDay(branch, ctx.clock()) };
  });

  route({ ...operator, method: 'GET', url: '/api/desk/tickets', summary: "Today's queue tickets of the operator's branch", response: z.array(ZTicket) }, ({ actor }) => todaysTickets(ctx, actor));

  route(
    { ...operator, method: 'POST', url: '/api/desk/tickets', summary: "Take the next queue ticket of the branch's day (seed 001 line 136: the electronic queue)", response: ZTicket, status: 201 },
    ({ actor }) => takeTicket(ctx, actor),
  );

  route(
    { ...operator, method: 'POST', url: '/api/desk/tickets/call-next', summary: 'Call the lowest-numbered waiting ticket to this operator (QUEUE_EMPTY when none)', response: ZTicket },
    ({ actor }) => callNext(ctx, actor),
  );

  route({ ...ticketCommand, url: '/api/desk/tickets/:ticketId/served', summary: 'Mark a ticket served' }, ({ actor, params }) => serveTicket(ctx, actor, params.ticketId));

  route(
    { ...ticketCommand, url: '/api/desk/tickets/:ticketId/not-served', summary: 'Close a waiting or called ticket as not served, with the reason (recorded with the operator)', body: ZNotServedRequest },
    ({ actor, params, body }) => closeTicketNotServed(ctx, actor, params.ticketId, body.reason),
  );

  route(
    { ...operator, method: 'GET', url: '/api/desk/services', summary: 'The services this branch can accept (a State Corporation route in its region); empty when none', response: ZDeskServices },
    ({ actor }) => deskServices(ctx, actor),
  );

  route(
    {
      ...operator,
      method: 'GET',
      url: '/api/desk/persons/:iin',
      summary: 'The applicant in the persons database; absent → PERSON_NOT_IN_REGISTRY with the refusal of seed 001 line 146',
      params: ZDeskPersonParams,
      response: ZPersonView,
    },
    ({ actor, params }) => lookUpApplicant(ctx, actor, params.iin),
  );

  route(
    {
      ...operator,
      method: 'POST',
      url: '/api/desk/power-of-attorney/check',
      summary: "Check a representative's power of attorney against the branch's day (expired → POWER_OF_ATTORNEY_EXPIRED)",
      body: ZPowerOfAttorneyCheck,
      response: ZPowerOfAttorneyValid,
    },
    async ({ actor, body }) => {
      const branch = await deskBranchOf(ctx.db, actor);
      checkPowerOfAttorney(body.representative, body.applicantIin, branchDay(branch, ctx.clock()));
      return { valid: true as const };
    },
  );

  route(
    {
      ...operator,
      method: 'POST',
      url: '/api/desk/request-bytes',
      summary:
        "The exact bytes (Base64) the operator's EDS signs for this application; the gateway rebuilds and checks them. An application missing a required field, consent or scan is refused (422) naming each one, before anything is signed",
      body: ZRequestBytesRequest,
      response: ZDeskRequestBytes,
    },
    async ({ actor, body }) => {
      await deskBranchOf(ctx.db, actor);
      const { regulationId, applicantIin, formData, attachmentIds, representative } = body;
      const unsigned = { sender: 'stateCorporation' as const, submittedBy: { kind: 'staff' as const, id: actor.id }, regulationId, applicantIin, formData, attachmentIds, representative };
      // Issue #17: the desk once signed an application without its required scan and learned of it only on forwarding
      // (sign again). Like the portal's POST /api/requests/bytes, nothing incomplete is offered for signing.
      await checkSubmissionComplete(ctx, unsigned);
      return { bytesBase64: Buffer.from(requestBytes(unsigned)).toString('base64') };
    },
  );

  route(
    {
      ...operator,
      method: 'POST',
      url: '/api/desk/submissions',
      summary: 'Forward an application entered at the desk to the provider through the gateway (sender stateCorporation)',
      body: ZForwardRequest,
      response: ZTrackedSubmission,
      status: 201,
    },
    ({ actor, body }) => forwardApplication(ctx, actor, body),
  );

  route(
    {
      ...operator,
      method: 'GET',
      url: '/api/desk/submissions',
      summary: "The branch's forwarded applications with their live status (newest first), a page at a time with the total",
      query: ZSubmissionsQuery,
      response: ZSubmissionsPage,
    },
    ({ actor, query }) => branchSubmissions(ctx, actor, { limit: query.limit, offset: query.offset, search: query.q }),
  );

  route({ ...submission, method: 'GET', url: '/api/desk/submissions/:caseId', summary: 'One forwarded application of the branch', response: ZTrackedSubmission }, async ({ actor, params }) => {
    const found = await branchSubmission(ctx, actor, params.caseId);
    await recordStaffRead(ctx, actor, { kind: 'case', id: found.caseId, subjectIin: found.applicantIin }, 'desk.submission');
    return found;
  });

  route(
    {
      ...submission,
      method: 'POST',
      url: '/api/desk/submissions/:caseId/steps',
      summary: "Complete a State Corporation step of the branch's case (paper courier route: sc-intake, sc-dispatch, sc-receive; sc-issue)",
      body: ZDeskStepRequest,
      response: ZCaseView,
    },
    async ({ actor, params, body }) => {
      const state = await completeBranchStep(ctx, actor, params.caseId, body);
      return caseView(state, ctx.catalog.get(state.regulationId), ctx.clock());
    },
  );

  route(
    {
      ...submission,
      method: 'POST',
      url: '/api/desk/submissions/:caseId/handover',
      summary: 'Record that the signed result was handed to the applicant or the representative (completes sc-issue where the route has it)',
      body: ZHandoverRequest,
      response: ZTrackedSubmission,
    },
    ({ actor, params, body }) => handOverResult(ctx, actor, params.caseId, body.to),
  );
}
