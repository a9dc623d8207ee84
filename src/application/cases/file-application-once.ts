import { claimOpenApplication, linkDuplicateApplication, type ApplicationKey } from '../../adapters/db/application-claims-store.ts';
import { insertCase } from '../../adapters/db/case-store.ts';
import type { SqlExecutor } from '../../adapters/db/database.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { applicationSubject } from '../../core/registries/application-subject.ts';
import type { Actor } from '../../core/case/actor.ts';
import { fileCase, type EngineResult } from '../../core/case/case-engine.ts';
import type { Provider } from '../../core/org/provider.ts';
import { fullNameOf, type PersonRecord } from '../../core/ports/persons-registry.ts';
import type { Regulation, RegulationRoute } from '../../core/regulation/schema.ts';
import type { AppContext } from '../app-context.ts';
import type { ConditionCheck } from '../gateway/condition-check.ts';

/** A route whose intake checks the persons database refuses an applicant the database does not know. */
export function assertApplicantKnown(route: RegulationRoute, person: PersonRecord | null, applicantIin: string): void {
  if (route.intakeFlow.some((item) => item.check === 'personInRegistry') && !person) {
    throw new AppError('PERSON_NOT_IN_REGISTRY', `${applicantIin} is not in the persons database`, { iin: applicantIin });
  }
}

export interface ApplicantFiling {
  readonly regulation: Regulation;
  readonly route: RegulationRoute;
  readonly provider: Provider;
  readonly applicantIin: string;
  /** The persons database's answer for the applicant (null: not known there). */
  readonly person: PersonRecord | null;
  readonly formData: Readonly<Record<string, unknown>>;
  readonly paperDocumentIds?: readonly string[] | undefined;
  /** The intake checks the channel made before filing; 'personInRegistry' is added when the database knows the person. */
  readonly checksPassed: readonly ConditionCheck[];
  readonly actor: Actor;
  readonly now: Date;
}

/**
 * The engine's filing of an application, as every channel does it (the office's receive, the gateway's delivery): a
 * new case id, the applicant named as the persons database names them, the provider's calendar, the filing policy.
 */
export function fileForApplicant(app: AppContext, filing: ApplicantFiling) {
  const { person, provider } = filing;
  return fileCase(
    {
      caseId: app.newId(),
      regulation: filing.regulation,
      routeId: filing.route.id,
      providerId: provider.id,
      applicant: { iin: filing.applicantIin, fullName: person ? fullNameOf(person) : null },
      formData: filing.formData,
      paperDocumentIds: filing.paperDocumentIds,
      passedChecks: person ? [...filing.checksPassed, 'personInRegistry'] : filing.checksPassed,
      actor: filing.actor,
      filingPolicy: app.filingPolicy,
    },
    { now: filing.now, calendar: app.calendarFor(provider) },
  );
}

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
