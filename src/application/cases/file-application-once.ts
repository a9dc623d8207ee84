import { claimOpenApplication, linkDuplicateApplication, type ApplicationKey } from '../../adapters/db/application-claims-store.ts';
import { insertCase } from '../../adapters/db/case-store.ts';
import type { SqlExecutor } from '../../adapters/db/database.ts';
import type { EngineResult } from '../../core/case/case-engine.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { applicationSubject } from '../../core/registries/application-subject.ts';

export interface FilingRecord {
  /** The case the engine filed (state and its first events). */
  readonly filed: EngineResult;
  readonly serviceCode: string;
  readonly providerId: string;
  /** The staff member who received the application; null for a citizen's own portal application. */
  readonly receivedBy: string | null;
}

export type FilingOutcome = { readonly kind: 'filed' } | { readonly kind: 'duplicate'; readonly existingCaseId: string; readonly duplicateId: string; readonly key: ApplicationKey };

/**
 * The one filing path of every channel (office, desk and portal through the gateway; issue #19). Inside the caller's
 * transaction: takes the claim "this person's open application for this service (and subject)"; when an open case
 * holds it, the repeated application is not filed but kept in `duplicate_applications`, linked to that case, so a
 * supervisor can count and trace it (duplicates policy, issue #6); otherwise the channel's own rows are written
 * (`beforeCase`: the gateway's submission row must exist before the case's first status event, whose trigger sends
 * the status back to the sender — migration 0009) and then the case with its events. Concurrent filers queue on the
 * claim's primary key and exactly one is filed. The journal number comes later, at the register step.
 */
export async function fileApplicationOnce(tx: SqlExecutor, record: FilingRecord, beforeCase?: (tx: SqlExecutor) => Promise<void>): Promise<FilingOutcome> {
  const { state, events } = record.filed;
  const key = { applicantIin: state.applicant.iin, serviceCode: record.serviceCode, subject: applicationSubject(record.serviceCode, state.formData) };
  const { heldBy } = await claimOpenApplication(tx, key, state.id);
  if (heldBy) {
    const duplicateId = await linkDuplicateApplication(tx, {
      ...key,
      firstCaseId: heldBy,
      channel: state.channel,
      providerId: record.providerId,
      receivedBy: record.receivedBy,
      attemptedAt: state.filedAt,
    });
    return { kind: 'duplicate', existingCaseId: heldBy, duplicateId, key };
  }
  await beforeCase?.(tx);
  await insertCase(tx, state, record.serviceCode, events);
  return { kind: 'filed' };
}

/** Orders filings sharing a transaction (intake-group-commit.ts) by the claim they take: applicant, then service. */
export function filingLockKey(record: FilingRecord): string {
  return `${record.filed.state.applicant.iin}/${record.serviceCode}`;
}

/** The answer to a repeated application (409), naming the open case and the kept duplicate. */
export function duplicateApplicationError(outcome: Extract<FilingOutcome, { kind: 'duplicate' }>): AppError {
  return new AppError('DUPLICATE_APPLICATION', `${outcome.key.applicantIin} already has open case ${outcome.existingCaseId} for ${outcome.key.serviceCode}`, {
    existingCaseId: outcome.existingCaseId,
    duplicateId: outcome.duplicateId,
  });
}
