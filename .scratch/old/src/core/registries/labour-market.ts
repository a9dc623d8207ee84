/**
 * What the "Labour market" (Kyzylorda, seed 003) / "Employment" (Zhambyl, seed 000) AIS keeps about a person:
 * job-seeker cards, unemployed cards and referrals to active employment measures. Dates are civil dates (YYYY-MM-DD)
 * in the provider's time zone.
 */

/**
 * The six active measures. Seeds 000 and 003 name four referral forms (employment, youth practice, social jobs, public
 * works); seed 004 adds training and career guidance (compare-referrals.md §2). Ids match the regulation result ids
 * `referral-<measure>`.
 */
export const REFERRAL_MEASURES = ['employment', 'youth-practice', 'social-jobs', 'public-works', 'training', 'career-guidance'] as const;
export type ReferralMeasure = (typeof REFERRAL_MEASURES)[number];

/**
 * What became of a referral. `pending` until the executor records an outcome; `started`, `completed` and `employed`
 * mean the person took part (what the unemployed certificate's flags count). Qyzmet's list: the seeds name none.
 */
export const REFERRAL_OUTCOMES = ['pending', 'started', 'completed', 'employed', 'declined', 'noShow'] as const;
export type ReferralOutcome = (typeof REFERRAL_OUTCOMES)[number];
export const PARTICIPATION_OUTCOMES: readonly ReferralOutcome[] = ['started', 'completed', 'employed'];

/**
 * Why an unemployed card is closed. The seeds do not list the grounds (they are in the Law "On employment of the
 * population"); Qyzmet's list, to be checked by an administrator.
 */
export const DEREGISTRATION_REASONS = [
  'employed',
  'ownRequest',
  'refusedSuitableJobs',
  'noShow',
  'movedAway',
  'pension',
  'imprisoned',
  'deceased',
  'falseData',
] as const;
export type DeregistrationReason = (typeof DEREGISTRATION_REASONS)[number];

export interface JobSeekerCard {
  readonly id: string;
  readonly iin: string;
  readonly providerId: string;
  readonly caseId: string | null;
  readonly registeredOn: string;
  readonly desiredOccupation: string | null;
  readonly educationLevel: string | null;
  readonly experienceYears: number | null;
  readonly closedOn: string | null;
  readonly closeReason: string | null;
}

export interface UnemployedCard {
  readonly id: string;
  readonly iin: string;
  readonly providerId: string;
  readonly caseId: string | null;
  readonly registeredOn: string;
  readonly deregisteredOn: string | null;
  readonly deregistrationReason: DeregistrationReason | null;
}

export type CardKind = 'jobSeeker' | 'unemployed';

export interface Referral {
  readonly id: string;
  readonly iin: string;
  readonly providerId: string;
  readonly caseId: string | null;
  readonly measure: ReferralMeasure;
  readonly cardKind: CardKind;
  readonly cardId: string;
  readonly issuedOn: string;
  readonly outcome: ReferralOutcome;
  readonly outcomeOn: string | null;
}

/** Everything the AIS holds about one person, oldest first. */
export interface LabourMarketHistory {
  readonly jobSeekerCards: readonly JobSeekerCard[];
  readonly unemployedCards: readonly UnemployedCard[];
  readonly referrals: readonly Referral[];
}

/** Result ids that name a measure differently (Akmola, seed 004: "vocational training", "vocational guidance"). */
const MEASURE_ALIASES: Readonly<Record<string, ReferralMeasure>> = {
  'vocational-training': 'training',
  'vocational-guidance': 'career-guidance',
};

/** The measure a referral result stands for (`referral-public-works` → `public-works`), or null. */
export function measureOfResult(resultId: string): ReferralMeasure | null {
  const measure = resultId.replace(/^referral-/, '');
  if (MEASURE_ALIASES[measure]) return MEASURE_ALIASES[measure];
  return (REFERRAL_MEASURES as readonly string[]).includes(measure) ? (measure as ReferralMeasure) : null;
}

/**
 * The card a referral is issued on. Seed 003 line 399 (referrals, Kyzylorda): the executor "checks that an individual
 * card as a job seeker or as an unemployed person exists" ("жұмыс іздеуші немесе жұмыссыз адам ретінде жеке картаның
 * болуын тексереді"). Seeds 000 and 004 state no such check; the AIS is national, so Qyzmet applies it to every
 * region. The unemployed card is preferred: it is the stronger status. Null: no card, the referral is refused.
 */
export function cardForReferral(open: { readonly jobSeeker: JobSeekerCard | null; readonly unemployed: UnemployedCard | null }): {
  readonly kind: CardKind;
  readonly id: string;
} | null {
  if (open.unemployed) return { kind: 'unemployed', id: open.unemployed.id };
  if (open.jobSeeker) return { kind: 'jobSeeker', id: open.jobSeeker.id };
  return null;
}
