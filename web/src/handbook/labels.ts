import type { RegulationSummary } from '../api/types.ts';
import type { I18n } from '../i18n/I18nProvider.tsx';

export const regionLabel = (i18n: I18n, region: string) => i18n.tDynamic(`supervision.region.${region}`, region);
export const diffStatusLabel = (i18n: I18n, status: string) => i18n.tDynamic(`handbook.compare.status.${status}`, status);

/**
 * The catalog writes "unknown" where the act's number is not in the text of the regulation (e.g.
 * regulations/akmola-undated-active-employment-referral.json line 29); the reader is told so instead of "№ unknown".
 */
const ACT_NUMBER_NOT_GIVEN = 'unknown';
const numberGiven = (number: string) => number.trim() !== '' && number !== ACT_NUMBER_NOT_GIVEN;

/** The act of a version: "№ 231 of 2017-…" or, without a number, its date and an honest "number not given". */
export const actLabel = (i18n: I18n, act: { readonly number: string; readonly date: string }) =>
  numberGiven(act.number) ? i18n.t('handbook.list.actValue', { number: act.number, date: act.date }) : i18n.t('handbook.list.actValueNoNumber', { date: act.date });

/** A version by its region and act (`region` already in the reader's language). */
export const versionSideLabel = (i18n: I18n, region: string, act: { readonly number: string; readonly date: string }) =>
  numberGiven(act.number)
    ? i18n.t('handbook.compare.versionLabel', { region, number: act.number, date: act.date })
    : i18n.t('handbook.compare.versionLabelNoNumber', { region, date: act.date });

/** A version in a list of versions of one service: its region and act. */
export const versionLabel = (i18n: I18n, r: RegulationSummary) => versionSideLabel(i18n, regionLabel(i18n, r.region), r.act);

/** Versions sorted by region, then service name, then act date, for stable lists. */
export function sortVersions(i18n: I18n, list: readonly RegulationSummary[]): RegulationSummary[] {
  return [...list].sort(
    (a, b) =>
      regionLabel(i18n, a.region).localeCompare(regionLabel(i18n, b.region)) ||
      i18n.text(a.serviceName).localeCompare(i18n.text(b.serviceName)) ||
      a.act.date.localeCompare(b.act.date),
  );
}

type InForceInterval = RegulationSummary['inForce'];
type IntervalEnd = InForceInterval['start'];

/** One end of the interval in force: a day where a source fixes it, else `earliest … latest` (`*` presumed, `?` unbounded). */
export function intervalEndLabel(end: IntervalEnd): string {
  if (end.exact) return end.earliest;
  return `${end.earliest} … ${end.latest === null ? '?' : `${end.latest}${end.latestPresumed ? '*' : ''}`}`;
}

/** The interval in force in one line for the list of versions. */
export function inForceLabel(i18n: I18n, interval: InForceInterval): string {
  const from = intervalEndLabel(interval.start);
  return interval.end ? i18n.t('handbook.list.inForceRange', { from, to: intervalEndLabel(interval.end) }) : i18n.t('handbook.list.inForceOpen', { from });
}
