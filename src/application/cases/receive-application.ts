import { findProvider } from '../../adapters/db/provider-store.ts';
import type { StaffMember } from '../../core/org/staff-member.ts';
import type { CaseState } from '../../core/case/case-state.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { checkIin } from '../../core/identity/iin.ts';
import type { Channel } from '../../core/regulation/schema.ts';
import { assertMayFileAtOffice } from '../../core/access/access-policy.ts';
import { staffPrincipal } from '../../core/access/principal.ts';
import { staffActor } from '../access.ts';
import type { AppContext } from '../app-context.ts';
import { chooseApplicationRoute } from '../registries/choose-application-route.ts';
import { registriesOf } from '../registries/registries.ts';
import { assertApplicantKnown, duplicateApplicationError, fileApplicationOnce, fileForApplicant, filingLockKey } from './file-application-once.ts';
import { intakeTransaction } from './intake-group-commit.ts';

export interface ReceiveApplicationInput {
  readonly regulationId: string;
  readonly channel: Channel;
  readonly applicantIin: string;
  readonly formData: Readonly<Record<string, unknown>>;
  /** The documents handed over on paper (the clerk's checklist); see fileCase. */
  readonly paperDocumentIds?: readonly string[] | undefined;
}

/**
 * A clerk (or an operator) receives an application at the desk: the case is filed with the staff member's provider.
 * The persons database is asked first (an outage answers 503 and files nothing); the route follows the channel, the
 * application's data and the route's eligibility; a second open application of the same person for the same service
 * is not filed but kept as a duplicate (file-application-once.ts, the path every channel files through).
 */
export async function receiveApplication(app: AppContext, staff: StaffMember, input: ReceiveApplicationInput): Promise<CaseState> {
  if (!checkIin(input.applicantIin).valid) {
    throw new AppError('INVALID_IIN', `applicantIin ${input.applicantIin} is not a valid IIN`, { field: 'applicantIin' });
  }
  const regulation = app.catalog.get(input.regulationId);
  const provider = staff.providerId ? await findProvider(app.db, staff.providerId) : null;
  if (!provider) throw new AppError('FORBIDDEN_ROLE', `staff ${staff.id} has no provider`, { requiredRole: 'clerk', actualRole: staff.role });
  if (provider.region !== regulation.region) {
    throw new AppError('REGULATION_NOT_FOUND', `${regulation.id} is ${regulation.region}'s, provider ${provider.id} is in ${provider.region}`, {
      regulationId: regulation.id,
    });
  }
  // The office files through its own channel only; another channel's applications arrive through their own way.
  assertMayFileAtOffice(staffPrincipal(staff), provider.kind, input.channel);
  if (!regulation.routes.some((r) => r.channel === input.channel)) {
    throw new AppError('CHANNEL_NOT_OFFERED', `${regulation.id} has no ${input.channel} route`, { channel: input.channel });
  }
  const person = await registriesOf(app).persons(app.db).findByIin(input.applicantIin);
  const route = await chooseApplicationRoute(app, regulation, input.channel, input.formData, person);
  const receivingRole = regulation.steps.find((s) => s.id === route.steps[0])?.role;
  if (staff.role !== receivingRole) {
    throw new AppError('FORBIDDEN_ROLE', `receiving needs ${receivingRole}`, { requiredRole: receivingRole ?? '-', actualRole: staff.role });
  }
  assertApplicantKnown(route, person, input.applicantIin);
  const filed = fileForApplicant(app, {
    regulation,
    route,
    provider,
    applicantIin: input.applicantIin,
    person,
    formData: input.formData,
    paperDocumentIds: input.paperDocumentIds,
    checksPassed: [],
    actor: staffActor(staff),
    now: app.clock(),
  });
  const record = { filed, serviceCode: regulation.service.code, providerId: provider.id, receivedBy: staff.id };
  const outcome = await intakeTransaction(app, filingLockKey(record), (tx) => fileApplicationOnce(tx, record));
  if (outcome.kind === 'duplicate') throw duplicateApplicationError(outcome);
  return filed.state;
}
