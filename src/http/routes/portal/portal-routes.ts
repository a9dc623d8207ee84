import { z } from 'zod';
import { ZSignatureBase64 } from '../../input-schemas.ts';
import type { AppContext } from '../../../application/app-context.ts';
import { endCitizenSession } from '../../../application/auth/session-lookup.ts';
import { citizenSessionCache } from '../../../application/portal/citizen-session-cache.ts';
import { createEdsChallenge, signInCitizen, signInCitizenWithEds, type CitizenSession } from '../../../application/portal/citizen-auth.ts';
import {
  answerSurvey,
  citizenCase,
  citizenCases,
  markCitizenNotificationRead,
  portalCatalog,
  SURVEY_ANSWERS,
} from '../../../application/portal/portal-cabinet.ts';
import { submitThroughGateway } from '../../../application/gateway/submit-through-gateway.ts';
import { bearerToken } from '../../authenticate.ts';
import { errorResponses, ZErrorResponse } from '../../schemas.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import { registerAttachmentRoutes } from '../attachments/attachment-routes.ts';
import { registerGatewayRoutes, unsignedSubmission, ZSubmissionDraft } from '../gateway/gateway-routes.ts';
import { requireCitizen } from './submitter.ts';
import { registerContactPreferenceRoutes } from './contact-preference-routes.ts';
import { ZCitizenNotification } from './contact-preferences.types.ts';
import { ZEdsChallenge, ZPortalCaseDetail, ZPortalCaseSummary, ZPortalCatalogPage, ZPortalCatalogQuery, ZPortalReceipt } from './portal.types.ts';
import { citizenNoticeList } from '../../../application/notifications/citizen-notices.ts';

const ZCitizen = z.object({ iin: z.string(), fullName: z.string(), region: z.string() }).meta({ id: 'Citizen' });
const ZCitizenSession = z.object({ token: z.string(), expiresAt: z.string(), citizen: ZCitizen }).meta({ id: 'CitizenSession' });
const ZCredentials = z.object({ iin: z.string().min(1).max(20), password: z.string().min(1).max(200) });

const sessionView = (s: CitizenSession) => ({ token: s.token, expiresAt: s.expiresAt.toISOString(), citizen: s.citizen });

