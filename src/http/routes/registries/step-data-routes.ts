import { z } from 'zod';
import type { AppContext } from '../../../application/app-context.ts';
import { loadVisibleCase } from '../../../application/cases/load-case.ts';
import { enterRegistryStepData } from '../../../application/registries/enter-registry-step-data.ts';
import { registryStepDataOf } from '../../../application/registries/registry-step-data.ts';
import { listDuplicates } from '../../../application/registries/list-duplicates.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import { requireStaff } from '../../authenticate.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import { registryErrorResponses } from './registry-schemas.ts';
import { ZCaseIdParams, ZDuplicateView, ZStepDataParams, ZStepDataRequest, ZStepDataView } from './step-data.types.ts';

const common = { tags: ['registries'], security: [{ bearer: [] }] };

export function registerRegistryStepDataRoutes(app: ZodFastify, ctx: AppContext): void {
  app.put(
    '/api/cases/:caseId/steps/:stepId/registry-data',
    {
      schema: {
        ...common,
        summary: 'Enter what the registry needs before completing the open step (the executor, for a positive decision)',
        params: ZStepDataParams,
        body: ZStepDataRequest,
        response: { 200: ZStepDataView, ...registryErrorResponses },
      },
    },
    async (request) => enterRegistryStepData(ctx, await requireStaff(ctx, request), request.params.caseId, request.params.stepId, request.body.data),
  );

  app.get(
    '/api/cases/:caseId/steps/:stepId/registry-data',
    { schema: { ...common, summary: 'What was entered for the step', params: ZStepDataParams, response: { 200: ZStepDataView, ...registryErrorResponses } } },
    async (request) => {
      const staff = await requireStaff(ctx, request);
      await loadVisibleCase(ctx.db, staff, request.params.caseId);
      const entry = await registryStepDataOf(ctx, request.params.caseId, request.params.stepId);
      if (!entry) throw new AppError('NOT_FOUND', 'no registry data for the step', { what: `${request.params.caseId}/${request.params.stepId}` });
      return entry;
    },
  );

  app.get(
    '/api/cases/:caseId/duplicates',
    {
      schema: { ...common, summary: 'Repeated applications linked to this case and not filed (duplicates policy)', params: ZCaseIdParams, response: { 200: z.array(ZDuplicateView), ...registryErrorResponses } },
    },
    async (request) => listDuplicates(ctx, await requireStaff(ctx, request), request.params.caseId),
  );
}
