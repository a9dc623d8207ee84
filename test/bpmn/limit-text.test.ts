import { describe, expect, it } from 'vitest';
import { joinSentences, limitDocumentation, limitIsoDuration, limitName, limitText } from '../../src/core/bpmn/limit-text.ts';
import type { Limit } from '../../src/core/regulation/schema.ts';

const SOURCE = { seed: '000_88b275066dc75452.txt', line: 85, quote: 'не более 20 минут' };
const limit = (value: number, unit: Limit['unit'], extra: Partial<Limit> = {}): Limit => ({
  value,
  unit,
  countsFrom: 'stepStart',
  receiptDayNotCounted: false,
  issueDayNotCounted: false,
  source: SOURCE,
  ...extra,
});

describe('limitIsoDuration', () => {
  it.each([
    [10, 'calendarDays', 'P10D'],
    [1, 'months', 'P1M'],
  ] as const)('should write %s %s as %s', (value, unit, iso) => {
    expect(limitIsoDuration({ value, unit })).toBe(iso);
  });

  // ISO 8601 has no working day or working hour: P5D would tell a BPMN tool a wrong legal limit.
  it.each([
    [20, 'minutes'],
    [2, 'hours'],
    [5, 'workingDays'],
  ] as const)('should give no ISO duration for %s %s, which count working time', (value, unit) => {
    expect(limitIsoDuration({ value, unit })).toBeNull();
  });
});

describe('limitName', () => {
  it.each([
    [5, 'workingDays', 'Мерзімі: 5 жұмыс күні', 'Срок: 5 рабочих дней', 'Limit: 5 working days'],
    [20, 'minutes', 'Мерзімі: 20 минут (жұмыс уақыты)', 'Срок: 20 минут рабочего времени', 'Limit: 20 minutes of working time'],
    [1, 'months', 'Мерзімі: 1 ай', 'Срок: 1 месяц', 'Limit: 1 month'],
  ] as const)('should name a timer of %s %s in kk, ru and en', (value, unit, kk, ru, en) => {
    expect([limitName({ value, unit }, 'kk'), limitName({ value, unit }, 'ru'), limitName({ value, unit }, 'en')]).toEqual([kk, ru, en]);
  });
});

describe('limitText', () => {
  it.each([
    [1, 'minutes', '1 минут', '1 минута', '1 minute'],
    [3, 'hours', '3 сағат', '3 часа', '3 hours'],
    [5, 'workingDays', '5 жұмыс күні', '5 рабочих дней', '5 working days'],
    [22, 'workingDays', '22 жұмыс күні', '22 рабочих дня', '22 working days'],
    [11, 'calendarDays', '11 күнтізбелік күн', '11 календарных дней', '11 calendar days'],
    [21, 'calendarDays', '21 күнтізбелік күн', '21 календарный день', '21 calendar days'],
    [1, 'months', '1 ай', '1 месяц', '1 month'],
  ] as const)('should say %s %s in kk, ru and en', (value, unit, kk, ru, en) => {
    expect(limitText({ value, unit })).toEqual({ kk, ru, en });
  });
});

describe('limitDocumentation', () => {
  it('should say how a working-day limit counts and where it comes from', () => {
    const text = limitDocumentation(limit(5, 'workingDays', { countsFrom: 'caseRegistered', receiptDayNotCounted: true }), 'en');
    expect(text).toContain('Limit: 5 working days');
    expect(text).toContain('Kazakh working calendar');
    expect(text).toContain('from the registration of the application');
    expect(text).toContain('not counted');
    expect(text).toContain('Source: 000_88b275066dc75452.txt, line 85: «не более 20 минут»');
  });

  it('should give the note when the regulation gives no limit', () => {
    expect(limitDocumentation(null, 'ru', 'No transport time given.')).toBe('Срок в регламенте не указан. No transport time given.');
  });

  it('should not double a full stop when joining sentences', () => {
    expect(joinSentences(['Refused.', undefined, 'Source: x'])).toBe('Refused. Source: x');
  });
});
