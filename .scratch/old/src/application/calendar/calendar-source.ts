import type { DeadlineCalculator } from '../../core/calendar/deadline-calculator.ts';
import { createKazakhstanDeadlineCalculator } from '../../core/calendar/index.ts';
import type { HolidayCalendarData } from '../../core/calendar/holiday-calendar-schema.ts';
import type { RegionCode } from '../../core/regulation/schema.ts';
import { workingHoursFromSpec, type WorkingHoursSpec } from '../../core/calendar/working-hours.ts';

/**
 * The working calendar in force and the deadline calculators built on it, one per region. An administrator's edit
 * replaces it; calculators are rebuilt lazily. Due times already written into case histories do not change.
 */
export class CalendarSource {
  private calculators = new Map<string, DeadlineCalculator>();

  constructor(
    private data: HolidayCalendarData,
    private versionNumber: number,
  ) {}

  get version(): number {
    return this.versionNumber;
  }

  get current(): HolidayCalendarData {
    return this.data;
  }

  /** A calculator for a region and a provider's working hours (null: the default day); built once per pair. */
  calculatorFor(region: RegionCode, workingHours: WorkingHoursSpec | null = null): DeadlineCalculator {
    const key = `${region}|${workingHours ? JSON.stringify(workingHours) : 'default'}`;
    let calculator = this.calculators.get(key);
    if (!calculator) {
      calculator = createKazakhstanDeadlineCalculator({
        region,
        holidayCalendarJson: this.data,
        ...(workingHours ? { workingHours: workingHoursFromSpec(workingHours) } : {}),
      });
      this.calculators.set(key, calculator);
    }
    return calculator;
  }

  replace(data: HolidayCalendarData, version: number): void {
    if (version <= this.versionNumber) return;
    this.data = data;
    this.versionNumber = version;
    this.calculators = new Map();
  }
}
