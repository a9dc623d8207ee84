import type { AppContext } from '../../../application/app-context.ts';
import { lookUpPerson } from '../../../application/registries/look-up-person.ts';
import { requireStaff } from '../../authenticate.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import { ZIinParams, ZPersonView } from './persons.types.ts';
import { registryErrorResponses } from './registry-schemas.ts';

export function registerPersonRoutes(app: ZodFastify, ctx: AppContext): void {
  app.get(
    '/api/persons/:iin',
    {
      schema: {
        tags: ['registries'],
        summary: 'A person in the State database "Individuals" (ГБД ФЛ): names in Kazakh and Russian, birth date, sex, citizenship, address, family',
        security: [{ bearer: [] }],
        params: ZIinParams,
        response: { 200: ZPersonView, ...registryErrorResponses },
      },
    },
    async (request) => lookUpPerson(ctx, await requireStaff(ctx, request), request.params.iin),
  );
}
