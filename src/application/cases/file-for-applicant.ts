import type { Actor } from '../../core/case/actor.ts';
import { fileCase } from '../../core/case/case-engine.ts';
import { AppError } from '../../core/errors/app-error.ts';
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
