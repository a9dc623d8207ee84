import { AppError } from '../../../core/errors/app-error.ts';
import { cardForReferral, measureOfResult } from '../../../core/registries/labour-market.ts';
import { numberField, recorded, textField, type EffectOutcome, type RegistryWork } from './registry-work.ts';

/*
 * The executor's registrations in the "Labour market" / "Employment" AIS. Only a positive decision writes: a refusal
 * changes no card.
 */

/** Job-seeker registration (seed 000; seed 003 regulation 1): the executor enters the applicant's data in the AIS. */
export async function registerJobSeeker(work: RegistryWork): Promise<EffectOutcome> {
  if (work.decision?.outcome !== 'positive') return {};
  const form = work.state.formData;
  const { card, created } = await work.registries.labourMarket(work.tx).registerJobSeeker({
    iin: work.state.applicant.iin,
    providerId: work.provider.id,
    caseId: work.state.id,
    registeredOn: work.today,
    desiredOccupation: textField(form, 'desired-position', 'desired-occupation'),
    educationLevel: textField(form, 'education-level'),
    experienceYears: numberField(form, 'experience-years'),
  });
  return recorded(work, created ? 'jobSeekerRegistered' : 'jobSeekerUpdated', card.id);
}

/** Registration as unemployed: opens the unemployed card (one open card per person). */
export async function registerUnemployed(work: RegistryWork): Promise<EffectOutcome> {
  if (work.decision?.outcome !== 'positive') return {};
  const card = await work.registries.labourMarket(work.tx).openUnemployedCard({
    iin: work.state.applicant.iin,
    providerId: work.provider.id,
    caseId: work.state.id,
    registeredOn: work.today,
  });
  return recorded(work, 'unemployedRegistered', card.id);
}

/** A referral to an active measure, issued on the person's card; without a card it is refused (seed 003 line 399). */
export async function issueReferral(work: RegistryWork): Promise<EffectOutcome> {
  if (work.decision?.outcome !== 'positive') return {};
  const measure = measureOfResult(work.decision.resultId);
  if (!measure) throw new AppError('REGULATION_INVALID', `${work.regulation.id}: result ${work.decision.resultId} is not a referral-<measure>`);
  const labourMarket = work.registries.labourMarket(work.tx);
  const iin = work.state.applicant.iin;
  const card = cardForReferral(await labourMarket.openCards(iin));
  if (!card) throw new AppError('REFERRAL_NEEDS_CARD', `${iin} has no job-seeker or unemployed card`, { iin });
  const referral = await labourMarket.issueReferral({ iin, providerId: work.provider.id, caseId: work.state.id, measure, card, issuedOn: work.today });
  return recorded(work, 'referralIssued', referral.id);
}
