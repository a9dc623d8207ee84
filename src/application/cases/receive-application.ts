import { insertCase } from '../../adapters/db/case-store.ts';
import { findProvider } from '../../adapters/db/provider-store.ts';
import type { StaffMember } from '../../adapters/db/staff-store.ts';
import { fileCase } from '../../core/case/case-engine.ts';
import type { CaseState } from '../../core/case/case-state.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { checkIin } from '../../core/identity/iin.ts';
import type { Channel } from '../../core/regulation/schema.ts';
import { staffActor } from '../access.ts';
import type { AppContext } from '../app-context.ts';
import { findPersonName } from './find-person-name.ts';

export interface ReceiveApplicationInput {
  readonly regulationId: string;
  readonly channel: Channel;
  readonly applicantIin: string;
  readonly formData: Readonly<Record<string, unknown>>;
}

/** A clerk (or an operator) receives an application at the desk: the case is filed with the staff member's provider. */
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
  const route = regulation.routes.find((r) => r.channel === input.channel);
  if (!route) throw new AppError('CHANNEL_NOT_OFFERED', `${regulation.id} has no ${input.channel} route`, { channel: input.channel });
  const receivingRole = regulation.steps.find((s) => s.id === route.steps[0])?.role;
  if (staff.role !== receivingRole) {
    throw new AppError('FORBIDDEN_ROLE', `receiving needs ${receivingRole}`, { requiredRole: receivingRole ?? '-', actualRole: staff.role });
  }
  const { state, events } = fileCase(
    {
      caseId: app.newId(),
      regulation,
      routeId: route.id,
      providerId: provider.id,
      applicant: { iin: input.applicantIin, fullName: await findPersonName(app.db, input.applicantIin) },
      formData: input.formData,
      passedChecks: [],
      actor: staffActor(staff),
    },
    { now: app.clock(), calendar: app.calendarFor(provider) },
  );
  await app.db.transaction((tx) => insertCase(tx, state, regulation.service.code, events));
  return state;
}
