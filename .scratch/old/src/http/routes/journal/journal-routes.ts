import type { AppContext } from '../../../application/app-context.ts';
import { listIncomingJournal } from '../../../application/cases/incoming-journal.ts';
import { requireStaff } from '../../authenticate.ts';
import { errorResponses } from '../../schemas.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import { ZJournal, ZJournalQuery } from './journal.types.ts';

export function registerJournalRoutes(app: ZodFastify, ctx: AppContext): void {
  app.get(
    '/api/journal',
    {
      schema: {
        tags: ['cases'],
        summary: "The provider's incoming registration journal (clerk, head), in journal order, filtered by registration date",
        security: [{ bearer: [] }],
        querystring: ZJournalQuery,
        response: { 200: ZJournal, ...errorResponses },
      },
    },
    async (request) => listIncomingJournal(ctx, await requireStaff(ctx, request), request.query),
  );
}
