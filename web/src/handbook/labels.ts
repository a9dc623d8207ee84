import type { RegulationSummary } from '../api/types.ts';
import type { I18n } from '../i18n/I18nProvider.tsx';

export const regionLabel = (i18n: I18n, region: string) => i18n.tDynamic(`supervision.region.${region}`, region);
export const diffStatusLabel = (i18n: I18n, status: string) => i18n.tDynamic(`handbook.compare.status.${status}`, status);

/** A version in a list of versions of one service: its region and act. */
export const versionLabel = (i18n: I18n, r: RegulationSummary) =>
  i18n.t('handbook.compare.versionLabel', { region: regionLabel(i18n, r.region), number: r.act.number, date: r.act.date });

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
