import { z } from 'zod';
import { ZActLifecycle, ZAmendmentRecord } from '../../../core/regulation/catalog-records.ts';
import { ZAct, ZText } from '../../../core/regulation/schema.ts';

export const ZInForce = z.object({
  startsOn: z.string(),
  startEstimated: z.boolean(),
  endsOn: z.string().nullable().describe('Exclusive; null while no repeal is known'),
  endEstimated: z.boolean(),
});

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
