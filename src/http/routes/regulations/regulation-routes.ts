import { z } from 'zod';
import type { AppContext } from '../../../application/app-context.ts';
import { actIdOf, entryBasics, searchCatalog, type CatalogEntry, type RegulationCatalog } from '../../../application/regulation-catalog.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import { FILING_POLICIES } from '../../../core/regulation/filing-policy.ts';
import { inForceInterval } from '../../../core/regulation/in-force-interval.ts';
import { civilDate, resolveVersion } from '../../../core/regulation/resolve-version.ts';
import { CHANNELS, REGIONS, ZRegulation } from '../../../core/regulation/schema.ts';
import { errorResponses, ZLanguageQuery } from '../../schemas.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import { ZAmendmentRecordResponse, ZInForce, ZInForceAnswer, ZQueryFlag, ZRegulationAct, ZRegulationSummary } from './regulation-routes.types.ts';

function summary(entry: CatalogEntry): z.input<typeof ZRegulationSummary> {
  const basics = entryBasics(entry);
  return {
    id: basics.id,
    kind: entry.kind,
    textAvailable: entry.kind === 'regulation',
    serviceCode: basics.service.code,
    serviceName: basics.service.name,
    region: basics.region,
    district: basics.district ?? null,
    act: { date: basics.act.date, number: basics.act.number },
    actId: actIdOf(basics.region, basics.act),
    channels: entry.kind === 'regulation' ? [...new Set(entry.regulation.routes.map((route) => route.channel))] : [],
    inForce: inForceInterval(basics),
  };
}

