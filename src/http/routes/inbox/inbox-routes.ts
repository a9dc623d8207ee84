import type { AppContext } from '../../../application/app-context.ts';
import { listInbox } from '../../../application/cases/list-inbox.ts';
import { routeKit } from '../../route-kit.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import { ZInboxPage, ZInboxQuery } from './inbox.types.ts';

export function registerInboxRoutes(app: ZodFastify, ctx: AppContext): void {
  routeKit(app, ctx)(
    {
      method: 'GET',
      url: '/api/inbox',
      tag: 'cases',
      summary: "Open cases waiting for the signed-in person's role, soonest due first, a page at a time with the total",
      caller: 'staff',
      query: ZInboxQuery,
      response: ZInboxPage,
    },
    ({ actor, query }) => listInbox(ctx, actor, { limit: query.limit, offset: query.offset, search: query.q }),
  );
}
