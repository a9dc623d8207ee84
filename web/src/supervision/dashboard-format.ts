import { type I18n } from '../i18n/I18nProvider.tsx';
import { LOCALES } from '../i18n/languages.ts';

/** Colours and number formats of the supervision dashboard's charts and tables. */
export const COLOURS = ['#0b5394', '#b45f06', '#38761d', '#a4161a', '#674ea7', '#45818e'];
export const GRADE_COLOURS = { unsatisfactory: '#a4161a', partlySatisfactory: '#b58100', satisfactory: '#38761d' } as const;

/** Minutes and hours are working time (ARCHITECTURE.md), comparable with durations; days and months are not drawn. */
const MINUTES_OF_UNIT: Readonly<Record<string, number>> = { minutes: 1, hours: 60 };
export const limitMinutes = (limit: { value: number; unit: string } | null) => (limit && MINUTES_OF_UNIT[limit.unit] ? limit.value * MINUTES_OF_UNIT[limit.unit]! : null);

export function percent(i18n: I18n, rate: number | null): string {
  if (rate === null) return i18n.t('common.empty');
  return new Intl.NumberFormat(LOCALES[i18n.language], { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

export function number(i18n: I18n, value: number | null): string {
  if (value === null) return i18n.t('common.empty');
  return new Intl.NumberFormat(LOCALES[i18n.language], { maximumFractionDigits: 2 }).format(value);
}

export const questionLabel = (i18n: I18n, question: string) => i18n.tDynamic(`supervision.satisfaction.q.${question}`, question);
export const answerLabel = (i18n: I18n, answer: string) => i18n.tDynamic(`supervision.satisfaction.a.${answer}`, answer);

/** The supervisor's dashboard of a region: filters, load now, compliance, durations, channels, refusals, satisfaction. */
