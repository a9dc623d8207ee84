import type { AppContext } from '../../../application/app-context.ts';
import { loadVisibleCase } from '../../../application/cases/load-case.ts';
import { registryDataFields } from '../../../application/registries/enter-registry-step-data.ts';
import { routeKit } from '../../route-kit.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import { ZCaseStepParams, ZRegistryDataFields } from './cases.types.ts';

export function registerRegistryDataFieldRoutes(app: ZodFastify, ctx: AppContext): void {
  routeKit(app, ctx)(
    {
      method: 'GET',
      url: '/api/cases/:caseId/steps/:stepId/registry-data-fields',
      tag: 'cases',
      summary: "The fields of the registry data a step's command takes as input.registryData (none: the step records nothing)",
      caller: 'staff',
      params: ZCaseStepParams,
      response: ZRegistryDataFields,
    },
    async ({ actor, params }) => {
      const { state } = await loadVisibleCase(ctx.db, actor, params.caseId);
      return { fields: registryDataFields(ctx.catalog.get(state.regulationId), params.stepId) };
    },
  );
}
