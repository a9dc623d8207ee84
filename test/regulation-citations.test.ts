import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTS_SUBDIRECTORY } from '../src/adapters/regulations/load-regulation-files.ts';
import { parseFigure } from '../src/core/regulation/parse-figure.ts';
import type { SourceRef } from '../src/core/regulation/schema.ts';
import { walkSources } from '../src/core/regulation/walk-sources.ts';
import { REGULATIONS_DIR, SEEDS_DIR } from './support/paths.ts';

const seedLines = new Map<string, string[]>();
function linesOf(seed: string): string[] {
  if (!seedLines.has(seed)) seedLines.set(seed, readFileSync(path.join(SEEDS_DIR, seed), 'utf8').split('\n'));
  return seedLines.get(seed) ?? [];
}

/** The cited text: the one line, or the lines line..endLine joined by spaces (the PDF conversion splits sentences). */
function citedText(source: SourceRef): string | undefined {
  const lines = linesOf(source.seed).slice(source.line - 1, source.endLine ?? source.line);
  return lines.length === (source.endLine ?? source.line) - source.line + 1 ? lines.join(' ') : undefined;
}

// Whitespace and quote styles vary in the seeds (non-breaking spaces, «» vs ""); compare on a folded form.
const fold = (s: string) => s.replace(/[«»“”„"]/g, '"').replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim();

// Every definition of every kind: regulations, amendment records and (in acts/) act lifecycles.
const files = [
  ...readdirSync(REGULATIONS_DIR).filter((f) => f.endsWith('.json')),
  ...readdirSync(path.join(REGULATIONS_DIR, ACTS_SUBDIRECTORY)).filter((f) => f.endsWith('.json')).map((f) => `${ACTS_SUBDIRECTORY}/${f}`),
].sort();

describe('the files cited', () => {
  it('include the amendment record and the three act lifecycles', () => {
    expect(files).toEqual(expect.arrayContaining(['zhambyl-2017-231-tsa-recipient-certificate.json', 'acts/zhambyl-2017-231.json', 'acts/aktobe-2016-285.json', 'acts/kyzylorda-2018-1057.json']));
    expect(files).toHaveLength(23);
  });
});

describe.each(files)('citations of %s', (file) => {
  const definition: unknown = JSON.parse(readFileSync(path.join(REGULATIONS_DIR, file), 'utf8'));
  const sources = walkSources(definition);

  it('has cited sources', () => {
    expect(sources.length).toBeGreaterThan(0);
  });

  it.each(sources.map((s) => [s.path, s] as const))('quote at %s is on its line', (_path, cited) => {
    const text = citedText(cited.source);
    expect(text, `${cited.source.seed}:${cited.source.line}-${cited.source.endLine ?? ''} exists`).toBeDefined();
    expect(fold(text ?? '')).toContain(fold(cited.source.quote));
  });

  const spanning = sources.filter((s) => s.source.endLine !== undefined);
  if (spanning.length > 0) {
    it.each(spanning.map((s) => [s.path, s] as const))('quote at %s needs both its first and its last line', (_path, cited) => {
      const { seed, line, endLine = line, quote } = cited.source;
      const lines = linesOf(seed);
      const first = lines[line - 1] ?? '';
      const last = lines[endLine - 1] ?? '';
      // A span is only allowed where the quote really continues: it starts on the first line and ends on the last.
      expect(fold(first)).not.toContain(fold(quote));
      expect(fold(last)).not.toContain(fold(quote));
      expect(first.trim().length).toBeGreaterThan(0);
      expect(last.trim().length).toBeGreaterThan(0);
    });
  }

  const limits = sources.filter((s) => s.limit !== undefined);
  it.each(limits.map((s) => [s.path, s] as const))('figure at %s equals its quote', (_path, cited) => {
    const figure = parseFigure(cited.source.quote);
    expect(figure).toEqual({ value: cited.limit?.value, unit: cited.limit?.unit });
  });
});

describe('quotes split by the PDF conversion (seed 003)', () => {
  it('are proved on the joined lines: "(жиырма" on line 451, "минуттан аспайды)" on line 455', () => {
    const joined = citedText({ seed: '003_b23c12f44c910c6b.txt', line: 451, endLine: 455, quote: 'x' });
    expect(fold(joined ?? '')).toContain('(жиырма минуттан аспайды)');
    expect(fold(citedText({ seed: '003_b23c12f44c910c6b.txt', line: 451, quote: 'x' }) ?? '')).not.toContain('(жиырма минуттан аспайды)');
  });

  it('are what the three Kyzylorda limits cite, with their figures', () => {
    const cited = ['kyzylorda-2018-1057-active-employment-referral.json', 'kyzylorda-2018-1057-job-seeker-registration.json', 'kyzylorda-2018-1057-unemployed-registration.json']
      .flatMap((file) => walkSources(JSON.parse(readFileSync(path.join(REGULATIONS_DIR, file), 'utf8'))))
      .filter((s) => s.source.endLine !== undefined)
      .map((s) => ({ line: s.source.line, endLine: s.source.endLine, limit: s.limit }));
    expect(cited).toEqual(
      expect.arrayContaining([
        { line: 451, endLine: 455, limit: { value: 20, unit: 'minutes' } },
        { line: 97, endLine: 98, limit: { value: 20, unit: 'minutes' } },
        { line: 160, endLine: 161, limit: { value: 20, unit: 'minutes' } },
        { line: 277, endLine: 278, limit: { value: 30, unit: 'minutes' } },
      ]),
    );
  });
});
