import { z } from 'zod';
import type { AppContext } from '../../../application/app-context.ts';
import { citizenReadLog, listReadAudit, readAuditCsv } from '../../../application/audit/read-audit-log.ts';
import { requireStaff } from '../../authenticate.ts';
import { requestLanguage } from '../../request-language.ts';
import { errorResponses } from '../../schemas.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import { requireCitizen } from '../portal/submitter.ts';
import { ZCitizenReadEntry, ZReadAuditPage, ZReadAuditQuery } from './read-audit.types.ts';

/** The read audit (issue #14): supervisors' list and CSV, and the citizen's "who looked at my data". */
export function registerReadAuditRoutes(app: ZodFastify, ctx: AppContext): void {
  app.get(
    '/api/supervision/read-audit',
    {
      schema: {
        tags: ['supervision'],
        summary: "Reads of persons' data by staff (who, when, what, why), newest first; a supervisor sees reads by staff of the region",
        security: [{ bearer: [] }],
        querystring: ZReadAuditQuery,
        response: { 200: ZReadAuditPage, ...errorResponses },
      },
    },
    async (request) => listReadAudit(ctx, await requireStaff(ctx, request, ['supervisor', 'admin']), request.query),
  );

  app.get(
    '/api/supervision/read-audit.csv',
    {
      schema: {
        tags: ['supervision'],
        summary: 'The same reads as CSV (UTF-8 with BOM, headers in the language asked for)',
        security: [{ bearer: [] }],
        querystring: ZReadAuditQuery,
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const staff = await requireStaff(ctx, request, ['supervisor', 'admin']);
      const csv = await readAuditCsv(ctx, staff, request.query, requestLanguage(request));
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="read-audit-${request.query.from}-${request.query.to}.csv"`)
        .send(csv);
    },
  );

  app.get(
    '/api/portal/read-audit',
    {
      schema: {
        tags: ['portal'],
        summary: "Who (name, position, organisation) looked at the signed-in citizen's data and when",
        security: [{ bearer: [] }],
        response: { 200: z.array(ZCitizenReadEntry), ...errorResponses },
      },
    },
    async (request) => citizenReadLog(ctx, (await requireCitizen(ctx, request)).iin),
  );
}
