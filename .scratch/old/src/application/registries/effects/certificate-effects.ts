import { AppError } from '../../../core/errors/app-error.ts';
import type { RegistryRecord } from '../../../core/ports/registry-records.ts';
import { ZCertificatePeriod } from '../../../core/registries/registry-actions.ts';
import { ASSISTANCE_KINDS, currentStatusPeriod, unemployedStatusForPeriod, type Period } from '../../../core/registries/unemployed-status.ts';
import { recorded, type EffectOutcome, type RegistryWork } from './registry-work.ts';
import { enteredStepData } from './step-data.ts';

/** The period the applicant asked for: entered by the executor, or a `period` field of the form, or null. */
async function requestedPeriod(work: RegistryWork): Promise<Period | null> {
  const entered = await enteredStepData(work, ZCertificatePeriod, false);
  if (entered) return { from: String(entered.periodFrom), to: String(entered.periodTo) };
  const periodField = work.regulation.formFields.find((f) => f.type === 'period');
  const value = periodField ? (work.state.formData[periodField.id] as { from?: unknown; to?: unknown } | undefined) : undefined;
  return typeof value?.from === 'string' && typeof value.to === 'string' ? { from: value.from, to: value.to } : null;
}

/**
 * Certificate of unemployed status for a period (seed 002 annex 5; Aktobe 2016): computed from the AIS (card,
 * referrals) and the assistance records; recorded with its flags so the printed certificate shows what was decided.
 */
export async function issueUnemployedCertificate(work: RegistryWork): Promise<EffectOutcome> {
  if (work.decision?.outcome !== 'positive') return {};
  const iin = work.state.applicant.iin;
  const history = await work.registries.labourMarket(work.tx).historyOf(iin);
  const period = (await requestedPeriod(work)) ?? currentStatusPeriod(history.unemployedCards, work.today);
  const status = period
    ? unemployedStatusForPeriod(period, history.unemployedCards, history.referrals, await work.registries.records(work.tx).listFor(iin, ASSISTANCE_KINDS))
    : null;
  if (!status?.card) {
    throw new AppError('NOT_REGISTERED_UNEMPLOYED', `${iin} not registered as unemployed in ${period?.from ?? '-'}..${period?.to ?? work.today}`, {
      periodFrom: period?.from ?? '-',
      periodTo: period?.to ?? work.today,
    });
  }
  const record = await work.registries.records(work.tx).add({
    registry: work.registry,
    kind: 'unemployed-certificate',
    iin,
    providerId: work.provider.id,
    caseId: work.state.id,
    stepId: work.step.id,
    outcome: 'positive',
    resultId: work.decision.resultId,
    groundId: null,
    data: { ...status },
    validFrom: status.period.from,
    validTo: status.period.to,
    recordedOn: work.today,
    recordedAt: work.now.toISOString(),
    recordedBy: work.staff.id,
  });
  return recorded(work, 'unemployedCertificateIssued', record.id);
}

/** The two positive results of the TSA certificate (regulations/aktobe-2016-285-tsa-recipient-certificate.json). */
const BELONGS = 'belongs-certificate';
const DOES_NOT_BELONG = 'not-belongs-certificate';

/**
 * Certificate that the applicant (family) receives targeted social assistance, or does not: the registry decides
 * which, from TSA assignments in force today for the applicant or anyone the persons database links to them.
 * A result that contradicts the registry is refused (REGISTRY_RESULT_MISMATCH).
 */
export async function issueTsaRecipientCertificate(work: RegistryWork): Promise<EffectOutcome> {
  if (work.decision?.outcome !== 'positive') return {};
  const iin = work.state.applicant.iin;
  const person = await work.registries.persons(work.tx).findByIin(iin);
  const family = [iin, ...(person?.family.map((f) => f.iin) ?? [])];
  const records = work.registries.records(work.tx);
  const inForce: RegistryRecord[] = [];
  for (const member of family) {
    const assignments = await records.listFor(member, ['tsa-assignment']);
    inForce.push(
      ...assignments.filter((a) => a.outcome === 'positive' && a.validFrom !== null && a.validFrom <= work.today && (a.validTo === null || a.validTo >= work.today)),
    );
  }
  const expected = inForce.length > 0 ? BELONGS : DOES_NOT_BELONG;
  if (work.decision.resultId !== expected) {
    throw new AppError('REGISTRY_RESULT_MISMATCH', `${iin}: chose ${work.decision.resultId}, registry says ${expected}`, { expectedResultId: expected });
  }
  const record = await records.add({
    registry: work.registry,
    kind: 'tsa-recipient-certificate',
    iin,
    providerId: work.provider.id,
    caseId: work.state.id,
    stepId: work.step.id,
    outcome: 'positive',
    resultId: expected,
    groundId: null,
    data: { belongs: inForce.length > 0, onDate: work.today, assignmentRecordIds: inForce.map((a) => a.id) },
    validFrom: work.today,
    validTo: work.today,
    recordedOn: work.today,
    recordedAt: work.now.toISOString(),
    recordedBy: work.staff.id,
  });
  return recorded(work, 'tsaRecipientCertificateIssued', record.id);
}
