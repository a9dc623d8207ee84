import type { Representative } from '../../adapters/db/desk-store.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { checkIin } from '../../core/identity/iin.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A representative may act for the applicant only under a power of attorney in force on the day of the application
 * (seed 001 line 140: the operator enters the data of the applicant and of the representative "by power of attorney",
 * сенім хат бойынша). An expired or not-yet-issued one is refused before anything is filed. Pure: `today` is the
 * branch's local date, YYYY-MM-DD (ISO dates compare as strings).
 */
export function checkPowerOfAttorney(representative: Representative, applicantIin: string, today: string): void {
  const { number, issuedOn, validUntil } = representative.powerOfAttorney;
  const invalid = (reason: string) => new AppError('POWER_OF_ATTORNEY_INVALID', `power of attorney ${number}: ${reason}`, { number, reason });
  if (!checkIin(representative.iin).valid) throw new AppError('INVALID_IIN', `representative IIN ${representative.iin}`, { field: 'representative.iin' });
  if (representative.iin === applicantIin) throw invalid('representative IIN = applicant IIN / ИИН представителя = ИИН услугополучателя / өкілдің ЖСН = алушының ЖСН');
  if (!ISO_DATE.test(issuedOn) || !ISO_DATE.test(validUntil) || validUntil < issuedOn) throw invalid('dates / даты / күндер');
  if (issuedOn > today) throw invalid(`issued ${issuedOn} > ${today}`);
  if (validUntil < today) throw new AppError('POWER_OF_ATTORNEY_EXPIRED', `power of attorney ${number} expired ${validUntil}, today ${today}`, { number, validUntil });
}
