import type { RegistryRecord } from '../ports/registry-records.ts';
import { PARTICIPATION_OUTCOMES, type ReferralMeasure, type Referral, type UnemployedCard } from './labour-market.ts';

/**
 * The certificate of unemployed status for a period (seed 002, annex 5): the date of registration as unemployed and
 * three yes/no flags —
 * - participation in public or social works (line 470, "Участие в общественных, социальных работах");
 * - vocational training, retraining or youth practice (line 478, "Прошел профессиональную подготовку … молодежную практику");
 * - targeted social assistance or housing assistance assigned (line 486, "Назначен(а) адресная социальная помощь, жилищная помощь").
 * The period is the applicant's (line 436, "за период с"). Dates are YYYY-MM-DD, compared as strings.
 */
export interface Period {
  readonly from: string;
  readonly to: string;
}

export interface UnemployedStatusForPeriod {
  readonly period: Period;
  /** The card in force during the period (the latest one if several), or null: not registered then. */
  readonly card: Pick<UnemployedCard, 'id' | 'registeredOn' | 'deregisteredOn' | 'deregistrationReason'> | null;
  readonly publicOrSocialWorks: boolean;
  readonly trainingOrYouthPractice: boolean;
  readonly socialOrHousingAssistance: boolean;
}

const WORKS: readonly ReferralMeasure[] = ['public-works', 'social-jobs'];
const TRAINING: readonly ReferralMeasure[] = ['training', 'youth-practice'];
/** Record kinds that count as targeted social or housing assistance. */
export const ASSISTANCE_KINDS = ['tsa-assignment', 'housing-assistance'] as const;

const overlaps = (from: string, to: string | null, period: Period) => from <= period.to && (to === null || to >= period.from);

/** A referral the person took part in: from its issue until it was completed (open-ended while under way). */
function tookPartDuring(referral: Referral, period: Period): boolean {
  if (!PARTICIPATION_OUTCOMES.includes(referral.outcome)) return false;
  const until = referral.outcome === 'completed' ? referral.outcomeOn : null;
  return overlaps(referral.issuedOn, until, period);
}

export function unemployedStatusForPeriod(
  period: Period,
  cards: readonly UnemployedCard[],
  referrals: readonly Referral[],
  assistance: readonly RegistryRecord[],
): UnemployedStatusForPeriod {
  const inForce = cards.filter((c) => overlaps(c.registeredOn, c.deregisteredOn, period)).sort((a, b) => a.registeredOn.localeCompare(b.registeredOn));
  const card = inForce.at(-1) ?? null;
  return {
    period,
    card: card ? { id: card.id, registeredOn: card.registeredOn, deregisteredOn: card.deregisteredOn, deregistrationReason: card.deregistrationReason } : null,
    publicOrSocialWorks: referrals.some((r) => WORKS.includes(r.measure) && tookPartDuring(r, period)),
    trainingOrYouthPractice: referrals.some((r) => TRAINING.includes(r.measure) && tookPartDuring(r, period)),
    socialOrHousingAssistance: assistance.some(
      (r) => (ASSISTANCE_KINDS as readonly string[]).includes(r.kind) && r.outcome === 'positive' && r.validFrom !== null && overlaps(r.validFrom, r.validTo, period),
    ),
  };
}

/** The period a certificate covers when the applicant names none: from the open card's registration to today. */
export function currentStatusPeriod(cards: readonly UnemployedCard[], today: string): Period | null {
  const open = cards.find((c) => c.deregisteredOn === null);
  return open ? { from: open.registeredOn, to: today } : null;
}