/** The acts of the catalog: every act some version names, with its lifecycle file where one is recorded. */
function regulationActs(catalog: RegulationCatalog): Array<z.input<typeof ZRegulationAct>> {
  const byId = new Map<string, z.input<typeof ZRegulationAct>>();
  for (const entry of catalog.entries()) {
    const basics = entryBasics(entry);
    const id = actIdOf(basics.region, basics.act);
    const known = byId.get(id);
    if (known) {
      known.versions.push(basics.id);
      continue;
    }
    const lifecycle = catalog.act(id);
    byId.set(id, {
      id,
      region: basics.region,
      district: basics.district ?? null,
      date: basics.act.date,
      number: basics.act.number,
      title: lifecycle?.title ?? null,
      act: basics.act,
      versions: [basics.id],
      lifecycleRecorded: lifecycle !== undefined,
      approves: lifecycle?.approves ?? [],
      amends: lifecycle?.amends ?? [],
      repeals: lifecycle?.repeals ?? [],
      notes: lifecycle?.notes ?? [],
    });
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
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
          // describe before optional: the other order loses the union's members in OpenAPI (fastify-type-provider-zod 6.1).
          at: ZMoment.describe('Only versions in force on this date').optional(),
          q: z.string().trim().min(1).max(200).optional().describe("Words of the service's name, in ?lang (default: any language)"),
          includeRecords: ZQueryFlag.optional().describe('Also list amendment records (versions whose text is not in the catalog; never filed)'),
        }),
        response: { 200: z.array(ZRegulationSummary), 400: errorResponses[400] },
      },
    },
    async (request) => {
      const { region, serviceCode, channel, at, q, lang, includeRecords } = request.query;
      return searchCatalog(ctx.catalog, {
        ...(region ? { region } : {}),
        ...(serviceCode ? { serviceCode } : {}),
        ...(channel ? { channel } : {}),
        ...(at ? { inForceOn: civilDate(at) } : {}),
        ...(q ? { text: q } : {}),
        ...(lang ? { lang } : {}),
        includeRecords: includeRecords ?? false,
      }).map(summary);
    },
  );
  app.get(
    '/api/regulations/in-force',
    {
      schema: {
        tags: ['regulations'],
        summary: 'The version of a service in force in a region at a moment, or a clear answer that none is (or that its text is not in the catalog)',
        querystring: z.object({ region: z.enum(REGIONS), serviceCode: z.string().min(1), at: ZMoment, district: z.string().optional() }),
        response: {
          200: z.object({
            status: z.enum(['inForce', 'uncertain']).describe('uncertain: the governing version may or may not apply on this date (an end of its interval is not fixed by the seeds)'),
            day: z.string().describe('The civil date (UTC+5) the question was asked for'),
            regulation: ZRegulationSummary.nullable().describe('Null where the uncertain version is an amendment record'),
            regulationId: z.string(),
            interval: ZInForce,
            answer: ZInForceAnswer,
            superseded: z.array(z.string()),
          }),
          400: errorResponses[400],
          404: errorResponses[404],
          422: errorResponses[422],
        },
      },
    },
    async (request) => {
      const { region, serviceCode, at, district } = request.query;
      const day = civilDate(at);
      const resolution = resolveVersion(ctx.catalog.list(), { region, serviceCode, at, ...(district ? { district } : {}) }, ctx.catalog.amendmentRecords());
      const bounds = (interval: ReturnType<typeof inForceInterval> | undefined) => ({
        startEarliest: interval?.start.earliest ?? '',
        startLatest: interval?.start.latest ?? '',
        endEarliest: interval?.end?.earliest ?? '',
        endLatest: interval?.end?.latest ?? '',
      });
      if (resolution.status === 'noneInForce') {
        const { amendmentRecord } = resolution;
        if (amendmentRecord) {
          throw new AppError('REGULATION_TEXT_NOT_AVAILABLE', resolution.message, {
            regulationId: amendmentRecord.id,
            amendingAct: `${amendmentRecord.act.number} / ${amendmentRecord.act.date}`,
            reason: resolution.reason,
            ...bounds(resolution.interval),
          });
        }
        const nearest = resolution.candidates[0];
        throw new AppError('REGULATION_NOT_IN_FORCE', resolution.message, {
          serviceCode,
          region,
          at: day,
          reason: resolution.reason,
          ...(nearest ? { regulationId: nearest.regulationId, ...bounds(nearest.interval) } : {}),
        });
      }
      if (resolution.status === 'uncertain') {
        return {
          status: 'uncertain' as const,
          day,
          regulation: resolution.regulation ? summary({ kind: 'regulation', regulation: resolution.regulation }) : null,
          regulationId: resolution.regulationId,
          interval: resolution.interval,
          answer: resolution.answer,
          superseded: [],
        };
      }
      return {
        status: 'inForce' as const,
        day,
        regulation: summary({ kind: 'regulation', regulation: resolution.regulation }),
        regulationId: resolution.regulation.id,
        interval: resolution.interval,
        answer: resolution.answer,
        superseded: resolution.superseded.map((c) => c.regulationId),
      };
    },
  );
  app.get(
    '/api/regulations/filing-policy',
    {
      schema: {
        tags: ['regulations'],
        summary: 'Which versions applications may be filed under: only versions in force on the filing date, or (demonstration mode) any',
        response: {
          200: z.object({
            policy: z.enum(FILING_POLICIES),
            demonstration: z.boolean().describe("True while the seeds' repealed versions run as if in force (QYZMET_FILING_POLICY=demonstration, on for start --demo)"),
          }),
        },
      },
    },
    async () => ({ policy: ctx.filingPolicy, demonstration: ctx.filingPolicy === 'demonstration' }),
  );
  app.get(
    '/api/regulations/acts',
    {
      schema: {
        tags: ['regulations'],
        summary: "The acts behind the catalog's versions, with what each approves, amends and repeals",
        response: { 200: z.array(ZRegulationAct) },
      },
    },
    async () => regulationActs(ctx.catalog),
  );
  app.get(
    '/api/regulations/acts/:actId',
    {
      schema: {
        tags: ['regulations'],
        summary: 'One act: its legal metadata, its versions, and what it approves, amends and repeals (with sources)',
        params: z.object({ actId: z.string() }),
        response: { 200: ZRegulationAct, 404: errorResponses[404] },
      },
    },
    async (request) => {
      const act = regulationActs(ctx.catalog).find((a) => a.id === request.params.actId);
      if (!act) throw new AppError('REGULATION_NOT_FOUND', `no act ${request.params.actId}`, { regulationId: request.params.actId });
      return act;
    },
  );
  app.get(
    '/api/regulations/amendment-records/:recordId',
    {
      schema: {
        tags: ['regulations'],
        summary: 'A version known only from the act that amended it: the cited changes, and why its text is missing',
        params: z.object({ recordId: z.string() }),
        response: { 200: ZAmendmentRecordResponse, 404: errorResponses[404] },
      },
    },
    async (request) => {
      const entry = ctx.catalog.entry(request.params.recordId);
      if (entry.kind !== 'amendmentRecord') throw new AppError('REGULATION_NOT_FOUND', `${request.params.recordId} is not an amendment record`, { regulationId: request.params.recordId });
      return entry.record;
    },
  );
  app.get(
    '/api/regulations/:regulationId',
    {
      schema: {
        tags: ['regulations'],
        summary: 'One regulation version as data, with its sources (422 REGULATION_TEXT_NOT_AVAILABLE for an amendment record)',
        params: z.object({ regulationId: z.string() }),
        response: { 200: ZRegulation, 404: errorResponses[404], 422: errorResponses[422] },
      },
    },
    async (request) => ctx.catalog.get(request.params.regulationId),
  );
}
