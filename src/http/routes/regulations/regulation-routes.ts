import { z } from 'zod';
import type { AppContext } from '../../../application/app-context.ts';
import { ZRegulation, ZText } from '../../../core/regulation/schema.ts';
import { errorResponses } from '../../schemas.ts';
import type { ZodFastify } from '../../zod-fastify.ts';

const ZRegulationSummary = z.object({
  id: z.string(),
  serviceCode: z.string(),
  serviceName: ZText,
  region: z.string(),
  act: z.object({ date: z.string(), number: z.string() }),
  channels: z.array(z.string()),
});

export function registerRegulationRoutes(app: ZodFastify, ctx: AppContext): void {
  app.get(
    '/api/regulations',
    {
      schema: {
        tags: ['regulations'],
        summary: 'The regulation versions Qyzmet executes',
        querystring: z.object({ region: z.string().optional(), serviceCode: z.string().optional() }),
        response: { 200: z.array(ZRegulationSummary) },
      },
    },
    async (request) =>
      ctx.catalog
        .list()
        .filter((r) => (!request.query.region || r.region === request.query.region) && (!request.query.serviceCode || r.service.code === request.query.serviceCode))
        .map((r) => ({
          id: r.id,
          serviceCode: r.service.code,
          serviceName: r.service.name,
          region: r.region,
          act: { date: r.act.date, number: r.act.number },
          channels: [...new Set(r.routes.map((route) => route.channel))],
        })),
  );
  app.get(
    '/api/regulations/:regulationId',
    {
      schema: {
        tags: ['regulations'],
        summary: 'One regulation version as data, with its sources',
        params: z.object({ regulationId: z.string() }),
        response: { 200: ZRegulation, 404: errorResponses[404] },
      },
    },
    async (request) => ctx.catalog.get(request.params.regulationId),
  );
}
