import { formatText, type Text } from '../i18n/text.ts';
import type { Act } from './schema.ts';
import { labelTables } from '../i18n/label-tables.ts';
import labelData from './in-force-interval.labels.json' with { type: 'json' };

/** The kk/ru/en texts of this module are data: in-force-interval.labels.json (checked on load by labelTables). */
const labels = labelTables(labelData, 'in-force-interval.labels.json');

/**
 * When an act applies, as the law states it: the act's rule ("10 calendar days after the first official
 * publication", seed 001 line 50), the dates the seeds give (adoption, justice registration, publication where known)
 * and the interval they allow. Every end of the interval is a range of days — earliest and latest possible — because
 * the seeds give no publication date for any act: a start or end is exact only where a source fixes its day.
 *
 * Pure: dates are civil dates (YYYY-MM-DD) in Kazakhstan; nothing here reads the clock.
 */

/**
 * Qyzmet's assumption, not the seeds': how late an act is first published. The seeds only oblige the akimat to send
 * the act for publication within ten calendar days after its state registration (seed 000 line 41, ru line 503);
 * Qyzmet presumes the first publication no later than 30 calendar days after registration and, where the registration
 * date is unknown too (the repealing acts), no later than 60 days after adoption (the four seed acts were registered
 * 14–30 days after adoption: seed 000 line 3, seed 001 line 9, seed 002 line 9, seed 003 lines 5–6). An answer that
 * relies on it is marked `presumed`; entering the real publication date in the act makes it exact.
 */
export const PUBLICATION_WINDOW = { daysAfterRegistration: 30, daysAfterAdoption: 60 } as const;

/** Where the rule is unknown (seed 002 line 11, seed 004), the rule of every other act in the seeds is presumed. */
const PRESUMED_DAYS_AFTER_PUBLICATION = 10;

export type EntryRule = Act['entryIntoForce']['rule'];

export type BoundBasis =
  /** a source fixes the day (publication or effective date known). */
  | 'known'
  /** counted from the justice registration: publication cannot precede it. */
  | 'fromRegistration'
  /** counted from the act's adoption (registration unknown). */
  | 'fromAdoption'
  /** the seed holds no act (seed 004): only a lower bound is known. */
  | 'noActInSeed';

/** One end of the interval: the change happens on a day between `earliest` and `latest` (null: no upper bound). */
export interface IntervalEnd {
  readonly earliest: string;
  readonly latest: string | null;
  /** True where a source fixes the day (earliest = latest from known dates). */
  readonly exact: boolean;
  /** True where `latest` rests on PUBLICATION_WINDOW (a presumption, not a fact of the seeds). */
  readonly latestPresumed: boolean;
  readonly basis: BoundBasis;
  readonly explanation: Text;
}

export interface InForceInterval {
  /** The act's entry-into-force rule, in words. */
  readonly rule: { readonly code: EntryRule; readonly days: number | null; readonly text: Text };
  readonly knownDates: { readonly adoptedOn: string; readonly registeredOn: string | null; readonly firstPublishedOn: string | null; readonly placeholder: boolean };
  /** The first day the act applies. */
  readonly start: IntervalEnd;
  /** The first day it no longer applies; null where no repeal is known and the act is known (open-ended). */
  readonly end: IntervalEnd | null;
}

export type InForceStatus = 'inForce' | 'notInForce' | 'uncertain';

export type InForceReasonCode = 'beforeEarliestStart' | 'startUncertain' | 'inForce' | 'endUncertain' | 'repealed';

/** The answer for one day, with its reason in words. */
export interface InForceAnswer {
  readonly status: InForceStatus;
  readonly reasonCode: InForceReasonCode;
  /** The answer rests on PUBLICATION_WINDOW (the boundary it passed is presumed, not known). */
  readonly presumed: boolean;
  readonly reason: Text;
}

const DAY_MS = 86_400_000;

export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

const RULE_TEXT: Readonly<Record<EntryRule, Text>> = labels.ruleText;

export function ruleText(rule: EntryRule, days: number | undefined): Text {
  return formatText(RULE_TEXT[rule], { days: days ?? '?' });
}

