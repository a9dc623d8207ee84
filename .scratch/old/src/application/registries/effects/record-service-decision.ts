import { AppError } from '../../../core/errors/app-error.ts';
import { pickFormFields, type ServiceRecordSpec } from '../../../core/registries/service-records.ts';
import { recorded, type EffectOutcome, type RegistryWork } from './registry-work.ts';
import { enteredStepData } from './step-data.ts';

/**
 * Records a service's decision as a record of its kind (service-records.ts): positive with the data the executor
 * entered and its period in force, or a refusal with its ground. A duplicate document needs its original.
 */
export async function recordServiceDecision(work: RegistryWork, spec: ServiceRecordSpec): Promise<EffectOutcome> {
  const decision = work.step.kind === 'prepareDocument' ? documentDecision(work, spec) : work.decision;
  if (!decision) return {};
  const iin = work.state.applicant.iin;
  const records = work.registries.records(work.tx);
  const positive = decision.outcome === 'positive';
  const entered = positive && spec.data ? await enteredStepData(work, spec.data, true) : null;
  if (positive && spec.requiresEarlierKind) {
    const originals = await records.listFor(iin, [spec.requiresEarlierKind]);
    if (!originals.some((r) => r.outcome === 'positive')) {
      throw new AppError('ORIGINAL_DOCUMENT_NOT_FOUND', `${iin} has no ${spec.requiresEarlierKind}`, { kind: spec.requiresEarlierKind });
    }
  }
  const validity = positive ? spec.validity(entered ?? {}, work.today) : { from: null, to: null };
  const record = await records.add({
    registry: work.registry,
    kind: spec.kind,
    iin,
    providerId: work.provider.id,
    caseId: work.state.id,
    stepId: work.step.id,
    outcome: decision.outcome,
    resultId: decision.resultId,
    groundId: decision.groundId,
    data: { ...pickFormFields(work.state.formData, spec.formFields), ...(entered ?? {}) },
    validFrom: validity.from,
    validTo: validity.to,
    recordedOn: work.today,
    recordedAt: work.now.toISOString(),
    recordedBy: work.staff.id,
  });
  return recorded(work, `${positive ? 'recorded' : 'refusalRecorded'}:${spec.kind}`, record.id);
}

/** A document prepared after a positive decision is that decision's document; after a refusal there is none. */
function documentDecision(work: RegistryWork, spec: ServiceRecordSpec) {
  if (work.state.decision?.outcome !== 'positive' || !spec.documentResultId) return null;
  return { outcome: 'positive' as const, resultId: spec.documentResultId, groundId: null };
}
