import { listRegionCaseProviders } from '../../adapters/db/provider-store.ts';
import type { AppContext } from '../app-context.ts';

/** The providers a supervisor can filter the region's reports by. */
export function regionProviders(app: AppContext, region: string) {
  return listRegionCaseProviders(app.db, region);
}
