import type { FastifyRequest } from 'fastify';
import { citizenOfSession, staffOfSession } from '../application/auth/session-lookup.ts';
import type { AppContext } from '../application/app-context.ts';
import type { DocumentReader } from '../application/documents/read-full-document.ts';
import { requireCitizenSession } from '../application/portal/citizen-auth.ts';
import { AppError } from '../core/errors/app-error.ts';
import { bearerToken } from './principal.ts';

/** The signed-in citizen or staff member asking for a document's full content, or UNAUTHENTICATED. */
export async function requireDocumentReader(ctx: AppContext, request: FastifyRequest): Promise<DocumentReader> {
  const token = bearerToken(request);
  if (!token) throw new AppError('UNAUTHENTICATED', 'no token');
  if (await citizenOfSession(ctx, token, ctx.clock())) return { kind: 'citizen', citizen: await requireCitizenSession(ctx, token) };
  const staff = await staffOfSession(ctx, token, ctx.clock());
  if (!staff) throw new AppError('UNAUTHENTICATED', 'no valid session');
  return { kind: 'staff', staff };
}
