import type { StaffMember } from '../../core/org/staff-member.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { DATE_REASONS, fieldRefusal } from '../../core/errors/validation-reasons.ts';
import type { DeregistrationReason, Referral, ReferralOutcome, UnemployedCard } from '../../core/registries/labour-market.ts';
import { localDateIn } from '../../core/registries/local-date.ts';
import type { AppContext } from '../app-context.ts';
import { registriesOf } from './registries.ts';
import { assertKeepsRecord } from './registry-access.ts';

/** A date the staff member gives, or today in their region; never in the future. */
function effectiveDate(app: AppContext, staff: StaffMember, given: string | undefined, field: string): string {
  const today = localDateIn(staff.region ?? '', app.clock());
  const date = given ?? today;
  if (date > today) throw fieldRefusal(field, DATE_REASONS.notAfter(today), `${field} ${date} is after ${today}`);
  return date;
}

/** Takes a person off the unemployed register: the card is closed with the date and the reason. */
export async function deregisterUnemployed(
  app: AppContext,
  staff: StaffMember,
  cardId: string,
  input: { readonly reason: DeregistrationReason; readonly deregisteredOn?: string },
): Promise<UnemployedCard> {
  return app.db.transaction(async (tx) => {
    const labourMarket = registriesOf(app).labourMarket(tx);
    const card = await labourMarket.findUnemployedCard(cardId);
    if (!card) throw new AppError('NOT_FOUND', `no unemployed card ${cardId}`, { what: cardId });
    assertKeepsRecord(staff, card.providerId);
    const on = effectiveDate(app, staff, input.deregisteredOn, 'body.deregisteredOn');
    if (on < card.registeredOn) {
      throw fieldRefusal('body.deregisteredOn', DATE_REASONS.notBefore(card.registeredOn), `deregistration ${on} before registration ${card.registeredOn}`);
    }
    return labourMarket.deregisterUnemployed(cardId, on, input.reason);
  });
}

/** Records what became of a referral (the person started, completed, was employed, declined or did not come). */
export async function recordReferralOutcome(
  app: AppContext,
  staff: StaffMember,
  referralId: string,
  input: { readonly outcome: Exclude<ReferralOutcome, 'pending'>; readonly outcomeOn?: string },
): Promise<Referral> {
  return app.db.transaction(async (tx) => {
    const labourMarket = registriesOf(app).labourMarket(tx);
    const referral = await labourMarket.findReferral(referralId);
    if (!referral) throw new AppError('NOT_FOUND', `no referral ${referralId}`, { what: referralId });
    assertKeepsRecord(staff, referral.providerId);
    const on = effectiveDate(app, staff, input.outcomeOn, 'body.outcomeOn');
    if (on < referral.issuedOn) {
      throw fieldRefusal('body.outcomeOn', DATE_REASONS.notBefore(referral.issuedOn), `outcome ${on} before issue ${referral.issuedOn}`);
    }
    return labourMarket.recordReferralOutcome(referralId, input.outcome, on);
  });
}
