import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadHolidayCalendar } from '../../src/adapters/calendar/load-holiday-calendar.ts';
import { checkHolidayCalendar } from '../../src/core/calendar/holiday-calendar-schema.ts';
import { isAppError } from '../../src/core/errors/app-error.ts';
import { shippedHolidayData, shippedHolidayJson } from './calendar-fixtures.ts';

type Json = Record<string, unknown> & { transfers: Record<string, unknown>[]; kurbanAit: { dates: Record<string, unknown>[] } };
const shipped = () => shippedHolidayJson() as Json;

describe('calendar/kz-holidays.json', () => {
  const data = shippedHolidayData();

  it('validates against the schema and its cross-checks', () => {
    expect(checkHolidayCalendar(shippedHolidayJson())).toMatchObject({ ok: true });
  });

  it('covers at least 2018–2027, with a Kurban Ait date for each of those years', () => {
    expect(data.coverage.fromYear).toBeLessThanOrEqual(2018);
    expect(data.coverage.untilYear).toBeGreaterThanOrEqual(2027);
    const years = data.kurbanAit.dates.map((entry) => entry.year);
    for (let year = 2018; year <= 2027; year++) expect(years).toContain(year);
  });

  it('names a source for every holiday, Kurban Ait date and transfer', () => {
    for (const entry of [...data.holidays, ...data.kurbanAit.dates, ...data.transfers]) expect(entry.source.length).toBeGreaterThan(10);
  });

  it('holds Kurban Ait 2026 on 27 May and marks the 2027 estimate unverified', () => {
    expect(data.kurbanAit.dates.find((entry) => entry.year === 2026)).toMatchObject({ date: '2026-05-27', verified: true });
    expect(data.kurbanAit.dates.find((entry) => entry.year === 2027)?.verified).toBe(false);
  });

  it('holds the known transfers of 2023–2025', () => {
    const pairs = data.transfers.map((t) => `${t.workingDay}→${t.dayOff}`);
    expect(pairs).toEqual(expect.arrayContaining(['2023-07-01→2023-07-07', '2024-05-04→2024-05-08', '2025-01-05→2025-01-03']));
  });

  it('limits Constitution Day on 30 August to 2025 and starts 15 March in 2027', () => {
    expect(data.holidays.find((h) => h.id === 'constitutionDayAugust')).toMatchObject({ untilYear: 2025 });
    expect(data.holidays.find((h) => h.id === 'constitutionDayMarch')).toMatchObject({ fromYear: 2027 });
  });
});

describe('holiday calendar validation names the path and the reason', () => {
  const cases: [label: string, breakIt: (json: Json) => void, expectedPath: string][] = [
    ['an impossible transfer date', (json: Json) => void (json.transfers[0]!.dayOff = '2024-02-30'), 'transfers[0].dayOff'],
    ['a transfer whose working day is its day off', (json: Json) => void (json.transfers[0]!.workingDay = json.transfers[0]!.dayOff), 'transfers[0].workingDay'],
    ['a Kurban Ait date outside its year', (json: Json) => void (json.kurbanAit.dates[0]!.date = '2019-08-21'), 'kurbanAit.dates[0].date'],
    ['a covered year without Kurban Ait', (json: Json) => void json.kurbanAit.dates.splice(1, 1), 'kurbanAit.dates'],
    ['an entry without a source', (json: Json) => void delete json.transfers[0]!.source, 'transfers[0].source'],
    ['an unknown field', (json: Json) => void (json.holidayz = []), '(root)'],
  ];
  it.each(cases)('reports %s', (_label, breakIt, expectedPath) => {
    const json = shipped();
    breakIt(json);
    const check = checkHolidayCalendar(json);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.issues.map((issue) => issue.path)).toContain(expectedPath);
  });
});

describe('loadHolidayCalendar (adapter)', () => {
  let directory = '';
  beforeAll(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'qyzmet-calendar-'));
  });
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  async function loadError(file: string): Promise<{ code: string; details: Record<string, unknown> }> {
    try {
      await loadHolidayCalendar(file);
    } catch (error) {
      if (isAppError(error)) return { code: error.code, details: { ...error.details } };
      throw error;
    }
    throw new Error('expected the load to fail');
  }

  it('loads and validates the shipped file by default', async () => {
    const data = await loadHolidayCalendar();
    expect(data.country).toBe('KZ');
  });

  it('fails on text that is not JSON, naming the file', async () => {
    const file = path.join(directory, 'broken.json');
    await writeFile(file, '{ "schemaVersion": 1, ');
    expect(await loadError(file)).toEqual({ code: 'CONFIG_INVALID', details: { file, path: '(root)', reason: 'not valid JSON' } });
  });

  it('fails on a schema violation, naming file, path and reason', async () => {
    const file = path.join(directory, 'bad-transfer.json');
    const json = shipped();
    json.transfers[2]!.workingDay = 'the fourth of May';
    await writeFile(file, JSON.stringify(json));
    const error = await loadError(file);
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.details).toMatchObject({ file, path: 'transfers[2].workingDay' });
    expect(String(error.details.reason).length).toBeGreaterThan(0);
  });

  it('fails on a missing file, naming it', async () => {
    const file = path.join(directory, 'missing.json');
    expect(await loadError(file)).toEqual({ code: 'CONFIG_INVALID', details: { file, path: '(root)', reason: 'cannot read the file' } });
  });
});
