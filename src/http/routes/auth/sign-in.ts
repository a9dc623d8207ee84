import { endStaffSession } from '../../../application/auth/session-lookup.ts';
import type { StaffMember } from '../../../core/org/staff-member.ts';
import type { AppContext } from '../../../application/app-context.ts';
import { signIn } from '../../../application/auth/sign-in.ts';
import { bearerToken } from '../../principal.ts';
import { routeKit } from '../../route-kit.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import { ZSignInRequest, ZSignInResponse, ZStaffView } from './sign-in.types.ts';

export const staffView = (s: StaffMember) => ({ id: s.id, login: s.login, role: s.role, fullName: s.fullName, providerId: s.providerId, region: s.region });

export function registerAuthRoutes(app: ZodFastify, ctx: AppContext): void {
  const route = routeKit(app, ctx);
  route(
    {
      method: 'POST',
      url: '/api/auth/sign-in',
      operationId: 'signIn',
      tag: 'auth',
      summary: 'Staff sign-in with login and password; returns a bearer token',
      caller: 'public',
      body: ZSignInRequest,
      response: ZSignInResponse,
      errors: [400, 401, 429],
    },
    async ({ body, request }) => {
      const session = await signIn(ctx, body.login, body.password, request.ip);
      return { token: session.token, expiresAt: session.expiresAt.toISOString(), staff: staffView(session.staff) };
    },
  );
  route({ method: 'POST', url: '/api/auth/sign-out', tag: 'auth', summary: 'Ends the session', caller: 'staff', status: 204, errors: [401] }, async ({ request }) => {
    await endStaffSession(ctx, bearerToken(request) ?? '');
  });
  route({ method: 'GET', url: '/api/me', tag: 'auth', summary: 'The signed-in staff member', caller: 'staff', response: ZStaffView, errors: [401] }, ({ actor }) => staffView(actor));
}
