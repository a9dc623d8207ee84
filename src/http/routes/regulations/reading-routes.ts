import type { AppContext } from '../../../application/app-context.ts';
import { chooseReading, regulationReadings } from '../../../application/regulation-readings.ts';
import { routeKit } from '../../route-kit.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import { ZChooseReadingBody, ZReadingParams, ZRegulationIdParams, ZRegulationReadings } from './reading-routes.types.ts';

/**
 * Readings of a regulation's text (issue #16): where the text reads two ways, both readings are public with the routes
 * that run them; an administrator switches the one in force per version (applications filed later follow it).
 */
export function registerReadingRoutes(app: ZodFastify, ctx: AppContext): void {
  const route = routeKit(app, ctx);
  route(
    {
      method: 'GET',
      url: '/api/regulations/:regulationId/readings',
      tag: 'regulations',
      summary: "Both readings of each contradiction in a version's text, the routes of each, and the reading in force",
      caller: 'public',
      params: ZRegulationIdParams,
      response: ZRegulationReadings,
      errors: [404, 422],
    },
    ({ params }) => regulationReadings(ctx, params.regulationId),
  );

  route(
    {
      method: 'PUT',
      url: '/api/regulations/:regulationId/readings/:contradictionId',
      tag: 'regulations',
      summary: 'Choose the reading in force for one contradiction of a version (administrator); applications filed from now on follow it',
      caller: 'staff',
      roles: ['admin'],
      params: ZReadingParams,
      body: ZChooseReadingBody,
      response: ZRegulationReadings,
    },
    ({ actor, params, body }) => chooseReading(ctx, actor, params.regulationId, params.contradictionId, body),
  );
}