/** Days from the (first) publication to the first day of application: the N days count from the day after it. */
function offsetAfterPublication(rule: EntryRule, days: number | undefined): { offset: number; presumed: boolean } {
  switch (rule) {
    case 'onFirstPublication':
      return { offset: 0, presumed: false };
    case 'calendarDaysAfterFirstPublication':
    case 'calendarDaysAfterPublication':
      return days === undefined ? { offset: PRESUMED_DAYS_AFTER_PUBLICATION + 1, presumed: true } : { offset: days + 1, presumed: false };
    case 'onRegistration':
    case 'unknown':
      // Unknown: it can apply as early as publication, and is presumed to follow the seeds' usual ten days at the latest.
      return { offset: PRESUMED_DAYS_AFTER_PUBLICATION + 1, presumed: true };
  }
}

interface Publication {
  readonly earliest: string;
  readonly latest: string;
  readonly exact: boolean;
  readonly basis: 'known' | 'fromRegistration' | 'fromAdoption';
}

function publicationBounds(adoptedOn: string, registeredOn: string | null, publishedOn: string | null): Publication {
  if (publishedOn) return { earliest: publishedOn, latest: publishedOn, exact: true, basis: 'known' };
  if (registeredOn) return { earliest: registeredOn, latest: addDays(registeredOn, PUBLICATION_WINDOW.daysAfterRegistration), exact: false, basis: 'fromRegistration' };
  return { earliest: adoptedOn, latest: addDays(adoptedOn, PUBLICATION_WINDOW.daysAfterAdoption), exact: false, basis: 'fromAdoption' };
}

interface Reading {
  readonly rule: EntryRule;
  readonly days?: number | undefined;
}

/** The days an act applies from, over every reading of its rule (two where the seed's languages disagree). */
function applicationBounds(readings: readonly Reading[], adoptedOn: string, registeredOn: string | null, publishedOn: string | null) {
  const publication = publicationBounds(adoptedOn, registeredOn, publishedOn);
  const lows: string[] = [];
  const highs: string[] = [];
  let rulePresumed = false;
  let usesPublication = false;
  for (const reading of readings) {
    if (reading.rule === 'onRegistration' && registeredOn) {
      lows.push(registeredOn);
      highs.push(registeredOn);
      continue;
    }
    const { offset, presumed } = offsetAfterPublication(reading.rule, reading.days);
    rulePresumed ||= presumed;
    usesPublication = true;
    lows.push(reading.rule === 'unknown' ? publication.earliest : addDays(publication.earliest, offset));
    highs.push(addDays(publication.latest, offset));
  }
  const earliest = lows.sort()[0] ?? adoptedOn;
  const latest = highs.sort().at(-1) ?? adoptedOn;
  const publicationKnown = publication.exact || !usesPublication;
  const exact = publicationKnown && !rulePresumed && earliest === latest;
  return { earliest, latest, exact, latestPresumed: !publicationKnown || rulePresumed, basis: publicationKnown ? ('known' as const) : publication.basis };
}

/** An end of the interval at the bounds applicationBounds found, with the words that explain it. */
function intervalEnd(bounds: ReturnType<typeof applicationBounds>, explanation: Text): IntervalEnd {
  return { earliest: bounds.earliest, latest: bounds.latest, exact: bounds.exact, latestPresumed: !bounds.exact && bounds.latestPresumed, basis: bounds.basis, explanation };
}

const T = labels.intervalTexts satisfies Record<string, Text>;