/** The citizen portal (issue #7): accounts, catalog, applications through the gateway, the cabinet. */
export function registerPortalRoutes(app: ZodFastify, ctx: AppContext): void {
  registerAttachmentRoutes(app, ctx);
  registerContactPreferenceRoutes(app, ctx);
  registerGatewayRoutes(app, ctx);

  app.post(
    '/api/portal/sign-in',
    { schema: { tags: ['portal'], summary: "Sign-in with IIN and password; a failure answers with the regulations' condition 1 refusal", body: ZCredentials, response: { 200: ZCitizenSession, ...errorResponses } } },
    async (request) => sessionView(await signInCitizen(ctx, request.body.iin, request.body.password, request.ip)),
  );
  app.post(
    '/api/portal/eds-challenge',
    { schema: { tags: ['portal'], summary: 'A one-time nonce to sign with the EDS authentication key for sign-in or sign-up (UTF-8 bytes of the nonce); rate-limited per address', response: { 200: ZEdsChallenge, 429: ZErrorResponse } } },
    async () => {
      const challenge = await createEdsChallenge(ctx);
      return { nonce: challenge.nonce, expiresAt: challenge.expiresAt.toISOString() };
    },
  );
  app.post(
    '/api/portal/eds-sign-in',
    {
      schema: {
        tags: ['portal'],
        summary: 'Sign-in with the EDS authentication key (AUTH_RSA256_…): a detached CMS over the challenge; the IIN comes from the certificate',
        body: z.object({ nonce: z.string().min(1), signature: z.string().min(16) }),
        response: { 200: ZCitizenSession, ...errorResponses },
      },
    },
    async (request) => sessionView(await signInCitizenWithEds(ctx, request.body.nonce, request.body.signature)),
  );
  app.post(
    '/api/portal/sign-out',
    { schema: { tags: ['portal'], summary: "Ends the citizen's session", security: [{ bearer: [] }], response: { 204: z.null(), 401: errorResponses[401] } } },
    async (request, reply) => {
      await requireCitizen(ctx, request);
      await endCitizenSession(ctx, bearerToken(request) ?? '');
      citizenSessionCache(ctx).forget(bearerToken(request) ?? '');
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/api/portal/me',
    { schema: { tags: ['portal'], summary: 'The signed-in citizen', security: [{ bearer: [] }], response: { 200: ZCitizen, 401: errorResponses[401] } } },
    async (request) => requireCitizen(ctx, request),
  );

  app.get(
    '/api/portal/catalog',
    {
      schema: {
        tags: ['portal'],
        summary: "Services of the citizen's region with a portal route: description, documents, terms, form fields; a page at a time with the total",
        security: [{ bearer: [] }],
        querystring: ZPortalCatalogQuery,
        response: { 200: ZPortalCatalogPage, 401: errorResponses[401] },
      },
    },
    async (request) => {
      const { limit, offset, q, regulationId } = request.query;
      return portalCatalog(ctx, (await requireCitizen(ctx, request)).region, { limit, offset, search: q, regulationId });
    },
  );

  app.post(
    '/api/portal/applications',
    {
      schema: {
        tags: ['portal'],
        summary: 'Submits a signed application through the gateway; the signature is a CMS over POST /api/requests/bytes of the same draft',
        security: [{ bearer: [] }],
        body: ZSubmissionDraft.extend({ signature: ZSignatureBase64.nullable() }),
        response: { 201: ZPortalReceipt, ...errorResponses },
      },
    },
    async (request, reply) => {
      const citizen = await requireCitizen(ctx, request);
      const { signature, ...draft } = request.body;
      const unsigned = unsignedSubmission({ kind: 'citizen', citizen }, draft);
      const receipt = await submitThroughGateway(ctx, { ...unsigned, requestSignature: signature });
      return reply.status(201).send(receipt);
    },
  );

  app.get(
    '/api/portal/cases',
    {
      schema: {
        tags: ['portal'],
        summary: "The citizen's applications with their statuses, newest first",
        security: [{ bearer: [] }],
        response: {
          200: z.array(ZPortalCaseSummary),
          401: errorResponses[401],
        },
      },
    },
    async (request) => citizenCases(ctx, await requireCitizen(ctx, request)),
  );

  app.get(
    '/api/portal/cases/:caseId',
    {
      schema: {
        tags: ['portal'],
        summary: 'One application: status history, steps with due times, refusal reason, the result document, the survey',
        security: [{ bearer: [] }],
        params: z.object({ caseId: z.uuid() }),
        response: { 200: ZPortalCaseDetail, ...errorResponses },
      },
    },
    async (request) => citizenCase(ctx, await requireCitizen(ctx, request), request.params.caseId),
  );

  app.post(
    '/api/portal/cases/:caseId/survey',
    {
      schema: {
        tags: ['portal'],
        summary: 'The satisfaction survey of seed 002 appendix 3 (lines 404-419): once, by the applicant, after the case ends',
        security: [{ bearer: [] }],
        params: z.object({ caseId: z.uuid() }),
        body: z.object({
          // Unanswered questions may come as null (or be left out): the refusal then names them (SURVEY_ANSWER_MISSING).
          processAndResult: z.enum(SURVEY_ANSWERS).nullable().default(null),
          information: z.enum(SURVEY_ANSWERS).nullable().default(null),
          comment: z.string().max(2000).nullable().default(null),
        }),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await answerSurvey(ctx, await requireCitizen(ctx, request), request.params.caseId, request.body);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/portal/notifications',
    {
      schema: {
        tags: ['portal'],
        summary: "The citizen's notifications (a status change of each application) in words, with their e-mail and SMS copies, newest first",
        security: [{ bearer: [] }],
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }),
        response: {
          200: z.array(ZCitizenNotification),
          401: errorResponses[401],
        },
      },
    },
    async (request) => citizenNoticeList(ctx, await requireCitizen(ctx, request), request.query.limit),
  );
  app.post(
    '/api/portal/notifications/:notificationId/read',
    {
      schema: { tags: ['portal'], summary: 'Marks a notification read', security: [{ bearer: [] }], params: z.object({ notificationId: z.uuid() }), response: { 204: z.null(), 401: ZErrorResponse } },
    },
    async (request, reply) => {
      await markCitizenNotificationRead(ctx, await requireCitizen(ctx, request), request.params.notificationId);
      return reply.status(204).send(null);
    },
  );
}
