import { z } from 'zod';
import type { AppContext } from '../../../application/app-context.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import { CHANNELS, REGIONS, ZRegulation, ZText, type Regulation } from '../../../core/regulation/schema.ts';
import { inForcePeriod, resolveVersion } from '../../../core/regulation/resolve-version.ts';
import { errorResponses, ZLanguageQuery } from '../../schemas.ts';
import type { ZodFastify } from '../../zod-fastify.ts';

const ZInForce = z.object({
  startsOn: z.string(),
  startEstimated: z.boolean(),
  endsOn: z.string().nullable().describe('Exclusive; null while no repeal is known'),
  endEstimated: z.boolean(),
});

const ZRegulationSummary = z
  .object({
    id: z.string(),
    serviceCode: z.string(),
    serviceName: ZText,
    region: z.string(),
    district: z.string().nullable(),
    act: z.object({ date: z.string(), number: z.string() }),
    channels: z.array(z.string()),
    inForce: ZInForce,
  })
  .meta({ id: 'RegulationSummary' });

function summary(r: Regulation) {
  const period = inForcePeriod(r);
  return {
    id: r.id,
    serviceCode: r.service.code,
    serviceName: r.service.name,
    region: r.region,
    district: r.district ?? null,
    act: { date: r.act.date, number: r.act.number },
    channels: [...new Set(r.routes.map((route) => route.channel))],
    inForce: { startsOn: period.startsOn, startEstimated: period.startEstimated, endsOn: period.endsOn, endEstimated: period.endEstimated },
  };
}

/** A date (YYYY-MM-DD, read as noon in UTC+5 so it is that civil day) or an instant. */
const ZMoment = z.union([z.iso.date().transform((d) => new Date(`${d}T07:00:00Z`)), z.iso.datetime({ offset: true }).transform((t) => new Date(t))]);

export function registerRegulationRoutes(app: ZodFastify, ctx: AppContext): void {
  app.get(
    '/api/regulations',
    {
      schema: {
        tags: ['regulations'],
        summary: 'Search the regulation versions by region, service, channel, date in force and words in a language',
        querystring: ZLanguageQuery.extend({
          region: z.enum(REGIONS).optional(),
          serviceCode: z.string().optional(),
          channel: z.enum(CHANNELS).optional(),
          at: ZMoment.optional().describe('Only versions in force on this date'),
          q: z.string().trim().min(1).max(200).optional().describe("Words of the service's name, in ?lang (default: any language)"),
        }),
        response: { 200: z.array(ZRegulationSummary), 400: errorResponses[400] },
      },
    },
    async (request) => {
      const { region, serviceCode, channel, at, q, lang } = request.query;
      const words = q?.toLocaleLowerCase().split(/\s+/) ?? [];
      return ctx.catalog
        .list()
        .filter((r) => !region || r.region === region)
        .filter((r) => !serviceCode || r.service.code === serviceCode)
        .filter((r) => !channel || r.routes.some((route) => route.channel === channel))
        .filter((r) => {
          if (!at) return true;
          const period = inForcePeriod(r);
          const day = new Date(at.getTime() + 5 * 3_600_000).toISOString().slice(0, 10);
          return period.startsOn <= day && (period.endsOn === null || day < period.endsOn);
        })
        .filter((r) => {
          const names = lang ? [r.service.name[lang]] : Object.values(r.service.name);
          return words.every((word) => names.some((name) => name.toLocaleLowerCase().includes(word)));
        })
        .map(summary);
    },
  );
  app.get(
    '/api/regulations/in-force',
    {
      schema: {
        tags: ['regulations'],
        summary: 'The version of a service in force in a region at a moment, or a clear answer that none is',
        querystring: z.object({ region: z.enum(REGIONS), serviceCode: z.string().min(1), at: ZMoment, district: z.string().optional() }),
        response: { 200: z.object({ regulation: ZRegulationSummary, superseded: z.array(z.string()) }), 400: errorResponses[400], 404: errorResponses[404] },
      },
    },
    async (request) => {
      const { region, serviceCode, at, district } = request.query;
      const resolution = resolveVersion(ctx.catalog.list(), { region, serviceCode, at, ...(district ? { district } : {}) });
      if (resolution.status === 'noneInForce') {
        throw new AppError('REGULATION_NOT_IN_FORCE', resolution.message, { serviceCode, region, at: at.toISOString().slice(0, 10), reason: resolution.reason });
      }
      return { regulation: summary(resolution.regulation), superseded: resolution.superseded.map((c) => c.regulationId) };
    },
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
