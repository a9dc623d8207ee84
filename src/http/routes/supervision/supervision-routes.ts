import { z } from 'zod';
import type { AppContext } from '../../../application/app-context.ts';
import { regionProviders } from '../../../application/supervision/region-providers.ts';
import { regionDashboard, SATISFACTION_ANSWERS, SATISFACTION_QUESTIONS, type DashboardFilter } from '../../../application/supervision/dashboard.ts';
import type { StaffMember } from '../../../core/org/staff-member.ts';
import { dashboardCsv } from '../../../application/supervision/dashboard-csv.ts';
import { dashboardNames } from '../../../application/supervision/dashboard-names.ts';
import { requestLanguage } from '../../request-language.ts';
import { endOfLocalDay, localPositionOf, startOfLocalDay, timeZoneOfRegion } from '../../../core/calendar/time-zones.ts';
import { parseIsoDate } from '../../../core/calendar/civil-date.ts';
import { reportRegion } from '../../../core/access/access-policy.ts';
import { staffPrincipal } from '../../../core/access/principal.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import { fieldRefusal } from '../../../core/errors/validation-reasons.ts';
import { CHANNELS, REGIONS, ZText } from '../../../core/regulation/schema.ts';
import { requireStaff } from '../../authenticate.ts';
import { errorResponses } from '../../schemas.ts';
import type { ZodFastify } from '../../zod-fastify.ts';

const ZDashboardQuery = z.object({
  region: z.enum(REGIONS).optional().describe("An administrator's choice; a supervisor always sees their own region"),
  from: z.iso.date().describe('First day of the period (local date of the region)'),
  to: z.iso.date().describe('Last day of the period, included'),
  providerId: z.string().optional(),
  serviceCode: z.string().optional(),
  channel: z.enum(CHANNELS).optional(),
});

const ZSatisfactionQuestions = z
  .array(
    z.object({
      question: z.enum(SATISFACTION_QUESTIONS),
      answers: z.array(z.object({ answer: z.enum(SATISFACTION_ANSWERS), count: z.number(), share: z.number().nullable().describe('count / surveys; null when none') })),
    }),
  )
  .describe('The two questions of the survey (seed 002 appendix 3), each grade with its count and share');

const ZDashboard = z
  .object({
    region: z.string(),
    period: z.object({ from: z.string(), to: z.string() }),
    load: z.array(z.object({ providerId: z.string(), openCases: z.number(), dueToday: z.number(), overdueSteps: z.number(), overdueCases: z.number() })),
    compliance: z.object({
      stepsCompleted: z.number(),
      stepsWithinLimit: z.number(),
      stepComplianceRate: z.number().nullable(),
      casesClosed: z.number(),
      casesWithinLimit: z.number(),
      caseComplianceRate: z.number().nullable(),
      casesRefused: z.number(),
    }),
    stepDurations: z.array(
      z.object({
        regulationId: z.string(),
        stepId: z.string(),
        role: z.string(),
        completed: z.number(),
        withinLimit: z.number(),
        medianMinutes: z.number().nullable(),
        p90Minutes: z.number().nullable(),
        limit: z.object({ value: z.number(), unit: z.string() }).nullable(),
      }),
    ),
    channelMix: z.array(z.object({ channel: z.string(), cases: z.number() })),
    refusalsByReason: z.array(z.object({ regulationId: z.string(), groundId: z.string(), ground: ZText.nullable(), cases: z.number() })),
    satisfaction: z
      .object({
        surveys: z.number(),
        questions: ZSatisfactionQuestions,
        byProviderService: z.array(z.object({ providerId: z.string(), serviceCode: z.string(), surveys: z.number(), questions: ZSatisfactionQuestions })),
      })
      .describe('Satisfaction surveys submitted within the period for cases within the filters'),
  })
  .meta({ id: 'RegionDashboard' });

function filterFor(ctx: AppContext, staff: StaffMember, query: z.infer<typeof ZDashboardQuery>): DashboardFilter {
  const region = reportRegion(staffPrincipal(staff), query.region);
  if (!region) throw fieldRefusal('querystring.region', { kk: 'өңірді таңдаңыз', ru: 'выберите регион', en: 'choose a region' }, 'region missing');
  // ISO dates compare as strings; a reversed period is refused in words rather than answered with empty figures.
  if (query.from > query.to) throw new AppError('PERIOD_START_AFTER_END', `period ${query.from} > ${query.to}`, { field: 'querystring.from', from: query.from, to: query.to });
  const zone = timeZoneOfRegion(region as (typeof REGIONS)[number]);
  const now = ctx.clock();
  const today = localPositionOf(zone, now.getTime()).epochDay;
  return {
    region,
    from: new Date(startOfLocalDay(zone, parseIsoDate(query.from))),
    to: new Date(endOfLocalDay(zone, parseIsoDate(query.to)) + 1),
    now,
    endOfToday: new Date(endOfLocalDay(zone, today) + 1),
    ...(query.providerId ? { providerId: query.providerId } : {}),
    ...(query.serviceCode ? { serviceCode: query.serviceCode } : {}),
    ...(query.channel ? { channel: query.channel } : {}),
  };
}

export function registerSupervisionRoutes(app: ZodFastify, ctx: AppContext): void {
  app.get(
    '/api/supervision/dashboard',
    {
      schema: {
        tags: ['supervision'],
        summary: "A region's deadlines and quality: load now, compliance, step durations against limits, channels, refusals, satisfaction",
        security: [{ bearer: [] }],
        querystring: ZDashboardQuery,
        response: { 200: ZDashboard, ...errorResponses },
      },
    },
    async (request) => {
      const staff = await requireStaff(ctx, request, ['supervisor', 'admin']);
      return regionDashboard(ctx.readDb, ctx.catalog, filterFor(ctx, staff, request.query));
    },
  );
  app.get(
    '/api/supervision/providers',
    {
      schema: {
        tags: ['supervision'],
        summary: "The providers of the supervisor's region (service providers and rural akims), for the dashboard's provider filter",
        security: [{ bearer: [] }],
        querystring: z.object({ region: z.enum(REGIONS).optional().describe("An administrator's choice; a supervisor always sees their own region") }),
        response: { 200: z.array(z.object({ id: z.string(), name: ZText })), ...errorResponses },
      },
    },
    async (request) => {
      const staff = await requireStaff(ctx, request, ['supervisor', 'admin']);
      const region = reportRegion(staffPrincipal(staff), request.query.region);
      if (!region) throw fieldRefusal('querystring.region', { kk: 'өңірді таңдаңыз', ru: 'выберите регион', en: 'choose a region' }, 'region missing');
      // State Corporation offices receive applications but never own a case, so they are no provider to filter by.
      return regionProviders(ctx, region);
    },
  );
  app.get(
    '/api/supervision/dashboard.csv',
    {
      schema: {
        tags: ['supervision'],
        summary: 'The same dashboard as CSV: names instead of ids, headers in the language asked for (lang or Accept-Language), UTF-8 with BOM',
        security: [{ bearer: [] }],
        querystring: ZDashboardQuery.extend({ lang: z.enum(['kk', 'ru', 'en']).optional().describe('Language of the headers and names; Accept-Language otherwise') }),
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const staff = await requireStaff(ctx, request, ['supervisor', 'admin']);
      const dashboard = await regionDashboard(ctx.readDb, ctx.catalog, filterFor(ctx, staff, request.query));
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="dashboard-${dashboard.region}-${request.query.from}-${request.query.to}.csv"`)
        .send(dashboardCsv(dashboard, await dashboardNames(ctx), requestLanguage(request)));
    },
  );
}
