import { z } from 'zod';
import type { AppContext } from '../../../application/app-context.ts';
import { chooseReading, regulationReadings } from '../../../application/regulation-readings.ts';
import { requireStaff } from '../../authenticate.ts';
import { errorResponses } from '../../schemas.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import { ZChooseReadingBody, ZReadingParams, ZRegulationReadings } from './reading-routes.types.ts';

/**
 * Readings of a regulation's text (issue #16): where the text reads two ways, both readings are public with the routes
 * that run them; an administrator switches the one in force per version (applications filed later follow it).
 */
export function registerReadingRoutes(app: ZodFastify, ctx: AppContext): void {
  app.get(
    '/api/regulations/:regulationId/readings',
    {
      schema: {
        tags: ['regulations'],
        summary: "Both readings of each contradiction in a version's text, the routes of each, and the reading in force",
        params: z.object({ regulationId: z.string().min(1).max(200) }),
        response: { 200: ZRegulationReadings, 404: errorResponses[404], 422: errorResponses[422] },
      },
    },
    async (request) => regulationReadings(ctx, request.params.regulationId),
  );

  app.put(
    '/api/regulations/:regulationId/readings/:contradictionId',
    {
      schema: {
        tags: ['regulations'],
        summary: 'Choose the reading in force for one contradiction of a version (administrator); applications filed from now on follow it',
        security: [{ bearer: [] }],
        params: ZReadingParams,
        body: ZChooseReadingBody,
        response: { 200: ZRegulationReadings, ...errorResponses },
      },
    },
    async (request) => {
      const staff = await requireStaff(ctx, request, ['admin']);
      return chooseReading(ctx, staff, request.params.regulationId, request.params.contradictionId, request.body);
    },
  );
}
