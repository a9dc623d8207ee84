import { z } from 'zod';
import type { AppContext } from '../../../application/app-context.ts';
import { citizenReadLog, listReadAudit, readAuditCsv } from '../../../application/audit/read-audit-log.ts';
import { requestLanguage } from '../../request-language.ts';
import { routeKit } from '../../route-kit.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import { ZCitizenReadEntry, ZReadAuditPage, ZReadAuditQuery } from './read-audit.types.ts';

const supervisorsRead = { method: 'GET', tag: 'supervision', caller: 'staff', roles: ['supervisor', 'admin'], query: ZReadAuditQuery } as const;

/** The read audit (issue #14): supervisors' list and CSV, and the citizen's "who looked at my data". */
export function registerReadAuditRoutes(app: ZodFastify, ctx: AppContext): void {
  const route = routeKit(app, ctx);
  route(
    {
      ...supervisorsRead,
      url: '/api/supervision/read-audit',
      summary: "Reads of persons' data by staff (who, when, what, why), newest first; a supervisor sees reads by staff of the region",
      response: ZReadAuditPage,
    },
    ({ actor, query }) => listReadAudit(ctx, actor, query),
  );

  route(
    { ...supervisorsRead, url: '/api/supervision/read-audit.csv', summary: 'The same reads as CSV (UTF-8 with BOM, headers in the language asked for)', produces: ['text/csv'], errors: [] },
    async ({ actor, query, request, reply }) => {
      const csv = await readAuditCsv(ctx, actor, query, requestLanguage(request));
      return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="read-audit-${query.from}-${query.to}.csv"`).send(csv);
    },
  );

  route(
    {
      method: 'GET',
      url: '/api/portal/read-audit',
      tag: 'portal',
      summary: "Who (name, position, organisation) looked at the signed-in citizen's data and when",
      caller: 'citizen',
      response: z.array(ZCitizenReadEntry),
    },
    ({ actor }) => citizenReadLog(ctx, actor.iin),
  );
}
