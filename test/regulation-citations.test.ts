import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFigure } from '../src/core/regulation/parse-figure.ts';
import { walkSources } from '../src/core/regulation/walk-sources.ts';
import { REGULATIONS_DIR, SEEDS_DIR } from './support/paths.ts';

const seedLines = new Map<string, string[]>();
function lineOf(seed: string, line: number): string | undefined {
  if (!seedLines.has(seed)) seedLines.set(seed, readFileSync(path.join(SEEDS_DIR, seed), 'utf8').split('\n'));
  return seedLines.get(seed)?.[line - 1];
}

// Whitespace and quote styles vary in the seeds (non-breaking spaces, «» vs ""); compare on a folded form.
const fold = (s: string) => s.replace(/[«»“”„"]/g, '"').replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim();

const files = readdirSync(REGULATIONS_DIR).filter((f) => f.endsWith('.json')).sort();

describe.each(files)('citations of %s', (file) => {
  const definition: unknown = JSON.parse(readFileSync(path.join(REGULATIONS_DIR, file), 'utf8'));
  const sources = walkSources(definition);

  it('has cited sources', () => {
    expect(sources.length).toBeGreaterThan(0);
  });

  it.each(sources.map((s) => [s.path, s] as const))('quote at %s is on its line', (_path, cited) => {
    const text = lineOf(cited.source.seed, cited.source.line);
    expect(text, `${cited.source.seed}:${cited.source.line} exists`).toBeDefined();
    expect(fold(text ?? '')).toContain(fold(cited.source.quote));
  });

  const limits = sources.filter((s) => s.limit !== undefined);
  it.each(limits.map((s) => [s.path, s] as const))('figure at %s equals its quote', (_path, cited) => {
    const figure = parseFigure(cited.source.quote);
    expect(figure).toEqual({ value: cited.limit?.value, unit: cited.limit?.unit });
  });
});