/** The interval an act applies, from its data. */
export function inForceInterval(version: { readonly act: Act }): InForceInterval {
  const { act } = version;
  const { rule, days, firstPublicationDate } = act.entryIntoForce;
  const registeredOn = act.justiceRegistration?.date ?? null;
  const knownDates = { adoptedOn: act.date, registeredOn, firstPublishedOn: firstPublicationDate, placeholder: act.placeholder };
  const ruleInfo = { code: rule, days: days ?? null, text: ruleText(rule, days) };

  if (act.placeholder) {
    const start: IntervalEnd = { earliest: act.date, latest: null, exact: false, latestPresumed: false, basis: 'noActInSeed', explanation: formatText(T.startNoAct, { from: act.date }) };
    const end: IntervalEnd = { earliest: act.date, latest: null, exact: false, latestPresumed: false, basis: 'noActInSeed', explanation: T.endNoAct };
    return { rule: ruleInfo, knownDates, start, end };
  }

  const s = applicationBounds([{ rule, days }], act.date, registeredOn, firstPublicationDate);
  const startText = rule === 'onRegistration' && registeredOn ? T.startOnRegistration : s.basis === 'known' ? T.startKnown : s.basis === 'fromRegistration' ? T.startFromRegistration : T.startFromAdoption;
  const start = intervalEnd(s, formatText(startText, { published: firstPublicationDate ?? '', registered: registeredOn ?? '', from: s.earliest, to: s.latest }));

  const repeal = act.repealedBy;
  if (!repeal) return { rule: ruleInfo, knownDates, start, end: null };
  if (repeal.effectiveFrom) {
    const end: IntervalEnd = {
      earliest: repeal.effectiveFrom,
      latest: repeal.effectiveFrom,
      exact: true,
      latestPresumed: false,
      basis: 'known',
      explanation: formatText(T.endKnown, { number: repeal.number, date: repeal.date, from: repeal.effectiveFrom }),
    };
    return { rule: ruleInfo, knownDates, start, end };
  }
  const e = applicationBounds(repeal.entryIntoForce, repeal.date, repeal.registeredOn, repeal.firstPublicationDate);
  const readings = repeal.entryIntoForce.map((r) => ruleText(r.rule, r.days));
  const joined: Text = { kk: readings.map((r) => r.kk).join(' / '), ru: readings.map((r) => r.ru).join(' / '), en: readings.map((r) => r.en).join(' / ') };
  // The repeal's entry into force in each language's words: formatText takes rule_kk, rule_ru and rule_en per language.
  const end = intervalEnd(e, formatText(T.endRange, { number: repeal.number, date: repeal.date, rule_kk: joined.kk, rule_ru: joined.ru, rule_en: joined.en, from: e.earliest, to: e.latest }));
  return { rule: ruleInfo, knownDates, start, end };
}

const REASON: Readonly<Record<InForceReasonCode | 'inForceOpen', Text>> = labels.reason;

const PRESUMED_NOTE: Text = labels.presumedNote;
const OPEN: Text = labels.open;

function reason(code: InForceReasonCode | 'inForceOpen', presumed: boolean, values: { day: string; from: string | null; to: string | null }): Text {
  const pick = (lang: keyof Text) => {
    const filled = formatText(REASON[code], { day: values.day, from: values.from ?? OPEN[lang], to: values.to ?? OPEN[lang] })[lang];
    return presumed ? filled.replace(/\.$/, `${PRESUMED_NOTE[lang]}.`) : filled;
  };
  return { kk: pick('kk'), ru: pick('ru'), en: pick('en') };
}

/** Whether the act applies on a civil day: "in force", "not in force" or "uncertain on this date", with the reason. */
export function inForceOn(interval: InForceInterval, day: string): InForceAnswer {
  const { start, end } = interval;
  if (day < start.earliest) {
    return { status: 'notInForce', reasonCode: 'beforeEarliestStart', presumed: false, reason: reason('beforeEarliestStart', false, { day, from: start.earliest, to: null }) };
  }
  if (start.latest === null || day < start.latest) {
    return { status: 'uncertain', reasonCode: 'startUncertain', presumed: false, reason: reason('startUncertain', false, { day, from: start.earliest, to: start.latest }) };
  }
  if (end && end.latest !== null && day >= end.latest) {
    return { status: 'notInForce', reasonCode: 'repealed', presumed: end.latestPresumed, reason: reason('repealed', end.latestPresumed, { day, from: null, to: end.latest }) };
  }
  if (end && day >= end.earliest) {
    return { status: 'uncertain', reasonCode: 'endUncertain', presumed: false, reason: reason('endUncertain', false, { day, from: end.earliest, to: end.latest }) };
  }
  return { status: 'inForce', reasonCode: 'inForce', presumed: start.latestPresumed, reason: reason(end ? 'inForce' : 'inForceOpen', start.latestPresumed, { day, from: start.latest, to: end?.earliest ?? null }) };
}
