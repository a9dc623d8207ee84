import { z } from 'zod';
import type { AppContext } from '../../../application/app-context.ts';
import { activeStaffAccounts, staffPasswordEvents } from '../../../application/identity/staff-accounts.ts';
import { requestSignUpCode, signUpWithCode, signUpWithEds } from '../../../application/identity/citizen-sign-up.ts';
import { changeCitizenPassword, changeStaffPassword, resetStaffPassword } from '../../../application/identity/password-change.ts';
import type { CitizenSession } from '../../../application/portal/citizen-auth.ts';
import { bearerToken } from '../../principal.ts';
import { routeKit } from '../../route-kit.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import {
  IDENTITY_ERRORS,
  ZCitizenSession,
  ZPasswordChange,
  ZPasswordEvent,
  ZPasswordReset,
  ZSignUpCodeAnswer,
  ZSignUpCodeRequest,
  ZSignUpWithCode,
  ZSignUpWithEds,
  ZStaffIdParams,
  ZStaffListItem,
} from './identity.types.ts';

const sessionView = (s: CitizenSession) => ({ token: s.token, expiresAt: s.expiresAt.toISOString(), citizen: s.citizen });

const CODE_SENT = (validMinutes: number) => ({
  kk: `Егер бұл ЖСН жеке тұлғалар базасында болса, онда тіркелген байланысқа код жіберілді. Ол ${validMinutes} минут жарамды.`,
  ru: `Если этот ИИН есть в базе физических лиц, код отправлен на указанный там контакт. Он действует ${validMinutes} минут.`,
  en: `If this IIN is in the persons database, a code was sent to the contact on record there. It is valid for ${validMinutes} minutes.`,
});

const signUp = { method: 'POST', tag: 'portal', caller: 'public', errors: IDENTITY_ERRORS } as const;
const passwordChange = { method: 'POST', caller: 'staff', body: ZPasswordChange, status: 204, errors: IDENTITY_ERRORS } as const;
const administrator = { tag: 'admin', caller: 'staff', roles: ['admin'], params: ZStaffIdParams, errors: IDENTITY_ERRORS } as const;

/**
 * Proof of identity at sign-up (code to the contact on record, or the EDS authentication key), password change for
 * staff and citizens and the administrator's reset (issue #13, findings 1 and 4).
 */
export function registerIdentityRoutes(app: ZodFastify, ctx: AppContext): void {
  const route = routeKit(app, ctx);
  route(
    {
      ...signUp,
      url: '/api/portal/sign-up/code',
      summary: 'Sign-up or password reset, step 1: a one-time code to the contact the persons database holds for the IIN',
      body: ZSignUpCodeRequest,
      response: ZSignUpCodeAnswer,
      status: 202,
    },
    async ({ body }) => {
      const { validMinutes } = await requestSignUpCode(ctx, body.iin);
      return { validMinutes, message: CODE_SENT(validMinutes) };
    },
  );
  route(
    {
      ...signUp,
      url: '/api/portal/sign-up',
      summary: 'Sign-up or password reset, step 2: the code and a new password; a wrong, expired or used-up code gets SIGN_UP_CODE_INVALID',
      body: ZSignUpWithCode,
      response: ZCitizenSession,
      status: 201,
    },
    async ({ body }) => sessionView(await signUpWithCode(ctx, body.iin, body.code, body.password)),
  );
  route(
    {
      ...signUp,
      url: '/api/portal/eds-sign-up',
      summary: 'Sign-up with the EDS authentication key (AUTH_RSA256_…) over POST /api/portal/eds-challenge, and a password; the IIN comes from the certificate',
      body: ZSignUpWithEds,
      response: ZCitizenSession,
      status: 201,
    },
    async ({ body }) => sessionView(await signUpWithEds(ctx, body.nonce, body.signature, body.password)),
  );

  route(
    { ...passwordChange, url: '/api/auth/password', tag: 'auth', summary: "Changes the signed-in staff member's password (the current one is required); other sessions end" },
    ({ actor, body, request }) => changeStaffPassword(ctx, actor, { ...body, sessionToken: bearerToken(request) ?? '', address: request.ip }),
  );
  route(
    { ...passwordChange, url: '/api/portal/password', tag: 'portal', caller: 'citizen', summary: "Changes the signed-in citizen's password (the current one is required); other sessions end" },
    ({ actor, body, request }) => changeCitizenPassword(ctx, actor, { ...body, sessionToken: bearerToken(request) ?? '', address: request.ip }),
  );

  route(
    { method: 'GET', url: '/api/admin/staff', tag: 'admin', summary: 'Active staff accounts (administrator)', caller: 'staff', roles: ['admin'], response: z.array(ZStaffListItem), errors: IDENTITY_ERRORS },
    () => activeStaffAccounts(ctx),
  );
  route(
    {
      ...administrator,
      method: 'POST',
      url: '/api/admin/staff/:staffId/password-reset',
      summary: "An administrator resets a staff member's password to a temporary one; audited (who, whom, when)",
      response: ZPasswordReset,
    },
    ({ actor, params }) => resetStaffPassword(ctx, actor, params.staffId),
  );
  route(
    { ...administrator, method: 'GET', url: '/api/admin/staff/:staffId/password-events', summary: 'Password changes and resets of a staff account, newest first (administrator)', response: z.array(ZPasswordEvent) },
    ({ params }) => staffPasswordEvents(ctx, params.staffId),
  );
}
