import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalogFiles, loadReferenceData } from '../../src/adapters/regulations/load-regulation-files.ts';
import { REGION_TIME_ZONES } from '../../src/core/calendar/time-zones.ts';
import { referenceName } from '../../src/core/regulation/reference-data.ts';
import { REGIONS, ROLES } from '../../src/core/regulation/schema.ts';
import { REGULATIONS_DIR } from '../support/paths.ts';
import { RegulationCatalog } from '../../src/application/regulation-catalog.ts';
import { showOutput } from '../../src/cli/catalog-commands.ts';

/*
 * Issue #16: the act kinds, regions and staff roles a regulation names are data (regulations/reference/), with kk/ru/en
 * names, validated at load; a definition naming something the data lacks is refused with its path.
 */
const reference = await loadReferenceData(REGULATIONS_DIR);
const seedLines = (seed: string) => readFileSync(`/work/shared/seeds/${seed}`, 'utf8').split('\n');

async function catalogCopyWith(change: (definition: Record<string, unknown>) => void): Promise<string> {
  const directory = await mkdtemp(path.join(tmpdir(), 'qyzmet-reference-'));
  await cp(REGULATIONS_DIR, directory, { recursive: true });
  const file = path.join(directory, 'aktobe-2016-285-oralman-status.json');
  const definition = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  change(definition);
  await writeFile(file, JSON.stringify(definition));
  return directory;
}

async function loadError(directory: string): Promise<Record<string, unknown>> {
  try {
    await loadCatalogFiles(directory);
  } catch (error) {
    return (error as { details: Record<string, unknown> }).details;
  }
  return {};
}

describe('act kinds, regions and staff roles as data (regulations/reference)', () => {
  it('names every act kind in kk, ru and en, each cited where the seeds use it (resolutions, orders, laws)', () => {
    expect(reference.actKinds.entries.map((k) => k.code)).toEqual(['akimatResolution', 'governmentResolution', 'ministerialOrder', 'law']);
    for (const kind of reference.actKinds.entries) {
      expect(new Set(Object.values(kind.name)).size, kind.code).toBe(3);
      for (const source of [kind.source, ...(kind.otherSources ?? [])]) expect(seedLines(source.seed)[source.line - 1], `${kind.code} line ${source.line}`).toContain(source.quote);
    }
    expect(referenceName(reference.actKinds.entries, 'ministerialOrder').ru).toBe('приказ министра');
  });

  it('holds the regions and roles the engine knows, with their time zones and kk/ru/en names', () => {
    expect(reference.regions.entries.map((r) => r.code).sort()).toEqual([...REGIONS].sort());
    for (const region of reference.regions.entries) expect(region.timeZone, region.code).toBe(REGION_TIME_ZONES[region.code as (typeof REGIONS)[number]]);
    expect(reference.staffRoles.entries.map((r) => r.code)).toEqual([...ROLES]);
    for (const entry of [...reference.regions.entries, ...reference.staffRoles.entries]) expect(new Set(Object.values(entry.name)).size, entry.code).toBe(3);
  });

  it('shows the act kind and the region by name in the language asked, with the term extension and the refusal branches’ limits (CLI show)', async () => {
    const { regulations, amendmentRecords, acts } = await loadCatalogFiles(REGULATIONS_DIR);
    const catalog = new RegulationCatalog(regulations, amendmentRecords, acts);
    const ru = showOutput(catalog, ['aktobe-2016-285-semipalatinsk-victims', '--lang', 'ru'], reference).lines.join('\n');
    expect(ru).toContain('region Актюбинская область; act (постановление акимата) No 285');
    expect(ru).toContain('term extension: 1 months (head, executor; seed line 271)');
    const kk = showOutput(catalog, ['aktobe-2016-285-unemployed-registration', '--lang', 'kk'], reference).lines.join('\n');
    expect(kk).toContain('act (әкімдік қаулысы)');
    expect(kk.match(/refusal branch 2 minutes/g)).toHaveLength(2);
  });

  it('refuses at load a definition whose act kind, or a step role, is not in the data, naming the path', async () => {
    const kind = await loadError(await catalogCopyWith((d) => ((d.act as Record<string, unknown>).kind = 'maslikhatDecision')));
    expect(kind).toMatchObject({ file: 'aktobe-2016-285-oralman-status.json', path: 'act.kind' });
    const role = await loadError(await catalogCopyWith((d) => ((d.steps as Array<Record<string, unknown>>)[0]!.role = 'accountant')));
    expect(role).toMatchObject({ path: 'steps[0].role' });
  });

  it('loads a definition with a new kind of act once the kind is added as data, and refuses reference data with a bad time zone', async () => {
    const directory = await catalogCopyWith((d) => ((d.act as Record<string, unknown>).kind = 'maslikhatDecision'));
    const kindsFile = path.join(directory, 'reference', 'act-kinds.json');
    const kinds = JSON.parse(await readFile(kindsFile, 'utf8')) as { entries: unknown[] };
    kinds.entries.push({ code: 'maslikhatDecision', name: { kk: 'мәслихат шешімі', ru: 'решение маслихата', en: 'maslikhat decision' }, source: reference.actKinds.entries[0]!.source });
    await writeFile(kindsFile, JSON.stringify(kinds));
    const loaded = await loadCatalogFiles(directory);
    expect(loaded.regulations.find((r) => r.id === 'aktobe-2016-285-oralman-status')?.act.kind).toBe('maslikhatDecision');

    const regionsFile = path.join(directory, 'reference', 'regions.json');
    const regions = JSON.parse(await readFile(regionsFile, 'utf8')) as { entries: Array<{ timeZone: string }> };
    regions.entries[0]!.timeZone = 'Asia/Nowhere';
    await writeFile(regionsFile, JSON.stringify(regions));
    await expect(loadReferenceData(directory)).rejects.toMatchObject({ details: { path: 'entries[0].timeZone' } });
  });
});
