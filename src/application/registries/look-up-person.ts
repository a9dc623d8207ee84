import type { StaffMember } from '../../core/org/staff-member.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { checkIin } from '../../core/identity/iin.ts';
import type { PersonRecord } from '../../core/ports/persons-registry.ts';
import type { AppContext } from '../app-context.ts';
import { registriesOf } from './registries.ts';
import { assertMayLookUpPersons } from './registry-access.ts';
import { recordStaffRead } from '../audit/record-read.ts';

/** A staff member looks a person up in the persons database (ГБД ФЛ). */
export async function lookUpPerson(app: AppContext, staff: StaffMember, iin: string): Promise<PersonRecord> {
  assertMayLookUpPersons(staff);
  if (!checkIin(iin).valid) throw new AppError('INVALID_IIN', `${iin} is not a valid IIN`, { field: 'iin' });
  const person = await registriesOf(app).persons(app.db).findByIin(iin);
  if (!person) throw new AppError('PERSON_NOT_FOUND', `no person ${iin}`, { iin });
  await recordStaffRead(app, staff, { kind: 'person', id: iin, subjectIin: iin }, 'person.lookup');
  return person;
}

/** The IIN of a registry query, checked; used by every per-person registry read. */
export function checkedIin(iin: string): string {
  if (!checkIin(iin).valid) throw new AppError('INVALID_IIN', `${iin} is not a valid IIN`, { field: 'iin' });
  return iin;
}
