import { z } from 'zod';
import type { AppContext } from '../../../application/app-context.ts';
import { endCitizenSession } from '../../../application/auth/session-lookup.ts';
import { citizenSessionCache } from '../../../application/portal/citizen-session-cache.ts';
import { createEdsChallenge, signInCitizen, signInCitizenWithEds, type CitizenSession } from '../../../application/portal/citizen-auth.ts';
import { answerSurvey, citizenCase, citizenCases, markCitizenNotificationRead, portalCatalog } from '../../../application/portal/portal-cabinet.ts';
import { submitThroughGateway } from '../../../application/gateway/submit-through-gateway.ts';
import { citizenNoticeList } from '../../../application/notifications/citizen-notices.ts';
import { bearerToken } from '../../principal.ts';
import { routeKit } from '../../route-kit.ts';
import { unsignedSubmission } from '../../submission-draft.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import { ZCitizenNotification } from './contact-preferences.types.ts';
import {
  ZCitizen,
  ZCitizenCaseParams,
  ZCitizenNotificationParams,
  ZCitizenNotificationQuery,
  ZCitizenSession,
  ZCredentials,
  ZEdsChallenge,
  ZEdsSignIn,
  ZPortalCaseDetail,
  ZPortalCaseSummary,
  ZPortalCatalogPage,
  ZPortalCatalogQuery,
  ZPortalReceipt,
  ZSignedSubmission,
  ZSurveyAnswers,
} from './portal.types.ts';

const sessionView = (s: CitizenSession) => ({ token: s.token, expiresAt: s.expiresAt.toISOString(), citizen: s.citizen });

const citizens = { tag: 'portal', caller: 'citizen' } as const;

/** The citizen portal (issue #7): accounts, catalog, applications through the gateway, the cabinet. */
export function registerPortalRoutes(app: ZodFastify, ctx: AppContext): void {
  const route = routeKit(app, ctx);
  route(
    {
      method: 'POST',
      url: '/api/portal/sign-in',
      tag: 'portal',
      summary: "Sign-in with IIN and password; a failure answers with the regulations' condition 1 refusal",
      caller: 'public',
      body: ZCredentials,
      response: ZCitizenSession,
    },
    async ({ body, request }) => sessionView(await signInCitizen(ctx, body.iin, body.password, request.ip)),
  );
  route(
    {
      method: 'POST',
      url: '/api/portal/eds-challenge',
      tag: 'portal',
      summary: 'A one-time nonce to sign with the EDS authentication key for sign-in or sign-up (UTF-8 bytes of the nonce); rate-limited per address',
      caller: 'public',
      response: ZEdsChallenge,
      errors: [429],
    },
    async () => {
      const challenge = await createEdsChallenge(ctx);
      return { nonce: challenge.nonce, expiresAt: challenge.expiresAt.toISOString() };
    },
  );
  route(
    {
      method: 'POST',
      url: '/api/portal/eds-sign-in',
      tag: 'portal',
      summary: 'Sign-in with the EDS authentication key (AUTH_RSA256_…): a detached CMS over the challenge; the IIN comes from the certificate',
      caller: 'public',
      body: ZEdsSignIn,
      response: ZCitizenSession,
    },
    async ({ body }) => sessionView(await signInCitizenWithEds(ctx, body.nonce, body.signature)),
  );
  route({ ...citizens, method: 'POST', url: '/api/portal/sign-out', summary: "Ends the citizen's session", status: 204, errors: [401] }, async ({ request }) => {
    await endCitizenSession(ctx, bearerToken(request) ?? '');
    citizenSessionCache(ctx).forget(bearerToken(request) ?? '');
  });
  route({ ...citizens, method: 'GET', url: '/api/portal/me', summary: 'The signed-in citizen', response: ZCitizen, errors: [401] }, ({ actor }) => actor);

  route(
    {
      ...citizens,
      method: 'GET',
      url: '/api/portal/catalog',
      summary: "Services of the citizen's region with a portal route: description, documents, terms, form fields; a page at a time with the total",
      query: ZPortalCatalogQuery,
      response: ZPortalCatalogPage,
      errors: [401],
    },
    ({ actor, query: { limit, offset, q, regulationId } }) => portalCatalog(ctx, actor.region, { limit, offset, search: q, regulationId }),
  );

  route(
    {
      ...citizens,
      method: 'POST',
      url: '/api/portal/applications',
      summary: 'Submits a signed application through the gateway; the signature is a CMS over POST /api/requests/bytes of the same draft',
      body: ZSignedSubmission,
      response: ZPortalReceipt,
      status: 201,
    },
    ({ actor, body: { signature, ...draft } }) => {
      const unsigned = unsignedSubmission({ kind: 'citizen', citizen: actor }, draft);
      return submitThroughGateway(ctx, { ...unsigned, requestSignature: signature });
    },
  );

  route({ ...citizens, method: 'GET', url: '/api/portal/cases', summary: "The citizen's applications with their statuses, newest first", response: z.array(ZPortalCaseSummary), errors: [401] }, ({ actor }) =>
    citizenCases(ctx, actor),
  );

  route(
    {
      ...citizens,
      method: 'GET',
      url: '/api/portal/cases/:caseId',
      summary: 'One application: status history, steps with due times, refusal reason, the result document, the survey',
      params: ZCitizenCaseParams,
      response: ZPortalCaseDetail,
    },
    ({ actor, params }) => citizenCase(ctx, actor, params.caseId),
  );

  route(
    {
      ...citizens,
      method: 'POST',
      url: '/api/portal/cases/:caseId/survey',
      summary: 'The satisfaction survey of seed 002 appendix 3 (lines 404-419): once, by the applicant, after the case ends',
      params: ZCitizenCaseParams,
      body: ZSurveyAnswers,
      status: 204,
    },
    ({ actor, params, body }) => answerSurvey(ctx, actor, params.caseId, body),
  );

  route(
    {
      ...citizens,
      method: 'GET',
      url: '/api/portal/notifications',
      summary: "The citizen's notifications (a status change of each application) in words, with their e-mail and SMS copies, newest first",
      query: ZCitizenNotificationQuery,
      response: z.array(ZCitizenNotification),
      errors: [401],
    },
    ({ actor, query }) => citizenNoticeList(ctx, actor, query.limit),
  );
  route(
    { ...citizens, method: 'POST', url: '/api/portal/notifications/:notificationId/read', summary: 'Marks a notification read', params: ZCitizenNotificationParams, status: 204, errors: [401] },
    ({ actor, params }) => markCitizenNotificationRead(ctx, actor, params.notificationId),
  );
}
