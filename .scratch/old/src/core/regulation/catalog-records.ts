import { z } from 'zod';
import { REGULATION_SCHEMA_VERSION, ZAct, ZActRef, ZId, ZIsoDate, ZRegion, ZSourceRef, ZText } from './schema.ts';

/**
 * Catalog entries that are not executable regulation versions. A definition file says what it is with `kind`; a file
 * without `kind` is an executable regulation (`ZRegulation`), so the 19 existing files and every consumer of
 * `Regulation` (engine, BPMN, comparison, documents) stay as they are.
 *
 * Why a separate kind and not `textAvailable: false` inside `ZRegulation`: a regulation's steps, routes and results
 * are required because the engine runs them; making them optional would force every consumer to handle a regulation
 * that cannot run. An amendment record is a different thing — a cited fact that a version exists — and has its own
 * shape that no executing code can be handed by mistake.
 */

/** The new wording an act gives to a part of a regulation, quoted in both languages of the act (and translated). */
export const ZNewWording = z.strictObject({ kk: ZSourceRef, ru: ZSourceRef, en: z.string().min(1) });

export const ZRecordedChange = z.strictObject({
  id: ZId,
  change: z.enum(['restatement', 'deletion', 'addition']),
  /** Which part of the amended regulation changes, e.g. "paragraph 1, sub-paragraph 3)". */
  target: ZText,
  newWording: ZNewWording.optional(),
  source: ZSourceRef,
});

/**
 * A regulation version known only from the act that amended it: seed 000 lines 29-33 (kk) / 491-495 (ru) restate one
 * sub-paragraph of Zhambyl's TSA-belonging certificate regulation (approved by resolution 158 of 27.07.2015), whose
 * own text is not in the seeds. It is listed and resolved, never filed.
 */
export const ZAmendmentRecord = z.strictObject({
  schema: z.literal(REGULATION_SCHEMA_VERSION),
  kind: z.literal('amendmentRecord'),
  id: ZId,
  /** Always false: the text of the amended version is not in the catalog, so nothing can be executed or filed. */
  textAvailable: z.literal(false),
  service: z.strictObject({ code: ZId, name: ZText, source: ZSourceRef, otherSources: z.array(ZSourceRef).default([]) }),
  region: ZRegion,
  district: z.string().optional(),
  /** The amending act: its dates and repeal decide when the amended version was in force. */
  act: ZAct,
  /** The act that approved the regulation being amended. */
  amendedRegulation: z.strictObject({
    approvedBy: ZActRef.extend({ registerNumber: z.string().min(1).optional(), publishedOn: ZIsoDate.optional() }),
    source: ZSourceRef,
  }),
  changes: z.array(ZRecordedChange).min(1),
  /** Why the text is missing and where it could come from. */
  textMissingBecause: z.string().min(1),
  notes: z.array(z.string()).default([]),
});

/** What one act does to an earlier act, item by item, each with its source. */
export const ZActChange = z.strictObject({
  change: z.enum(['newEdition', 'addition', 'deletion', 'restatement']),
  /** The part of the earlier act, e.g. "paragraph 1, sub-paragraphs 8) and 9)". */
  target: z.string().min(1),
  /** The catalog entries the change produced or touched (empty where the seeds do not say which regulation it was). */
  regulationIds: z.array(ZId).default([]),
  source: ZSourceRef,
});

export const ZEarlierAct = ZActRef.extend({ registerNumber: z.string().min(1).optional() });

/**
 * An act's legal lifecycle as the seeds state it: which acts it amends (and how) and which it repeals. One file per act
 * under regulations/acts/; the act's own dates and its repeal stay in each regulation's `act` (they decide versions).
 */
export const ZActLifecycle = z.strictObject({
  schema: z.literal(REGULATION_SCHEMA_VERSION),
  kind: z.literal('actLifecycle'),
  /** `<region>-<year>-<number>`, e.g. zhambyl-2017-231. */
  id: ZId,
  region: ZRegion,
  district: z.string().optional(),
  date: ZIsoDate,
  number: z.string().min(1),
  title: ZText,
  /** Regulations the act approves as new ones (not as amendments of an earlier act). */
  approves: z.array(z.strictObject({ regulationIds: z.array(ZId).min(1), source: ZSourceRef })).default([]),
  amends: z.array(z.strictObject({ act: ZEarlierAct, changes: z.array(ZActChange).min(1), source: ZSourceRef })).default([]),
  repeals: z.array(ZEarlierAct.extend({ source: ZSourceRef })).default([]),
  source: ZSourceRef,
  notes: z.array(z.string()).default([]),
});

export type AmendmentRecord = z.infer<typeof ZAmendmentRecord>;
export type ActLifecycle = z.infer<typeof ZActLifecycle>;

/** The kinds of definition file; a file without `kind` is an executable regulation. */
export type DefinitionKind = 'regulation' | 'amendmentRecord' | 'actLifecycle';

export function definitionKind(raw: unknown): DefinitionKind | string {
  if (typeof raw !== 'object' || raw === null || !('kind' in raw)) return 'regulation';
  const kind = (raw as { kind: unknown }).kind;
  return typeof kind === 'string' ? kind : String(kind);
}
