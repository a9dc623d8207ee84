import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../core/errors/app-error.ts';
import { parseHolidayCalendar, type HolidayCalendarData } from '../../core/calendar/holiday-calendar-schema.ts';

/** calendar/kz-holidays.json at the repository root. */
export const DEFAULT_HOLIDAY_CALENDAR_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../calendar/kz-holidays.json');

/** Reads the JSON text of the holiday calendar; errors name the file, the path inside it and the reason. */
export async function readHolidayCalendarJson(file: string = DEFAULT_HOLIDAY_CALENDAR_FILE): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new AppError('CONFIG_INVALID', `${file}: cannot read: ${(error as Error).message}`, { file, path: '(root)', reason: 'cannot read the file' }, { cause: error });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AppError('CONFIG_INVALID', `${file}: not JSON: ${(error as Error).message}`, { file, path: '(root)', reason: 'not valid JSON' }, { cause: error });
  }
}

/** Reads and validates the holiday calendar; the first problem fails the load with CONFIG_INVALID (file, path, reason). */
export async function loadHolidayCalendar(file: string = DEFAULT_HOLIDAY_CALENDAR_FILE): Promise<HolidayCalendarData> {
  return parseHolidayCalendar(await readHolidayCalendarJson(file), file);
}
