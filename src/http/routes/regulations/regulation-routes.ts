import { z } from 'zod';
import type { AppContext } from '../../../application/app-context.ts';
import { actIdOf, entryBasics, searchCatalog, type CatalogEntry, type RegulationCatalog } from '../../../application/regulation-catalog.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import { inForceInterval } from '../../../core/regulation/in-force-interval.ts';
import { civilDate, resolveVersion } from '../../../core/regulation/resolve-version.ts';
import { ZRegulation } from '../../../core/regulation/schema.ts';
import { routeKit } from '../../route-kit.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import {
  ZActParams,
  ZAmendmentRecordResponse,
  ZFilingPolicyAnswer,
  ZInForceQuery,
  ZInForceResolution,
  ZRecordParams,
  ZRegulationAct,
  ZRegulationParams,
  ZRegulationSearchQuery,
  ZRegulationSummary,
} from './regulation-routes.types.ts';

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

/** The catalog answers anyone who asks. */
const catalog = { method: 'GET', tag: 'regulations', caller: 'public' } as const;

export function registerRegulationRoutes(app: ZodFastify, ctx: AppContext): void {
  const route = routeKit(app, ctx);
  route(
    {
      ...catalog,
      url: '/api/regulations',
      summary: 'Search the regulation versions by region, service, channel, date in force and words in a language',
      query: ZRegulationSearchQuery,
      response: z.array(ZRegulationSummary),
      errors: [400],
    },
    ({ query }) => {
      const { region, serviceCode, channel, at, q, lang, includeRecords } = query;
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
  route(
    {
      ...catalog,
      url: '/api/regulations/in-force',
      summary: 'The version of a service in force in a region at a moment, or a clear answer that none is (or that its text is not in the catalog)',
      query: ZInForceQuery,
      response: ZInForceResolution,
      errors: [400, 404, 422],
    },
    ({ query }) => {
      const { region, serviceCode, at, district } = query;
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
  route(
    {
      ...catalog,
      url: '/api/regulations/filing-policy',
      summary: 'Which versions applications may be filed under: only versions in force on the filing date, or (demonstration mode) any',
      response: ZFilingPolicyAnswer,
      errors: [],
    },
    () => ({ policy: ctx.filingPolicy, demonstration: ctx.filingPolicy === 'demonstration' }),
  );
  route(
    { ...catalog, url: '/api/regulations/acts', summary: "The acts behind the catalog's versions, with what each approves, amends and repeals", response: z.array(ZRegulationAct), errors: [] },
    () => regulationActs(ctx.catalog),
  );
  route(
    {
      ...catalog,
      url: '/api/regulations/acts/:actId',
      summary: 'One act: its legal metadata, its versions, and what it approves, amends and repeals (with sources)',
      params: ZActParams,
      response: ZRegulationAct,
      errors: [404],
    },
    ({ params }) => {
      const act = regulationActs(ctx.catalog).find((a) => a.id === params.actId);
      if (!act) throw new AppError('REGULATION_NOT_FOUND', `no act ${params.actId}`, { regulationId: params.actId });
      return act;
    },
  );
  route(
    {
      ...catalog,
      url: '/api/regulations/amendment-records/:recordId',
      summary: 'A version known only from the act that amended it: the cited changes, and why its text is missing',
      params: ZRecordParams,
      response: ZAmendmentRecordResponse,
      errors: [404],
    },
    ({ params }) => {
      const entry = ctx.catalog.entry(params.recordId);
      if (entry.kind !== 'amendmentRecord') throw new AppError('REGULATION_NOT_FOUND', `${params.recordId} is not an amendment record`, { regulationId: params.recordId });
      return entry.record;
    },
  );
  route(
    {
      ...catalog,
      url: '/api/regulations/:regulationId',
      summary: 'One regulation version as data, with its sources (422 REGULATION_TEXT_NOT_AVAILABLE for an amendment record)',
      params: ZRegulationParams,
      response: ZRegulation,
      errors: [404, 422],
    },
    ({ params }) => ctx.catalog.get(params.regulationId),
  );
}
