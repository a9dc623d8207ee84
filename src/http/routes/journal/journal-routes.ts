import type { AppContext } from '../../../application/app-context.ts';
import { listIncomingJournal } from '../../../application/cases/incoming-journal.ts';
import { journalForPrint, journalPdf } from '../../../application/print/printed-pdfs.ts';
import { routeKit } from '../../route-kit.ts';
import { sendPdf } from '../../send-pdf.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import { ZJournal, ZJournalQuery, ZJournalSheet } from './journal.types.ts';

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

  route(
    {
      method: 'GET',
      caller: 'staff',
      url: '/api/journal/print',
      tag: 'cases',
      summary: "The incoming journal for a period as printed (clerk, head): the provider's name and BIN, registration times on the provider's clock",
      query: ZJournalQuery,
      response: ZJournalSheet,
    },
    async ({ actor, query }) => {
      const journal = await journalForPrint(ctx, actor, query);
      return { ...journal, entries: [...journal.entries] };
    },
  );

  route(
    {
      method: 'GET',
      caller: 'staff',
      produces: ['application/pdf'],
      url: '/api/journal/pdf',
      tag: 'cases',
      summary: 'The incoming journal for a period as an A4 PDF/A-2b (clerk, head), in Kazakh and in Russian',
      query: ZJournalQuery,
    },
    async ({ actor, query, reply }) => sendPdf(reply, await journalPdf(ctx, actor, query)),
  );
}
