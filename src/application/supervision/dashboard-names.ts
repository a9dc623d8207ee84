import { listProviders } from '../../adapters/db/provider-store.ts';
import type { AppContext } from '../app-context.ts';
import type { DashboardNames } from './dashboard-csv.ts';

/** Names for the dashboard's export: providers from the store, services and steps from the regulation catalog. */
export async function dashboardNames(ctx: AppContext): Promise<DashboardNames> {
  const providers = new Map((await listProviders(ctx.readDb)).map((p) => [p.id, p.name]));
  const regulations = ctx.catalog.list();
  const byId = new Map(regulations.map((r) => [r.id, r]));
  const services = new Map(regulations.map((r) => [r.service.code, r.service.name]));
  return {
    providerName: (id) => providers.get(id) ?? null,
    regulation: (id) => byId.get(id),
    serviceName: (code) => services.get(code) ?? null,
  };
}
