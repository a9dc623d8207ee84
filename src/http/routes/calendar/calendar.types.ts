import { z } from 'zod';

export const ZCalendarView = z.object({ version: z.number().int(), data: z.record(z.string(), z.unknown()) });
export const ZDaysOffQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
export const ZDaysOff = z.object({ year: z.number().int(), covered: z.boolean(), daysOff: z.array(z.object({ date: z.string(), reason: z.record(z.string(), z.unknown()), verified: z.boolean() })) });
export const ZCalendarReplacement = z.object({ data: z.record(z.string(), z.unknown()), reason: z.string().trim().min(5).max(1000) });
export const ZCalendarVersion = z.object({ version: z.number().int() });
export const ZCalendarChanges = z.array(z.object({ version: z.number().int(), changedBy: z.string(), changedAt: z.string(), reason: z.string() }));
