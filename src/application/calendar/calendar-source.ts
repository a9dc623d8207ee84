import type { DeadlineCalculator } from '../../core/calendar/deadline-calculator.ts';
import { createKazakhstanDeadlineCalculator } from '../../core/calendar/index.ts';
import type { HolidayCalendarData } from '../../core/calendar/holiday-calendar-schema.ts';
import type { RegionCode } from '../../core/regulation/schema.ts';

/**
 * The working calendar in force and the deadline calculators built on it, one per region. An administrator's edit
 * replaces it; calculators are rebuilt lazily. Due times already written into case histories do not change.
 */
export class CalendarSource {
  private calculators = new Map<RegionCode, DeadlineCalculator>();

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

  calculatorFor(region: RegionCode): DeadlineCalculator {
    let calculator = this.calculators.get(region);
    if (!calculator) {
      calculator = createKazakhstanDeadlineCalculator({ region, holidayCalendarJson: this.data });
      this.calculators.set(region, calculator);
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
