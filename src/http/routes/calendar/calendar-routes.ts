import type { AppContext } from '../../../application/app-context.ts';
import { listCalendarChanges, replaceCalendar } from '../../../application/calendar/calendar-versions.ts';
import { createWorkingCalendar } from '../../../core/calendar/working-calendar.ts';
import { routeKit } from '../../route-kit.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import { ZCalendarChanges, ZCalendarReplacement, ZCalendarVersion, ZCalendarView, ZDaysOff, ZDaysOffQuery } from './calendar.types.ts';

export function registerCalendarRoutes(app: ZodFastify, ctx: AppContext): void {
  const route = routeKit(app, ctx);
  route(
    { method: 'GET', url: '/api/calendar', tag: 'calendar', summary: 'The working calendar data in force (holidays, moves, transfers) and its version', caller: 'staff', response: ZCalendarView },
    () => ({ version: ctx.calendar.version, data: { ...ctx.calendar.current } }),
  );

  route(
    {
      method: 'GET',
      url: '/api/calendar/days-off',
      tag: 'calendar',
      summary: 'Every day off of a year with its reason (weekend, holiday, moved holiday, transfer)',
      caller: 'staff',
      query: ZDaysOffQuery,
      response: ZDaysOff,
    },
    ({ query: { year } }) => {
      const calendar = createWorkingCalendar(ctx.calendar.current);
      return { year, covered: calendar.isYearCovered(year), daysOff: calendar.daysOffOf(year).map((d) => ({ date: d.date, reason: { ...d.reason }, verified: d.verified })) };
    },
  );

  route(
    {
      method: 'PUT',
      url: '/api/calendar',
      tag: 'calendar',
      summary: 'Replace the calendar data (administrator); the change is audited and applies to due times computed from now on',
      caller: 'staff',
      roles: ['admin'],
      body: ZCalendarReplacement,
      response: ZCalendarVersion,
    },
    async ({ actor, body }) => ({ version: await replaceCalendar(ctx, actor, body.data, body.reason) }),
  );

  route(
    { method: 'GET', url: '/api/calendar/changes', tag: 'calendar', summary: 'The audit trail of calendar edits', caller: 'staff', roles: ['admin', 'supervisor'], response: ZCalendarChanges },
    () => listCalendarChanges(ctx.db),
  );
}
