import type { AppContext } from '../../../application/app-context.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import { registerLabourMarketRoutes } from './labour-market-routes.ts';
import { registerPersonRoutes } from './persons-routes.ts';
import { registerRegistryRecordRoutes } from './registry-records-routes.ts';
import { registerRegistryStepDataRoutes } from './step-data-routes.ts';
import { registerVocabularyRoutes } from './vocabulary-routes.ts';

/** The state registries for staff (issue #6): persons database, labour-market AIS, service records, step data. */
export function registerRegistryRoutes(app: ZodFastify, ctx: AppContext): void {
  registerPersonRoutes(app, ctx);
  registerLabourMarketRoutes(app, ctx);
  registerRegistryRecordRoutes(app, ctx);
  registerRegistryStepDataRoutes(app, ctx);
  registerVocabularyRoutes(app);
}
