import type { AmendmentRecord } from './catalog-records.ts';
import type { Text } from '../i18n/text.ts';
import { inForceInterval, inForceOn, type InForceAnswer, type InForceInterval } from './in-force-interval.ts';
import type { RegionCode, Regulation } from './schema.ts';

/**
 * Which regulation version governs an application: the one in force for its region (and district) and service at
 * the moment it is filed. Pure: the moment comes in as a parameter, never from the clock.
 *
 * Dates in the acts are civil dates in Kazakhstan; a moment is turned into the civil date of the given UTC offset
 * (default UTC+5, the offset of the whole country since 2024; pass +6 for most regions' historical dates).
 */

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
  readonly interval: InForceInterval;
  /** Whether this version applies on the day asked, and why. */
  readonly answer: InForceAnswer;
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
      readonly interval: InForceInterval;
      readonly answer: InForceAnswer;
      /** True where the answer rests on Qyzmet's presumption of a publication date (in-force-interval.ts). */
      readonly presumed: boolean;
      readonly reason: Text;
      /** Other versions in force at the same moment that lost to a later act. */
      readonly superseded: readonly CandidateVersion[];
    }
  | {
      /** The governing version may or may not apply on this day: an end of its interval is not fixed by the seeds. */
      readonly status: 'uncertain';
      readonly regulation: Regulation | null;
      readonly amendmentRecord?: AmendmentRecord;
      readonly regulationId: string;
      readonly interval: InForceInterval;
      readonly answer: InForceAnswer;
      readonly reason: Text;
      readonly message: string;
      readonly candidates: readonly CandidateVersion[];
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
      /** With reason `textNotInCatalog`: its interval in force. */
      readonly interval?: InForceInterval;
    };

const DEFAULT_UTC_OFFSET_MINUTES = 5 * 60;

export function civilDate(at: Date, utcOffsetMinutes: number = DEFAULT_UTC_OFFSET_MINUTES): string {
  return new Date(at.getTime() + utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
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
  const day = civilDate(query.at, query.utcOffsetMinutes);
  const tagged: Array<{ regulation: Version; executable: Regulation | null; record: AmendmentRecord | null }> = [
    ...regulations.map((r) => ({ regulation: r, executable: r, record: null })),
    ...amendmentRecords.map((r) => ({ regulation: r, executable: null, record: r })),
  ];
  const versions = tagged
    .filter((v) => appliesTo(v.regulation, query))
    .sort((a, b) => laterActFirst(a.regulation, b.regulation))
    .map((v) => {
      const interval = inForceInterval(v.regulation);
      return { ...v, interval, answer: inForceOn(interval, day) };
    });
  const candidates: CandidateVersion[] = versions.map(({ regulation, interval, answer }) => ({ regulationId: regulation.id, interval, answer }));

  if (candidates.length === 0) {
    return { status: 'noneInForce', reason: 'neverExisted', message: `no regulation of ${where(query)} is known`, candidates };
  }
  // The later act decides: the first version (later act first) that applies or may apply on the day.
  const deciding = versions.find(({ answer }) => answer.status !== 'notInForce');
  if (deciding && deciding.answer.status === 'uncertain') {
    return {
      status: 'uncertain',
      regulation: deciding.executable,
      ...(deciding.record ? { amendmentRecord: deciding.record } : {}),
      regulationId: deciding.regulation.id,
      interval: deciding.interval,
      answer: deciding.answer,
      reason: deciding.answer.reason,
      message: `${where(query)} on ${day}: ${deciding.regulation.id} — ${deciding.answer.reason.en}`,
      candidates,
    };
  }
  if (deciding?.executable) {
    const superseded = candidates.filter((c) => c.regulationId !== deciding.regulation.id && c.answer.status === 'inForce');
    return { status: 'inForce', regulation: deciding.executable, interval: deciding.interval, answer: deciding.answer, presumed: deciding.answer.presumed, reason: deciding.answer.reason, superseded };
  }
  if (deciding?.record) {
    // The later act wins as for executable versions: a version whose text we lack is still the one in force.
    return {
      status: 'noneInForce',
      reason: 'textNotInCatalog',
      message: `${where(query)} on ${day} is governed by the version amended by act ${deciding.record.act.number} of ${deciding.record.act.date} (${deciding.record.id}); its text is not in the catalog`,
      candidates,
      amendmentRecord: deciding.record,
      interval: deciding.interval,
    };
  }
  const repealed = candidates.filter((c) => c.answer.reasonCode === 'repealed');
  if (repealed.length > 0) {
    const lastEnd = repealed.map((c) => c.interval.end?.latest ?? '').sort().at(-1);
    return {
      status: 'noneInForce',
      reason: 'repealed',
      message: `every regulation of ${where(query)} in force before ${day} was repealed (the last by ${lastEnd} at the latest)`,
      candidates,
    };
  }
  const firstStart = candidates.map(({ interval }) => interval.start.earliest).sort()[0] ?? '?';
  return {
    status: 'noneInForce',
    reason: 'notYetInForce',
    message: `no regulation of ${where(query)} is in force on ${day}; the earliest can start on ${firstStart}`,
    candidates,
  };
}
