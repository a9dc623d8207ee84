import type { AppContext } from '../../../application/app-context.ts';
import { listIncomingJournal } from '../../../application/cases/incoming-journal.ts';
import { routeKit } from '../../route-kit.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import { ZJournal, ZJournalQuery } from './journal.types.ts';

export function registerJournalRoutes(app: ZodFastify, ctx: AppContext): void {
  const route = routeKit(app, ctx);
  route(
    {
      method: 'GET',
      url: '/api/journal',
      tag: 'cases',
      summary: "The provider's incoming registration journal (clerk, head), in journal order, filtered by registration date",
      caller: 'staff',
      query: ZJournalQuery,
      response: ZJournal,
    },
    ({ actor, query }) => listIncomingJournal(ctx, actor, query),
  );
}
