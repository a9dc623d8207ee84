import type { AmendmentRecord } from './catalog-records.ts';
import type { Act, RegionCode, Regulation } from './schema.ts';

/**
 * Which regulation version governs an application: the one in force for its region (and district) and service at
 * the moment it is filed. Pure: the moment comes in as a parameter, never from the clock.
 *
 * Dates in the acts are civil dates in Kazakhstan; a moment is turned into the civil date of the given UTC offset
 * (default UTC+5, the offset of the whole country since 2024; pass +6 for most regions' historical dates).
 */

/** How the first day in force was found. Every basis except `publicationPlusDays`/`registration` is an estimate. */
export type StartBasis =
  /** entry into force N calendar days after the known (first) publication. */
  | 'publicationPlusDays'
  /** the act enters into force on its state registration. */
  | 'registration'
  /** the publication date is unknown: the justice registration date stands in (estimated). */
  | 'registrationFallback'
  /** neither publication nor registration is known: the act's own date stands in (estimated). */
  | 'actDateFallback';

export type EndBasis =
  /** the repealing act's known effective date. */
  | 'repealEffective'
  /** the repealing act's effective date is unknown: its adoption date stands in (estimated). */
  | 'repealDateFallback';

/** The civil dates a version is in force: from `startsOn` (inclusive) until `endsOn` (exclusive; null = open). */
export interface InForcePeriod {
  readonly startsOn: string;
  readonly startEstimated: boolean;
  readonly startBasis: StartBasis;
  readonly endsOn: string | null;
  readonly endEstimated: boolean;
  readonly endBasis: EndBasis | null;
}

export interface VersionQuery {
  readonly region: RegionCode;
  /** The district of the application; district acts (seed 002, Tainsha) apply only there. */
  readonly district?: string;
  readonly serviceCode: string;
  readonly at: Date;
  /** Offset of the region's civil time from UTC, in minutes; default 300 (UTC+5). */
  readonly utcOffsetMinutes?: number;
}

export interface CandidateVersion {
  readonly regulationId: string;
  readonly period: InForcePeriod;
}

export type NoneInForceReason =
  /** no version of this service exists for the region (and district). */
  | 'neverExisted'
  /** versions exist, but the earliest starts after the moment. */
  | 'notYetInForce'
  /** every version that had started has been repealed by the moment (any later one has not started yet). */
  | 'repealed'
  /** the version in force is known only from the act that amended it; its text is not in the catalog. */
  | 'textNotInCatalog';

export type VersionResolution =
  | {
      readonly status: 'inForce';
      readonly regulation: Regulation;
      readonly period: InForcePeriod;
      /** Other versions in force at the same moment that lost to a later act. */
      readonly superseded: readonly CandidateVersion[];
    }
  | {
      readonly status: 'noneInForce';
      readonly reason: NoneInForceReason;
      /** A readable explanation for logs and the applicant's error message. */
      readonly message: string;
      /** The versions of this service in the region, with their periods (empty when none existed). */
      readonly candidates: readonly CandidateVersion[];
      /** With reason `textNotInCatalog`: the record of the amended version in force. */
      readonly amendmentRecord?: AmendmentRecord;
      /** With reason `textNotInCatalog`: its period in force. */
      readonly period?: InForcePeriod;
    };

const DAY_MS = 86_400_000;
const DEFAULT_UTC_OFFSET_MINUTES = 5 * 60;

