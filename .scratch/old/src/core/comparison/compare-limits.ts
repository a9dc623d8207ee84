import { limitText } from '../bpmn/limit-text.ts';
import type { Text } from '../i18n/text.ts';
import type { Limit, RegulationStep } from '../regulation/schema.ts';
import type { LimitChange, LimitTotal, LimitView } from './comparison-schema.ts';
import { COMPARISON_LABELS } from './comparison-texts.ts';

const MINUTES_PER_HOUR = 60;

/** Minutes and hours are both working time (ARCHITECTURE.md), so they compare in working minutes. */
function workingMinutes(limit: Pick<Limit, 'value' | 'unit'>): number | null {
  if (limit.unit === 'minutes') return limit.value;
  if (limit.unit === 'hours') return limit.value * MINUTES_PER_HOUR;
  return null;
}

export function limitView(limit: Limit | null): LimitView | null {
  if (limit === null) return null;
  return { value: limit.value, unit: limit.unit, text: limitText(limit), workingMinutes: workingMinutes(limit) };
}

/** How the right limit stands to the left one. */
export function compareLimits(left: Limit | null, right: Limit | null): LimitChange {
  if (left === null && right === null) return 'neither';
  if (right === null) return 'onlyLeft';
  if (left === null) return 'onlyRight';
  const leftMinutes = workingMinutes(left);
  const rightMinutes = workingMinutes(right);
  const [a, b] = leftMinutes !== null && rightMinutes !== null ? [leftMinutes, rightMinutes] : left.unit === right.unit ? [left.value, right.value] : [null, null];
  if (a === null || b === null) return 'otherUnit';
  return a === b ? 'same' : b > a ? 'longer' : 'shorter';
}

/** "50 minutes", "2 hours", "5 hours 50 minutes". */
function minutesText(minutes: number): Text {
  const hours = Math.floor(minutes / MINUTES_PER_HOUR);
  const rest = minutes - hours * MINUTES_PER_HOUR;
  const parts = [...(hours > 0 ? [limitText({ value: hours, unit: 'hours' })] : []), ...(rest > 0 || hours === 0 ? [limitText({ value: rest, unit: 'minutes' })] : [])];
  return { kk: parts.map((p) => p.kk).join(' '), ru: parts.map((p) => p.ru).join(' '), en: parts.map((p) => p.en).join(' ') };
}

/** The sum of the steps' limits, kept apart by how each unit counts: "30 minutes", "7 working days + 1 hour". */
export function limitTotal(steps: readonly RegulationStep[]): LimitTotal {
  const sum = (unit: Limit['unit']) => steps.reduce((total, s) => total + (s.limit?.unit === unit ? s.limit.value : 0), 0);
  const minutes = steps.reduce((total, s) => total + (s.limit ? (workingMinutes(s.limit) ?? 0) : 0), 0);
  const totals = { workingDays: sum('workingDays'), calendarDays: sum('calendarDays'), months: sum('months') };
  const parts: Text[] = [
    ...(totals.months > 0 ? [limitText({ value: totals.months, unit: 'months' })] : []),
    ...(totals.calendarDays > 0 ? [limitText({ value: totals.calendarDays, unit: 'calendarDays' })] : []),
    ...(totals.workingDays > 0 ? [limitText({ value: totals.workingDays, unit: 'workingDays' })] : []),
    ...(minutes > 0 ? [minutesText(minutes)] : []),
  ];
  const join = (lang: keyof Text) => (parts.length > 0 ? parts.map((p) => p[lang]).join(' + ') : COMPARISON_LABELS.none[lang]);
  return {
    workingMinutes: minutes,
    ...totals,
    stepsWithoutLimit: steps.filter((s) => s.limit === null).length,
    text: { kk: join('kk'), ru: join('ru'), en: join('en') },
  };
}
