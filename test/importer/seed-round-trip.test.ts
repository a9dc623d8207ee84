import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importRegulationText } from '../../src/core/importer/import-regulation-text.ts';
import type { ImportResult } from '../../src/core/importer/import-contract.ts';
import { REGULATIONS_DIR, SEEDS_DIR } from '../support/paths.ts';
import { compareVersion, type Shape, type VersionComparison } from './compare-with-catalog.ts';

// Executable versions are the definitions with steps; an amendment record (kind "amendmentRecord") has none.
const catalog = readdirSync(REGULATIONS_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(path.join(REGULATIONS_DIR, f), 'utf8')) as Shape & { kind?: string; region: string; service: { code: string; source: { seed: string } } })
  .filter((d) => d.kind !== 'amendmentRecord' && Array.isArray(d.steps));

const imports = new Map<string, { result: ImportResult; lines: string[] }>();
function imported(seed: string) {
  if (!imports.has(seed)) {
    const text = readFileSync(path.join(SEEDS_DIR, seed), 'utf8');
    imports.set(seed, { result: importRegulationText({ fileName: seed, text }), lines: text.split('\n') });
  }
  return imports.get(seed) as { result: ImportResult; lines: string[] };
}

/** The draft of the same version: same seed file, same service, same act number (the Akmola seed has no act). */
function draftFor(version: (typeof catalog)[number]): Shape | undefined {
  const drafts = imported(version.service.source.seed).result.regulations as unknown as (Shape & { region?: string })[];
  const sameService = drafts.filter((d) => d.service.code === version.service.code);
  return sameService.find((d) => d.act?.number === version.act?.number && d.region === version.region) ?? (sameService.length === 1 ? sameService[0] : undefined);
}

const comparisons = catalog.map((version) => {
  const draft = draftFor(version);
  const lines = imported(version.service.source.seed).lines;
  return { version, draft, comparison: draft ? compareVersion(version, draft, lines) : undefined };
});

function report(): string {
  const rows = comparisons.map(({ version, comparison }) => {
    if (!comparison) return `${version.id}: NO DRAFT (0/${version.steps.length} steps)`;
    const wrong = comparison.steps.filter((s) => s.citation === 'wrong').length;
    const missing = comparison.steps.filter((s) => !s.agrees).map((s) => s.catalogStep);
    const fields = Object.entries(comparison.fields).map(([k, f]) => `${k} ${f.agrees ? 'same' : `catalog [${f.catalog}] draft [${f.draft}]`}`);
    return `${version.id}: steps ${comparison.stepsAgreeing}/${version.steps.length}${missing.length ? ` (not matched: ${missing.join(', ')})` : ''}${comparison.extraDraftSteps.length ? ` (draft only: ${comparison.extraDraftSteps.join(', ')})` : ''}; limit citations wrong: ${wrong}; ${fields.join('; ')}`;
  });
  const agreeing = comparisons.reduce((n, c) => n + (c.comparison?.stepsAgreeing ?? 0), 0);
  const total = catalog.reduce((n, v) => n + v.steps.length, 0);
  return [...rows, `OVERALL: ${agreeing}/${total} steps identical in role, order and limit (${((100 * agreeing) / total).toFixed(1)}%) across ${catalog.length} executable versions`].join('\n');
}

describe('the importer on the seeds, against the hand-made catalog', () => {
  it('prints the agreement per version and overall', () => {
    console.log(report());
    expect(catalog.length).toBe(19);
  });

  it('finds a draft for every executable version', () => {
    expect(comparisons.filter((c) => !c.draft).map((c) => c.version.id)).toEqual([]);
  });

  it('agrees on at least 95% of the steps in role, order and limit', () => {
    const agreeing = comparisons.reduce((n, c) => n + (c.comparison?.stepsAgreeing ?? 0), 0);
    const total = catalog.reduce((n, v) => n + v.steps.length, 0);
    expect(agreeing / total).toBeGreaterThanOrEqual(0.95);
  });

  it('reads the form of the service of every executable version as the catalog holds it (clause 2, e.g. seed 001 line 226)', () => {
    expect(comparisons.filter((c) => !c.comparison?.fields.serviceForm?.agrees).map((c) => `${c.version.id}: ${JSON.stringify(c.comparison?.fields.serviceForm)}`)).toEqual([]);
  });

  it('reads the form of the result wherever the catalog cites it, also from the result clause (seed 000 line 704)', () => {
    expect(comparisons.filter((c) => !c.comparison?.fields.resultForm?.agrees).map((c) => `${c.version.id}: ${JSON.stringify(c.comparison?.fields.resultForm)}`)).toEqual([]);
  });

  it('cites every agreeing limit to a line the catalog cites, with a quote that states the figure', () => {
    const wrong = comparisons.flatMap((c) => (c.comparison?.steps ?? []).filter((s) => s.citation === 'wrong').map((s) => `${c.version.id}/${s.catalogStep}: ${s.note ?? ''}`));
    expect(wrong).toEqual([]);
  });
});

export type { VersionComparison };