function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function civilDate(at: Date, utcOffsetMinutes: number): string {
  return new Date(at.getTime() + utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
}

/**
 * The period a version is in force, from its act.
 *
 * Start: "put into effect after N calendar days following the (first) official publication" counts the N days from the
 * day after publication, so the act applies from publication + N + 1 (Civil Code art. 179-180 reckoning). Where the
 * publication date is unknown, the justice registration date stands in, and failing that the act's date; both are
 * marked estimated. End: the repealing act's effective date, else its adoption date (estimated).
 */
export function inForcePeriod(version: { readonly act: Act }): InForcePeriod {
  const { act } = version;
  const { rule, days = 0, firstPublicationDate } = act.entryIntoForce;
  const registeredOn = act.justiceRegistration?.date ?? null;

  let start: Pick<InForcePeriod, 'startsOn' | 'startEstimated' | 'startBasis'>;
  if (rule === 'onRegistration' && registeredOn) {
    start = { startsOn: registeredOn, startEstimated: false, startBasis: 'registration' };
  } else if (rule !== 'onRegistration' && firstPublicationDate) {
    start = { startsOn: addDays(firstPublicationDate, days + 1), startEstimated: false, startBasis: 'publicationPlusDays' };
  } else if (registeredOn) {
    start = { startsOn: registeredOn, startEstimated: true, startBasis: 'registrationFallback' };
  } else {
    start = { startsOn: act.date, startEstimated: true, startBasis: 'actDateFallback' };
  }

  const repeal = act.repealedBy;
  if (!repeal) return { ...start, endsOn: null, endEstimated: false, endBasis: null };
  return repeal.effectiveFrom
    ? { ...start, endsOn: repeal.effectiveFrom, endEstimated: false, endBasis: 'repealEffective' }
    : { ...start, endsOn: repeal.date, endEstimated: true, endBasis: 'repealDateFallback' };
}

/** Later act first: by act date, then justice registration date, then id (so the choice never depends on file order). */
type Version = Pick<Regulation, 'id' | 'act' | 'region' | 'district'> & { readonly service: { readonly code: string } };

function laterActFirst(a: Version, b: Version): number {
  const byDate = b.act.date.localeCompare(a.act.date);
  if (byDate !== 0) return byDate;
  const byRegistration = (b.act.justiceRegistration?.date ?? '').localeCompare(a.act.justiceRegistration?.date ?? '');
  return byRegistration !== 0 ? byRegistration : b.id.localeCompare(a.id);
}

function appliesTo(regulation: Version, query: VersionQuery): boolean {
  if (regulation.region !== query.region || regulation.service.code !== query.serviceCode) return false;
  return regulation.district === undefined || regulation.district === query.district;
}

function where(query: VersionQuery): string {
  return `${query.serviceCode} in ${query.region}${query.district ? `/${query.district}` : ''}`;
}

/** Finds the version in force for a region, service and moment; the later act wins where versions overlap. */
export function resolveVersion(
  regulations: readonly Regulation[],
  query: VersionQuery,
  amendmentRecords: readonly AmendmentRecord[] = [],
): VersionResolution {
  const day = civilDate(query.at, query.utcOffsetMinutes ?? DEFAULT_UTC_OFFSET_MINUTES);
  const tagged: Array<{ regulation: Version; executable: Regulation | null; record: AmendmentRecord | null }> = [
    ...regulations.map((r) => ({ regulation: r, executable: r, record: null })),
    ...amendmentRecords.map((r) => ({ regulation: r, executable: null, record: r })),
  ];
  const versions = tagged
    .filter((v) => appliesTo(v.regulation, query))
    .sort((a, b) => laterActFirst(a.regulation, b.regulation))
    .map((v) => ({ ...v, period: inForcePeriod(v.regulation) }));
  const candidates = versions.map(({ regulation, period }) => ({ regulationId: regulation.id, period }));

  if (candidates.length === 0) {
    return { status: 'noneInForce', reason: 'neverExisted', message: `no regulation of ${where(query)} is known`, candidates };
  }
  const inForce = versions.filter(({ period }) => period.startsOn <= day && (period.endsOn === null || day < period.endsOn));
  const [winner, ...losers] = inForce;
  if (winner?.executable) {
    const superseded = losers.map(({ regulation, period }) => ({ regulationId: regulation.id, period }));
    return { status: 'inForce', regulation: winner.executable, period: winner.period, superseded };
  }
  if (winner?.record) {
    // The later act wins as for executable versions: a version whose text we lack is still the one in force.
    return {
      status: 'noneInForce',
      reason: 'textNotInCatalog',
      message: `${where(query)} on ${day} is governed by the version amended by act ${winner.record.act.number} of ${winner.record.act.date} (${winner.record.id}); its text is not in the catalog`,
      candidates,
      amendmentRecord: winner.record,
      period: winner.period,
    };
  }
  const lastEnd = candidates
    .map(({ period }) => period.endsOn)
    .filter((end): end is string => end !== null && end <= day)
    .sort()
    .at(-1);
  if (lastEnd) {
    return {
      status: 'noneInForce',
      reason: 'repealed',
      message: `every regulation of ${where(query)} in force before ${day} was repealed (the last on ${lastEnd})`,
      candidates,
    };
  }
  const firstStart = candidates.map(({ period }) => period.startsOn).sort()[0] ?? '?';
  return {
    status: 'noneInForce',
    reason: 'notYetInForce',
    message: `no regulation of ${where(query)} is in force on ${day}; the first starts on ${firstStart}`,
    candidates,
  };
}
