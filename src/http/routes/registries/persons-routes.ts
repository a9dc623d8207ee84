import type { AppContext } from '../../../application/app-context.ts';
import { lookUpPerson } from '../../../application/registries/look-up-person.ts';
import { routeKit } from '../../route-kit.ts';
import { ZPersonView } from '../../schemas.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import { ZIinParams } from './persons.types.ts';
import { registryStaff } from './registry-schemas.ts';

export function registerPersonRoutes(app: ZodFastify, ctx: AppContext): void {
  routeKit(app, ctx)(
    {
      ...registryStaff,
      method: 'GET',
      url: '/api/persons/:iin',
      summary: 'A person in the State database "Individuals" (ГБД ФЛ): names in Kazakh and Russian, birth date, sex, citizenship, address, family',
      params: ZIinParams,
      response: ZPersonView,
    },
    ({ actor, params }) => lookUpPerson(ctx, actor, params.iin),
  );
}
