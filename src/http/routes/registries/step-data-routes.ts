import { z } from 'zod';
import type { AppContext } from '../../../application/app-context.ts';
import { loadVisibleCase } from '../../../application/cases/load-case.ts';
import { enterRegistryStepData } from '../../../application/registries/enter-registry-step-data.ts';
import { registryStepDataOf } from '../../../application/registries/registry-step-data.ts';
import { listDuplicates } from '../../../application/registries/list-duplicates.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import { routeKit } from '../../route-kit.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import { registryStaff } from './registry-schemas.ts';
import { ZCaseIdParams, ZDuplicateView, ZStepDataParams, ZStepDataRequest, ZStepDataView } from './step-data.types.ts';

const stepData = { ...registryStaff, url: '/api/cases/:caseId/steps/:stepId/registry-data', params: ZStepDataParams, response: ZStepDataView } as const;

export function registerRegistryStepDataRoutes(app: ZodFastify, ctx: AppContext): void {
  const route = routeKit(app, ctx);
  route(
    { ...stepData, method: 'PUT', summary: 'Enter what the registry needs before completing the open step (the executor, for a positive decision)', body: ZStepDataRequest },
    ({ actor, params, body }) => enterRegistryStepData(ctx, actor, params.caseId, params.stepId, body.data),
  );

  route({ ...stepData, method: 'GET', summary: 'What was entered for the step' }, async ({ actor, params }) => {
    await loadVisibleCase(ctx.db, actor, params.caseId);
    const entry = await registryStepDataOf(ctx, params.caseId, params.stepId);
    if (!entry) throw new AppError('NOT_FOUND', 'no registry data for the step', { what: `${params.caseId}/${params.stepId}` });
    return entry;
  });

  route(
    {
      ...registryStaff,
      method: 'GET',
      url: '/api/cases/:caseId/duplicates',
      summary: 'Repeated applications linked to this case and not filed (duplicates policy)',
      params: ZCaseIdParams,
      response: z.array(ZDuplicateView),
    },
    ({ actor, params }) => listDuplicates(ctx, actor, params.caseId),
  );
}
