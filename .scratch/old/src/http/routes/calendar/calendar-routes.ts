import { z } from 'zod';
import type { AppContext } from '../../../application/app-context.ts';
import { listCalendarChanges, replaceCalendar } from '../../../application/calendar/calendar-versions.ts';
import { createWorkingCalendar } from '../../../core/calendar/working-calendar.ts';
import { requireStaff } from '../../authenticate.ts';
import { errorResponses } from '../../schemas.ts';
import type { ZodFastify } from '../../zod-fastify.ts';

export function registerCalendarRoutes(app: ZodFastify, ctx: AppContext): void {
  app.get(
    '/api/calendar',
    {
      schema: {
        tags: ['calendar'],
        summary: 'The working calendar data in force (holidays, moves, transfers) and its version',
        security: [{ bearer: [] }],
        response: { 200: z.object({ version: z.number().int(), data: z.record(z.string(), z.unknown()) }), ...errorResponses },
      },
    },
    async (request) => {
      await requireStaff(ctx, request);
      return { version: ctx.calendar.version, data: { ...ctx.calendar.current } };
    },
  );

  app.get(
    '/api/calendar/days-off',
    {
      schema: {
        tags: ['calendar'],
        summary: 'Every day off of a year with its reason (weekend, holiday, moved holiday, transfer)',
        security: [{ bearer: [] }],
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
        response: {
          200: z.object({ year: z.number().int(), covered: z.boolean(), daysOff: z.array(z.object({ date: z.string(), reason: z.record(z.string(), z.unknown()), verified: z.boolean() })) }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      await requireStaff(ctx, request);
      const calendar = createWorkingCalendar(ctx.calendar.current);
      const { year } = request.query;
      return { year, covered: calendar.isYearCovered(year), daysOff: calendar.daysOffOf(year).map((d) => ({ date: d.date, reason: { ...d.reason }, verified: d.verified })) };
    },
  );

  app.put(
    '/api/calendar',
    {
      schema: {
        tags: ['calendar'],
        summary: 'Replace the calendar data (administrator); the change is audited and applies to due times computed from now on',
        security: [{ bearer: [] }],
        body: z.object({ data: z.record(z.string(), z.unknown()), reason: z.string().trim().min(5).max(1000) }),
        response: { 200: z.object({ version: z.number().int() }), ...errorResponses },
      },
    },
    async (request) => {
      const staff = await requireStaff(ctx, request, ['admin']);
      return { version: await replaceCalendar(ctx, staff, request.body.data, request.body.reason) };
    },
  );

  app.get(
    '/api/calendar/changes',
    {
      schema: {
        tags: ['calendar'],
        summary: 'The audit trail of calendar edits',
        security: [{ bearer: [] }],
        response: { 200: z.array(z.object({ version: z.number().int(), changedBy: z.string(), changedAt: z.string(), reason: z.string() })), ...errorResponses },
      },
    },
    async (request) => {
      await requireStaff(ctx, request, ['admin', 'supervisor']);
      return listCalendarChanges(ctx.db);
    },
  );
}
