import type { z } from 'zod';
import type { AppContext } from '../../../application/app-context.ts';
import { regionProviders } from '../../../application/supervision/region-providers.ts';
import { regionDashboard, type DashboardFilter } from '../../../application/supervision/dashboard.ts';
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
import type { REGIONS } from '../../../core/regulation/schema.ts';
import { routeKit } from '../../route-kit.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import { ZDashboard, ZDashboardCsvQuery, ZDashboardQuery, ZProvidersQuery, ZRegionProviders } from './supervision.types.ts';

/** The region a report covers: a supervisor's own, or the one an administrator chose (refused when none). */
function regionOf(staff: StaffMember, chosen: string | undefined): string {
  const region = reportRegion(staffPrincipal(staff), chosen);
  if (!region) throw fieldRefusal('querystring.region', { kk: 'өңірді таңдаңыз', ru: 'выберите регион', en: 'choose a region' }, 'region missing');
  return region;
}

function filterFor(ctx: AppContext, staff: StaffMember, query: z.infer<typeof ZDashboardQuery>): DashboardFilter {
  const region = regionOf(staff, query.region);
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

const supervisors = { method: 'GET', tag: 'supervision', caller: 'staff', roles: ['supervisor', 'admin'] } as const;

export function registerSupervisionRoutes(app: ZodFastify, ctx: AppContext): void {
  const route = routeKit(app, ctx);
  route(
    {
      ...supervisors,
      url: '/api/supervision/dashboard',
      summary: "A region's deadlines and quality: load now, compliance, step durations against limits, channels, refusals, satisfaction",
      query: ZDashboardQuery,
      response: ZDashboard,
    },
    ({ actor, query }) => regionDashboard(ctx.readDb, ctx.catalog, filterFor(ctx, actor, query)),
  );
  route(
    {
      ...supervisors,
      url: '/api/supervision/providers',
      summary: "The providers of the supervisor's region (service providers and rural akims), for the dashboard's provider filter",
      query: ZProvidersQuery,
      response: ZRegionProviders,
    },
    // State Corporation offices receive applications but never own a case, so they are no provider to filter by.
    ({ actor, query }) => regionProviders(ctx, regionOf(actor, query.region)),
  );
  route(
    {
      ...supervisors,
      url: '/api/supervision/dashboard.csv',
      summary: 'The same dashboard as CSV: names instead of ids, headers in the language asked for (lang or Accept-Language), UTF-8 with BOM',
      query: ZDashboardCsvQuery,
      produces: ['text/csv'],
      errors: [],
    },
    async ({ actor, query, request, reply }) => {
      const dashboard = await regionDashboard(ctx.readDb, ctx.catalog, filterFor(ctx, actor, query));
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="dashboard-${dashboard.region}-${query.from}-${query.to}.csv"`)
        .send(dashboardCsv(dashboard, await dashboardNames(ctx), requestLanguage(request)));
    },
  );
}
