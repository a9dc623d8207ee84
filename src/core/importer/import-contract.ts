/**
 * The contract between the regulation importer (a pure function of a published text) and its users: the CLI
 * (`npm run cli -- import`) and the administrator's review-and-publish screens. Issue #20.
 */

/** A regulation text as published, already reduced to plain text lines by an adapter (plain text, HTML, .docx). */
export interface ImportInput {
  /** The name citations point into (`source.file` of every figure in the drafts). */
  readonly fileName: string;
  /** The whole text; lines are split on \n and numbered from 1, as the catalog's citations count them. */
  readonly text: string;
  /** The language of the text when known; the importer detects it otherwise. */
  readonly lang?: 'kk' | 'ru';
}

/** A line the importer could not place: kept, with why, never silently dropped or guessed. */
export interface UnresolvedLine {
  readonly line: number;
  readonly text: string;
  readonly reason: string;
}

/**
 * A draft definition in the catalog's schema (src/core/regulation/schema.ts, ZRegulation input). A draft may be
 * incomplete (for example the English texts, or a figure the text does not give): the catalog's own checks
 * (parseDefinition / checkDefinition) say what is missing before anything is published.
 */
export type RegulationDraft = Record<string, unknown>;

export interface ImportResult {
  readonly regulations: readonly RegulationDraft[];
  readonly unresolved: readonly UnresolvedLine[];
}

export type RegulationImporter = (input: ImportInput) => ImportResult;
