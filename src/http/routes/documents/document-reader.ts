import type { FastifyRequest } from 'fastify';
import { findCitizenSession } from '../../../adapters/db/citizen-store.ts';
import { findSessionStaff } from '../../../adapters/db/staff-store.ts';
import type { AppContext } from '../../../application/app-context.ts';
import type { DocumentReader } from '../../../application/documents/read-full-document.ts';
import { requireCitizenSession } from '../../../application/portal/citizen-auth.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import { bearerToken } from '../../authenticate.ts';

/** The signed-in citizen or staff member asking for a document's full content, or UNAUTHENTICATED. */
export async function requireDocumentReader(ctx: AppContext, request: FastifyRequest): Promise<DocumentReader> {
  const token = bearerToken(request);
  if (!token) throw new AppError('UNAUTHENTICATED', 'no token');
  if (await findCitizenSession(ctx.db, token, ctx.clock())) return { kind: 'citizen', citizen: await requireCitizenSession(ctx, token) };
  const staff = await findSessionStaff(ctx.db, token, ctx.clock());
  if (!staff) throw new AppError('UNAUTHENTICATED', 'no valid session');
  return { kind: 'staff', staff };
}
