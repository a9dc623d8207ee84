import { z } from 'zod';
import { endStaffSession } from '../../../application/auth/session-lookup.ts';
import type { StaffMember } from '../../../core/org/staff-member.ts';
import type { AppContext } from '../../../application/app-context.ts';
import { signIn } from '../../../application/auth/sign-in.ts';
import { bearerToken, requireStaff } from '../../authenticate.ts';
import { errorResponses, ZErrorResponse } from '../../schemas.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import { ZSignInRequest, ZSignInResponse, ZStaffView } from './sign-in.types.ts';

export const staffView = (s: StaffMember) => ({ id: s.id, login: s.login, role: s.role, fullName: s.fullName, providerId: s.providerId, region: s.region });

export function registerAuthRoutes(app: ZodFastify, ctx: AppContext): void {
  app.post(
    '/api/auth/sign-in',
    {
      schema: {
        operationId: 'signIn',
        tags: ['auth'],
        summary: 'Staff sign-in with login and password; returns a bearer token',
        body: ZSignInRequest,
        response: { 200: ZSignInResponse, 400: errorResponses[400], 401: errorResponses[401], 429: ZErrorResponse },
      },
    },
    async (request) => {
      const session = await signIn(ctx, request.body.login, request.body.password, request.ip);
      return { token: session.token, expiresAt: session.expiresAt.toISOString(), staff: staffView(session.staff) };
    },
  );
  app.post(
    '/api/auth/sign-out',
    { schema: { tags: ['auth'], summary: 'Ends the session', security: [{ bearer: [] }], response: { 204: z.null(), 401: errorResponses[401] } } },
    async (request, reply) => {
      await requireStaff(ctx, request);
      await endStaffSession(ctx, bearerToken(request) ?? '');
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/api/me',
    { schema: { tags: ['auth'], summary: 'The signed-in staff member', security: [{ bearer: [] }], response: { 200: ZStaffView, 401: errorResponses[401] } } },
    async (request) => staffView(await requireStaff(ctx, request)),
  );
}
