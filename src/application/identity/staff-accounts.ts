import { listPasswordEvents } from '../../adapters/db/identity-store.ts';
import { listActiveStaffAccounts } from '../../adapters/db/staff-store.ts';
import type { AppContext } from '../app-context.ts';

/** The administrator's view of staff accounts: who is active, and each account's password changes and resets. */
export function activeStaffAccounts(app: AppContext) {
  return listActiveStaffAccounts(app.db);
}

export async function staffPasswordEvents(app: AppContext, staffId: string) {
  return (await listPasswordEvents(app.db, 'staff', staffId)).map((e) => ({ kind: e.kind, accountId: e.accountId, actorId: e.actorId, at: e.at.toISOString() }));
}
