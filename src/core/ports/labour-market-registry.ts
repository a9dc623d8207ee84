import type {
  DeregistrationReason,
  JobSeekerCard,
  LabourMarketHistory,
  Referral,
  ReferralMeasure,
  ReferralOutcome,
  UnemployedCard,
} from '../registries/labour-market.ts';

/** Who wrote a record: the provider and, when it came from a case, the case. */
export interface RecordOrigin {
  readonly providerId: string;
  readonly caseId: string | null;
}

/**
 * The "Labour market" / "Employment" AIS. Implementations work inside the caller's transaction, so a step's
 * registry write and the step itself happen together or not at all. An implementation that cannot reach the AIS
 * throws AppError REGISTRY_UNAVAILABLE (class `external`).
 */
export interface LabourMarketRegistry {
  /** Opens a job-seeker card, or updates the open one (`created: false`). */
  registerJobSeeker(
    input: RecordOrigin & {
      readonly iin: string;
      readonly registeredOn: string;
      readonly desiredOccupation: string | null;
      readonly educationLevel: string | null;
      readonly experienceYears: number | null;
    },
  ): Promise<{ readonly card: JobSeekerCard; readonly created: boolean }>;
  /** Opens an unemployed card; AppError UNEMPLOYED_CARD_ALREADY_OPEN when the person has one. */
  openUnemployedCard(input: RecordOrigin & { readonly iin: string; readonly registeredOn: string }): Promise<UnemployedCard>;
  deregisterUnemployed(cardId: string, deregisteredOn: string, reason: DeregistrationReason): Promise<UnemployedCard>;
  issueReferral(
    input: RecordOrigin & {
      readonly iin: string;
      readonly measure: ReferralMeasure;
      readonly card: { readonly kind: 'jobSeeker' | 'unemployed'; readonly id: string };
      readonly issuedOn: string;
    },
  ): Promise<Referral>;
  recordReferralOutcome(referralId: string, outcome: Exclude<ReferralOutcome, 'pending'>, outcomeOn: string): Promise<Referral>;
  findUnemployedCard(cardId: string): Promise<UnemployedCard | null>;
  findReferral(referralId: string): Promise<Referral | null>;
  /** The open cards of a person (at most one of each kind). */
  openCards(iin: string): Promise<{ readonly jobSeeker: JobSeekerCard | null; readonly unemployed: UnemployedCard | null }>;
  historyOf(iin: string): Promise<LabourMarketHistory>;
  /** The referral a case issued to this person, if any (one read; the sign step's document needs only this). */
  referralOfCase(iin: string, caseId: string): Promise<Referral | null>;
}
