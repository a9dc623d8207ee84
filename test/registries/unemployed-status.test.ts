import { describe, expect, it } from 'vitest';
import type { RegistryRecord } from '../../src/core/ports/registry-records.ts';
import type { Referral, UnemployedCard } from '../../src/core/registries/labour-market.ts';
import { currentStatusPeriod, unemployedStatusForPeriod } from '../../src/core/registries/unemployed-status.ts';

const card = (registeredOn: string, deregisteredOn: string | null = null): UnemployedCard => ({
  id: `card-${registeredOn}`,
  iin: '880515300120',
  providerId: 'p',
  caseId: null,
  registeredOn,
  deregisteredOn,
  deregistrationReason: deregisteredOn ? 'employed' : null,
});
const referral = (measure: Referral['measure'], issuedOn: string, outcome: Referral['outcome'], outcomeOn: string | null = null): Referral => ({
  id: `${measure}-${issuedOn}`,
  iin: '880515300120',
  providerId: 'p',
  caseId: null,
  measure,
  cardKind: 'unemployed',
  cardId: 'c',
  issuedOn,
  outcome,
  outcomeOn,
});
const assistance = (kind: string, validFrom: string, validTo: string, outcome: 'positive' | 'refusal' = 'positive') =>
  ({ kind, outcome, validFrom, validTo }) as RegistryRecord;

const PERIOD = { from: '2026-03-01', to: '2026-05-31' };

describe('certificate of unemployed status for a period (seed 002, annex 5)', () => {
  it('should name the card in force during the period, or none when the person was not registered then', () => {
    expect(unemployedStatusForPeriod(PERIOD, [card('2025-01-10', '2026-02-01'), card('2026-04-15')], [], []).card).toMatchObject({ registeredOn: '2026-04-15' });
    expect(unemployedStatusForPeriod(PERIOD, [card('2025-01-10', '2026-02-28')], [], []).card).toBeNull();
    expect(unemployedStatusForPeriod(PERIOD, [card('2025-01-10', '2026-03-01')], [], []).card).toMatchObject({ deregisteredOn: '2026-03-01' });
  });

  it('should flag public or social works only for referrals the person took part in during the period', () => {
    const flags = (referrals: Referral[]) => unemployedStatusForPeriod(PERIOD, [card('2026-01-01')], referrals, []).publicOrSocialWorks;
    expect(flags([referral('public-works', '2026-03-10', 'started', '2026-03-12')])).toBe(true);
    expect(flags([referral('social-jobs', '2026-01-10', 'completed', '2026-03-05')])).toBe(true);
    expect(flags([referral('public-works', '2026-01-10', 'completed', '2026-02-20')])).toBe(false);
    expect(flags([referral('public-works', '2026-03-10', 'pending')])).toBe(false);
    expect(flags([referral('public-works', '2026-03-10', 'declined', '2026-03-11')])).toBe(false);
    expect(flags([referral('public-works', '2026-06-01', 'started', '2026-06-02')])).toBe(false);
    expect(flags([referral('employment', '2026-03-10', 'employed', '2026-03-20')])).toBe(false);
  });

  it('should flag training or youth practice, and TSA or housing assistance in force during the period', () => {
    const status = unemployedStatusForPeriod(
      PERIOD,
      [card('2026-01-01')],
      [referral('youth-practice', '2026-02-01', 'started', '2026-02-03')],
      [assistance('housing-assistance', '2026-05-01', '2026-10-31'), assistance('child-benefit-assignment', '2026-01-01', '2026-12-31')],
    );
    expect(status).toMatchObject({ trainingOrYouthPractice: true, socialOrHousingAssistance: true, publicOrSocialWorks: false });
    const refused = unemployedStatusForPeriod(PERIOD, [card('2026-01-01')], [], [assistance('tsa-assignment', '2026-01-01', '2026-12-31', 'refusal')]);
    expect(refused.socialOrHousingAssistance).toBe(false);
  });

  it('should take the open registration up to today as the period when the applicant names none', () => {
    expect(currentStatusPeriod([card('2025-01-10', '2025-06-01'), card('2026-04-15')], '2026-11-24')).toEqual({ from: '2026-04-15', to: '2026-11-24' });
    expect(currentStatusPeriod([card('2025-01-10', '2025-06-01')], '2026-11-24')).toBeNull();
  });
});
