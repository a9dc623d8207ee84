import type { StaffMember } from '../../core/org/staff-member.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { RegistryRecord } from '../../core/ports/registry-records.ts';
import type { LabourMarketHistory } from '../../core/registries/labour-market.ts';
import { localDateIn } from '../../core/registries/local-date.ts';
import { ASSISTANCE_KINDS, currentStatusPeriod, unemployedStatusForPeriod, type Period, type UnemployedStatusForPeriod } from '../../core/registries/unemployed-status.ts';
import type { AppContext } from '../app-context.ts';
import { checkedIin } from './look-up-person.ts';
import { registriesOf } from './registries.ts';
import { assertMayReadWholeRecord, registryReadFilter } from './registry-access.ts';
import { recordStaffRead } from '../audit/record-read.ts';

/** A person's job-seeker cards, unemployed cards and referrals, as far as the staff member may see them. */
export async function labourMarketHistory(app: AppContext, staff: StaffMember, iin: string): Promise<LabourMarketHistory> {
  const visible = await registryReadFilter(app.db, staff);
  const history = await registriesOf(app).labourMarket(app.db).historyOf(checkedIin(iin));
  await recordStaffRead(app, staff, { kind: 'person', id: iin, subjectIin: iin }, 'registries.labour-market');
  return {
    jobSeekerCards: history.jobSeekerCards.filter((c) => visible(c.providerId)),
    unemployedCards: history.unemployedCards.filter((c) => visible(c.providerId)),
    referrals: history.referrals.filter((r) => visible(r.providerId)),
  };
}

/** A person's service records (optionally of some kinds), as far as the staff member may see them. */
export async function registryRecordsOf(app: AppContext, staff: StaffMember, iin: string, kinds?: readonly string[]): Promise<RegistryRecord[]> {
  const visible = await registryReadFilter(app.db, staff);
  const records = await registriesOf(app).records(app.db).listFor(checkedIin(iin), kinds);
  await recordStaffRead(app, staff, { kind: 'person', id: iin, subjectIin: iin }, 'registries.records');
  return records.filter((r) => visible(r.providerId));
}

export async function registryRecord(app: AppContext, staff: StaffMember, recordId: string): Promise<RegistryRecord> {
  const visible = await registryReadFilter(app.db, staff);
  const record = await registriesOf(app).records(app.db).find(recordId);
  if (!record || !visible(record.providerId)) throw new AppError('NOT_FOUND', `no visible record ${recordId}`, { what: recordId });
  await recordStaffRead(app, staff, { kind: 'person', id: recordId, subjectIin: record.iin }, 'registries.record');
  return record;
}

/**
 * What a certificate of unemployed status would say for a period (seed 002), or for the current registration when no
 * period is given. Provider staff and administrators only: it reads every provider's records.
 */
export async function unemployedStatus(app: AppContext, staff: StaffMember, iin: string, period: Period | null): Promise<UnemployedStatusForPeriod | null> {
  assertMayReadWholeRecord(staff);
  const registries = registriesOf(app);
  const history = await registries.labourMarket(app.db).historyOf(checkedIin(iin));
  await recordStaffRead(app, staff, { kind: 'person', id: iin, subjectIin: iin }, 'registries.unemployed-status');
  const chosen = period ?? currentStatusPeriod(history.unemployedCards, localDateIn(staff.region ?? '', app.clock()));
  if (!chosen) return null;
  return unemployedStatusForPeriod(chosen, history.unemployedCards, history.referrals, await registries.records(app.db).listFor(iin, ASSISTANCE_KINDS));
}
