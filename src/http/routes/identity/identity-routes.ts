import { z } from 'zod';
import type { AppContext } from '../../../application/app-context.ts';
import { activeStaffAccounts, staffPasswordEvents } from '../../../application/identity/staff-accounts.ts';
import { requestSignUpCode, signUpWithCode, signUpWithEds } from '../../../application/identity/citizen-sign-up.ts';
import { changeCitizenPassword, changeStaffPassword, resetStaffPassword } from '../../../application/identity/password-change.ts';
import type { CitizenSession } from '../../../application/portal/citizen-auth.ts';
import { bearerToken, requireStaff } from '../../authenticate.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import { requireCitizen } from '../portal/submitter.ts';
import {
  identityErrorResponses,
  ZPasswordChange,
  ZPasswordEvent,
  ZPasswordReset,
  ZSignUpCodeAnswer,
  ZSignUpCodeRequest,
  ZSignUpWithCode,
  ZSignUpWithEds,
  ZStaffListItem,
} from './identity.types.ts';

const ZCitizenSession = z.object({ token: z.string(), expiresAt: z.string(), citizen: z.object({ iin: z.string(), fullName: z.string(), region: z.string() }) });
const sessionView = (s: CitizenSession) => ({ token: s.token, expiresAt: s.expiresAt.toISOString(), citizen: s.citizen });

const CODE_SENT = (validMinutes: number) => ({
  kk: `Егер бұл ЖСН жеке тұлғалар базасында болса, онда тіркелген байланысқа код жіберілді. Ол ${validMinutes} минут жарамды.`,
  ru: `Если этот ИИН есть в базе физических лиц, код отправлен на указанный там контакт. Он действует ${validMinutes} минут.`,
  en: `If this IIN is in the persons database, a code was sent to the contact on record there. It is valid for ${validMinutes} minutes.`,
});

/**
 * Proof of identity at sign-up (code to the contact on record, or the EDS authentication key), password change for
 * staff and citizens and the administrator's reset (issue #13, findings 1 and 4).
 */
export function registerIdentityRoutes(app: ZodFastify, ctx: AppContext): void {
  app.post(
    '/api/portal/sign-up/code',
    {
      schema: {
        tags: ['portal'],
        summary: 'Sign-up or password reset, step 1: a one-time code to the contact the persons database holds for the IIN',
        body: ZSignUpCodeRequest,
        response: { 202: ZSignUpCodeAnswer, ...identityErrorResponses },
      },
    },
    async (request, reply) => {
      const { validMinutes } = await requestSignUpCode(ctx, request.body.iin);
      return reply.status(202).send({ validMinutes, message: CODE_SENT(validMinutes) });
    },
  );
  app.post(
    '/api/portal/sign-up',
    {
      schema: {
        tags: ['portal'],
        summary: 'Sign-up or password reset, step 2: the code and a new password; a wrong, expired or used-up code gets SIGN_UP_CODE_INVALID',
        body: ZSignUpWithCode,
        response: { 201: ZCitizenSession, ...identityErrorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(sessionView(await signUpWithCode(ctx, request.body.iin, request.body.code, request.body.password))),
  );
  app.post(
    '/api/portal/eds-sign-up',
    {
      schema: {
        tags: ['portal'],
        summary: 'Sign-up with the EDS authentication key (AUTH_RSA256_…) over POST /api/portal/eds-challenge, and a password; the IIN comes from the certificate',
        body: ZSignUpWithEds,
        response: { 201: ZCitizenSession, ...identityErrorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(sessionView(await signUpWithEds(ctx, request.body.nonce, request.body.signature, request.body.password))),
  );

  app.post(
    '/api/auth/password',
    {
      schema: {
        tags: ['auth'],
        summary: "Changes the signed-in staff member's password (the current one is required); other sessions end",
        security: [{ bearer: [] }],
        body: ZPasswordChange,
        response: { 204: z.null(), ...identityErrorResponses },
      },
    },
    async (request, reply) => {
      const staff = await requireStaff(ctx, request);
      await changeStaffPassword(ctx, staff, { ...request.body, sessionToken: bearerToken(request) ?? '', address: request.ip });
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/portal/password',
    {
      schema: {
        tags: ['portal'],
        summary: "Changes the signed-in citizen's password (the current one is required); other sessions end",
        security: [{ bearer: [] }],
        body: ZPasswordChange,
        response: { 204: z.null(), ...identityErrorResponses },
      },
    },
    async (request, reply) => {
      const citizen = await requireCitizen(ctx, request);
      await changeCitizenPassword(ctx, citizen, { ...request.body, sessionToken: bearerToken(request) ?? '', address: request.ip });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/admin/staff',
    {
      schema: { tags: ['admin'], summary: 'Active staff accounts (administrator)', security: [{ bearer: [] }], response: { 200: z.array(ZStaffListItem), ...identityErrorResponses } },
    },
    async (request) => {
      await requireStaff(ctx, request, ['admin']);
      return activeStaffAccounts(ctx);
    },
  );
  app.post(
    '/api/admin/staff/:staffId/password-reset',
    {
      schema: {
        tags: ['admin'],
        summary: "An administrator resets a staff member's password to a temporary one; audited (who, whom, when)",
        security: [{ bearer: [] }],
        params: z.object({ staffId: z.string().min(1).max(100) }),
        response: { 200: ZPasswordReset, ...identityErrorResponses },
      },
    },
    async (request) => resetStaffPassword(ctx, await requireStaff(ctx, request, ['admin']), request.params.staffId),
  );
  app.get(
    '/api/admin/staff/:staffId/password-events',
    {
      schema: {
        tags: ['admin'],
        summary: "Password changes and resets of a staff account, newest first (administrator)",
        security: [{ bearer: [] }],
        params: z.object({ staffId: z.string().min(1).max(100) }),
        response: { 200: z.array(ZPasswordEvent), ...identityErrorResponses },
      },
    },
    async (request) => {
      await requireStaff(ctx, request, ['admin']);
      return staffPasswordEvents(ctx, request.params.staffId);
    },
  );
}
