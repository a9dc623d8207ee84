import type { StaffMember } from '../../core/org/staff-member.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { checkIin } from '../../core/identity/iin.ts';
import type { PersonRecord } from '../../core/ports/persons-registry.ts';
import type { AppContext } from '../app-context.ts';
import { registriesOf } from '../registries/registries.ts';
import { deskBranchOf } from './desk-branch.ts';
import { recordStaffRead } from '../audit/record-read.ts';

/**
 * Process 3 and condition 1 of the State Corporation flow (seed 001 lines 142-146): the applicant's data are requested
 * from the persons database; when they are absent, process 4 forms the message that the data cannot be obtained —
 * PERSON_NOT_IN_REGISTRY carries that refusal text in kk/ru/en.
 */
export async function lookUpApplicant(app: AppContext, staff: StaffMember, iin: string): Promise<PersonRecord> {
  await deskBranchOf(app.db, staff);
  if (!checkIin(iin).valid) throw new AppError('INVALID_IIN', `${iin} is not a valid IIN`, { field: 'iin' });
  const person = await registriesOf(app).persons(app.db).findByIin(iin);
  if (!person) throw new AppError('PERSON_NOT_IN_REGISTRY', `${iin} is not in the persons database`, { iin });
  await recordStaffRead(app, staff, { kind: 'person', id: iin, subjectIin: iin }, 'desk.applicant-lookup');
  return person;
}
