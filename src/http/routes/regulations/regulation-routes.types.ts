import { z } from 'zod';
import { ZActLifecycle, ZAmendmentRecord } from '../../../core/regulation/catalog-records.ts';
import { CHANNELS, REGIONS, ZAct, ZText } from '../../../core/regulation/schema.ts';
import { FILING_POLICIES } from '../../../core/regulation/filing-policy.ts';
import { ZLanguageQuery } from '../../schemas.ts';

const ZIntervalEnd = z
  .object({
    earliest: z.string().describe('The first day the change can have happened'),
    latest: z.string().nullable().describe('The day by which it has happened; null where nothing bounds it'),
    exact: z.boolean().describe('A source fixes the day (earliest = latest)'),
    latestPresumed: z.boolean().describe("`latest` rests on Qyzmet's presumption of the publication date, not on the seeds"),
    basis: z.enum(['known', 'fromRegistration', 'fromAdoption', 'noActInSeed']),
    explanation: ZText,
  })
  .meta({ id: 'InForceIntervalEnd' });

/** The time in force as the law states it: the rule, the known dates and the interval with its uncertain ends. */
export const ZInForce = z
  .object({
    rule: z.object({ code: z.string(), days: z.number().nullable(), text: ZText }),
    knownDates: z.object({ adoptedOn: z.string(), registeredOn: z.string().nullable(), firstPublishedOn: z.string().nullable(), placeholder: z.boolean() }),
    start: ZIntervalEnd.describe('The first day the act applies lies between earliest and latest'),
    end: ZIntervalEnd.nullable().describe('The first day it no longer applies (exclusive); null while no repeal is known'),
  })
  .meta({ id: 'InForceInterval' });

export const ZInForceAnswer = z
  .object({
    status: z.enum(['inForce', 'notInForce', 'uncertain']),
    reasonCode: z.enum(['beforeEarliestStart', 'startUncertain', 'inForce', 'endUncertain', 'repealed']),
    presumed: z.boolean().describe("The answer rests on Qyzmet's presumption of a publication date"),
    reason: ZText,
  })
  .meta({ id: 'InForceAnswer' });

export const ZRegulationSummary = z
  .object({
    id: z.string(),
    kind: z.enum(['regulation', 'amendmentRecord']).describe('amendmentRecord: known only from the act that amended it; never filed'),
    textAvailable: z.boolean().describe('False for amendment records: the version cannot be executed or filed'),
    serviceCode: z.string(),
    serviceName: ZText,
    region: z.string(),
    district: z.string().nullable(),
    act: z.object({ date: z.string(), number: z.string() }),
    actId: z.string().describe('See GET /api/regulations/acts/{actId}'),
    channels: z.array(z.string()),
    inForce: ZInForce,
  })
  .meta({ id: 'RegulationSummary' });

/** Accepts true/false/1/0 in a query string (z.coerce.boolean would read "false" as true). */
export const ZQueryFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const ZAmendmentRecordResponse = ZAmendmentRecord.meta({ id: 'AmendmentRecord' });

export const ZRegulationAct = z
  .object({
    id: z.string(),
    region: z.string(),
    district: z.string().nullable(),
    date: z.string(),
    number: z.string(),
    title: ZText.nullable().describe('Null where no lifecycle of the act is recorded'),
    act: ZAct.describe("The act's legal metadata as its versions carry it (registration, entry into force, repeal)"),
    versions: z.array(z.string()).describe('Catalog entries (executable or amendment records) under this act'),
    lifecycleRecorded: z.boolean().describe('False where the seeds give no amending/repealing clauses for the act'),
    approves: ZActLifecycle.shape.approves,
    amends: ZActLifecycle.shape.amends,
    repeals: ZActLifecycle.shape.repeals,
    notes: z.array(z.string()),
  })
  .meta({ id: 'RegulationAct' });

/** A date (YYYY-MM-DD, read as noon in UTC+5 so it is that civil day) or an instant. */
const ZMoment = z.union([z.iso.date().transform((d) => new Date(`${d}T07:00:00Z`)), z.iso.datetime({ offset: true }).transform((t) => new Date(t))]);

export const ZRegulationSearchQuery = ZLanguageQuery.extend({
  region: z.enum(REGIONS).optional(),
  serviceCode: z.string().optional(),
  channel: z.enum(CHANNELS).optional(),
  // describe before optional: the other order loses the union's members in OpenAPI (fastify-type-provider-zod 6.1).
  at: ZMoment.describe('Only versions in force on this date').optional(),
  q: z.string().trim().min(1).max(200).optional().describe("Words of the service's name, in ?lang (default: any language)"),
  includeRecords: ZQueryFlag.optional().describe('Also list amendment records (versions whose text is not in the catalog; never filed)'),
});

export const ZInForceQuery = z.object({ region: z.enum(REGIONS), serviceCode: z.string().min(1), at: ZMoment, district: z.string().optional() });

export const ZInForceResolution = z.object({
  status: z.enum(['inForce', 'uncertain']).describe('uncertain: the governing version may or may not apply on this date (an end of its interval is not fixed by the seeds)'),
  day: z.string().describe('The civil date (UTC+5) the question was asked for'),
  regulation: ZRegulationSummary.nullable().describe('Null where the uncertain version is an amendment record'),
  regulationId: z.string(),
  interval: ZInForce,
  answer: ZInForceAnswer,
  superseded: z.array(z.string()),
});

export const ZFilingPolicyAnswer = z.object({
  policy: z.enum(FILING_POLICIES),
  demonstration: z.boolean().describe("True while the seeds' repealed versions run as if in force (QYZMET_FILING_POLICY=demonstration, on for start --demo)"),
});

export const ZActParams = z.object({ actId: z.string() });
export const ZRecordParams = z.object({ recordId: z.string() });
export const ZRegulationParams = z.object({ regulationId: z.string() });
