import { executorLoads, listProviderStaff } from '../../adapters/db/staff-store.ts';
import type { AppContext } from '../app-context.ts';

/** A provider's executors with the open cases each holds: what the head sees when choosing one. */
export async function executorsWithLoad(app: AppContext, providerId: string): Promise<{ id: string; fullName: string; openCases: number }[]> {
  const [executors, loads] = await Promise.all([listProviderStaff(app.db, providerId, 'executor'), executorLoads(app.db, providerId)]);
  return executors.map((e) => ({ id: e.id, fullName: e.fullName, openCases: loads.get(e.id) ?? 0 }));
}
