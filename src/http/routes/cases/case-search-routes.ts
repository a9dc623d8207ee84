import { z } from 'zod';
import { ZIin } from '../../input-schemas.ts';
import type { AppContext } from '../../../application/app-context.ts';
import { searchCases } from '../../../application/cases/search-cases.ts';
import { CASE_STATUSES } from '../../../core/case/case-events.ts';
import { ZText } from '../../../core/regulation/schema.ts';
import { requireStaff } from '../../authenticate.ts';
import { errorResponses } from '../../schemas.ts';
import type { ZodFastify } from '../../zod-fastify.ts';

const ZCaseSearchQuery = z.object({
  iin: ZIin.optional().describe("The applicant's IIN"),
  journalNumber: z.string().trim().min(1).max(64).optional().describe('The whole journal number, e.g. TRZ-2026-000001 (any letter case)'),
  status: z.enum(CASE_STATUSES).optional(),
  serviceCode: z.string().min(1).max(64).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

const ZCaseSearchItem = z
  .object({
    caseId: z.string(),
    providerId: z.string(),
    journalNumber: z.string().nullable(),
    applicantIin: z.string(),
    applicantName: z.string().nullable(),
    regulationId: z.string(),
    serviceCode: z.string(),
    serviceName: ZText,
    channel: z.string(),
    status: z.enum(CASE_STATUSES),
    openStepId: z.string().nullable(),
    dueAt: z.string().nullable(),
    remainingMinutes: z.number().nullable(),
    filedAt: z.string(),
    closedAt: z.string().nullable(),
  })
  .meta({ id: 'CaseSearchItem' });

export function registerCaseSearchRoutes(app: ZodFastify, ctx: AppContext): void {
  app.get(
    '/api/cases',
    {
      schema: {
        tags: ['cases'],
        summary: "Search cases by applicant IIN, journal number, status and service, newest first (a provider's staff: its cases; a supervisor: the region's)",
        security: [{ bearer: [] }],
        querystring: ZCaseSearchQuery,
        response: { 200: z.object({ items: z.array(ZCaseSearchItem), total: z.number().int(), limit: z.number().int(), offset: z.number().int() }).meta({ id: 'CaseSearchResult' }), ...errorResponses },
      },
    },
    async (request) => searchCases(ctx, await requireStaff(ctx, request), request.query),
  );
}
