import type { Limit } from '../regulation/schema.ts';

/** The part of a regulation's limit that deadline arithmetic needs. */
export type LimitSpec = Pick<Limit, 'value' | 'unit'> & { readonly receiptDayNotCounted?: boolean; readonly issueDayNotCounted?: boolean };

/**
 * Computes due times for one provider: its working hours, its region's time zone and the working calendar.
 * Pure: no clock, no I/O. `startAt` is the moment counting starts (a step opened, a case was filed).
 *
 * - minutes / hours: working time of the provider (a start outside working hours counts from the next working moment);
 * - workingDays: whole working days after the start day, due at the end of the last one;
 * - calendarDays / months: calendar arithmetic in the region's time zone, due at the end of the last day.
 *
 * The Kazakh implementation is `createDeadlineCalculator` (create-deadline-calculator.ts), whose JSDoc gives the exact
 * rules per unit; `createKazakhstanDeadlineCalculator` (index.ts) builds one for a region.
 */
export interface DeadlineCalculator {
  dueAt(startAt: Date, limit: LimitSpec): Date;
}
