import { z } from 'zod';
import type { AppContext } from '../../../application/app-context.ts';
import { loadVisibleCase } from '../../../application/cases/load-case.ts';
import { REGISTRY_FIELD_KINDS, registryDataFields } from '../../../application/registries/enter-registry-step-data.ts';
import { requireStaff } from '../../authenticate.ts';
import { errorResponses } from '../../schemas.ts';
import type { ZodFastify } from '../../zod-fastify.ts';

const ZParams = z.object({ caseId: z.string().min(1).max(64), stepId: z.string().min(1).max(64) });

const ZRegistryDataField = z
  .object({
    name: z.string().describe('The key in registryData, e.g. monthlyAmountTenge'),
    kind: z.enum(REGISTRY_FIELD_KINDS).describe('integer; date (YYYY-MM-DD); text; iinList (an array of IINs)'),
    required: z.boolean(),
  })
  .meta({ id: 'RegistryDataField' });

export function registerRegistryDataFieldRoutes(app: ZodFastify, ctx: AppContext): void {
  app.get(
    '/api/cases/:caseId/steps/:stepId/registry-data-fields',
    {
      schema: {
        tags: ['cases'],
        summary: "The fields of the registry data a step's command takes as input.registryData (none: the step records nothing)",
        security: [{ bearer: [] }],
        params: ZParams,
        response: { 200: z.object({ fields: z.array(ZRegistryDataField) }), ...errorResponses },
      },
    },
    async (request) => {
      const staff = await requireStaff(ctx, request);
      const { state } = await loadVisibleCase(ctx.db, staff, request.params.caseId);
      return { fields: registryDataFields(ctx.catalog.get(state.regulationId), request.params.stepId) };
    },
  );
}
