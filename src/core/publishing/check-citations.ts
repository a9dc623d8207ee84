import { parseFigure } from '../regulation/parse-figure.ts';
import type { SourceRef } from '../regulation/schema.ts';
import { walkSources } from '../regulation/walk-sources.ts';

/** Why a citation does not hold in the stored text. */
export type CitationProblem = 'otherText' | 'lineMissing' | 'quoteNotOnLine' | 'figureDiffers';

export interface CitationIssue {
  /** JSON path of the citation, e.g. `steps[2].limit.source`. */
  readonly path: string;
  readonly problem: CitationProblem;
  readonly source: SourceRef;
  /** For figureDiffers: what the quote states. */
  readonly quoted?: { readonly value: number | null; readonly unit: string | null };
}

// Whitespace and quote styles vary in published texts (non-breaking spaces, «» vs ""): compared on a folded form,
// as the catalog's own citation test does (test/regulation-citations.test.ts).
const fold = (s: string) => s.replace(/[«»“”„"]/g, '"').replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim();

/** The cited text: the one line, or the lines line..endLine joined by spaces (a PDF conversion splits sentences). */
function citedText(lines: readonly string[], source: SourceRef): string | undefined {
  const last = source.endLine ?? source.line;
  if (last > lines.length) return undefined;
  return lines.slice(source.line - 1, last).join(' ');
}

/**
 * Every citation of a definition proved in one stored text: it names that text, its line exists, its quote is on the
 * line, and a limit's figure is what the quote states. A published version cites only the text it was imported from.
 */
export function checkCitations(definition: unknown, text: { readonly citationName: string; readonly lines: readonly string[] }): CitationIssue[] {
  const issues: CitationIssue[] = [];
  for (const cited of walkSources(definition)) {
    const { source, path } = cited;
    if (source.seed !== text.citationName) {
      issues.push({ path, problem: 'otherText', source });
      continue;
    }
    const found = citedText(text.lines, source);
    if (found === undefined) {
      issues.push({ path, problem: 'lineMissing', source });
      continue;
    }
    if (!fold(found).includes(fold(source.quote))) {
      issues.push({ path, problem: 'quoteNotOnLine', source });
      continue;
    }
    if (cited.limit) {
      const quoted = parseFigure(source.quote);
      if (quoted.value !== cited.limit.value || quoted.unit !== cited.limit.unit) issues.push({ path, problem: 'figureDiffers', source, quoted });
    }
  }
  return issues;
}
