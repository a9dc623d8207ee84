import type { ImportInput, ImportResult, RegulationDraft, UnresolvedLine } from './import-contract.ts';
import { assembleDraft, type AssembledDraft } from './assemble-draft.ts';
import { mergeLanguages } from './merge-languages.ts';
import { normalizeLines } from './normalize-lines.ts';
import { splitRegulations } from './split-regulations.ts';

/**
 * The importer's entry point (issue #20): a pure, deterministic function of the text. Normalises the lines (PDF line
 * breaks, hyphenation, page debris), cuts the act into its regulations, reads each one, and merges the Kazakh and
 * Russian texts of the same regulation into one draft.
 */
export function importRegulationText(input: ImportInput): ImportResult {
  const { paragraphs, debris, lines } = normalizeLines(input.text);
  const blocks = splitRegulations(paragraphs, input.lang);
  const assembled: AssembledDraft[] = blocks.map((block, i) => assembleDraft(input.fileName, paragraphs, lines, block, i + 1));
  const regulations: RegulationDraft[] = mergeLanguages(assembled);
  const unresolved: UnresolvedLine[] = [
    ...debris.map((d) => ({ line: d.line, text: d.text, reason: 'page debris (page number or running header) left out of the sentence it cut' })),
    ...assembled.flatMap((a) => a.unresolved),
  ];
  if (blocks.length === 0) unresolved.push({ line: 1, text: paragraphs[0]?.text.slice(0, 200) ?? '', reason: 'no regulation found (a title followed by "1. Общие положения" / "1. Жалпы ережелер")' });
  const unique = new Map(unresolved.map((u) => [`${u.line}:${u.reason}`, u]));
  return { regulations, unresolved: [...unique.values()].sort((a, b) => a.line - b.line) };
}
