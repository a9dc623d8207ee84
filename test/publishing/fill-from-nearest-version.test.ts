import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importRegulationText } from '../../src/core/importer/import-regulation-text.ts';
import { checkCitations } from '../../src/core/publishing/check-citations.ts';
import { fillFromNearestVersion as fillFrom } from '../../src/core/publishing/fill-from-nearest-version.ts';
import { nearestVersionOfDraft } from '../../src/core/publishing/nearest-version.ts';
import { prepareDraft } from '../../src/core/publishing/prepare-draft.ts';
import { citationNameOf, linesOf } from '../../src/core/publishing/source-text.ts';
import { checkDefinition, parseRegulation } from '../../src/core/regulation/parse-regulation.ts';
import type { Regulation } from '../../src/core/regulation/schema.ts';
import { REGULATIONS_DIR, SEEDS_DIR } from '../support/paths.ts';

const SHA = 'cd'.repeat(32);
const NAME = citationNameOf(SHA);
const SEED_000 = readFileSync(path.join(SEEDS_DIR, '000_88b275066dc75452.txt'), 'utf8');
const regulation = (id: string) => parseRegulation(JSON.parse(readFileSync(path.join(REGULATIONS_DIR, `${id}.json`), 'utf8')), id);
const catalog = ['zhambyl-2017-231-job-seeker-registration', 'kyzylorda-2018-1057-job-seeker-registration'].map(regulation);

/** Seed 000 (Zhambyl act 231 of 2017, kk and ru) through the real importer, prepared as an upload is. */
function jobSeekerDraft(): Record<string, any> {
  const imported = importRegulationText({ fileName: NAME, text: SEED_000 }).regulations.find((d: any) => d.service.code === 'job-seeker-registration');
  if (!imported) throw new Error('seed 000 has no job-seeker registration');
  return prepareDraft(imported, new Set(catalog.map((r) => r.id)), SHA).definition as Record<string, any>;
}

const fillFromNearestVersion = (draft: Record<string, any>, nearest: Regulation) => {
  const { definition, proposals } = fillFrom(draft, nearest);
  return { definition: definition as Record<string, any>, proposals };
};

const problems = (definition: Record<string, unknown>) => [
  ...checkDefinition(definition).issues.map((i) => `${i.path}: ${i.reason}`),
  ...checkCitations(definition, { citationName: NAME, lines: linesOf(SEED_000) }).map((i) => `${i.path}: ${i.problem}`),
];

describe('preparing an imported draft', () => {
  it("turns the importer's informational keys (channels, language, the repeal's citation) into review notes", () => {
    const draft = jobSeekerDraft();
    expect(draft).not.toHaveProperty('channels');
    expect(draft).not.toHaveProperty('language');
    expect(draft.act.repealedBy).not.toHaveProperty('source');
    expect(draft.notes.join('\n')).toMatch(/channels named in the text: providerOffice \(line 698: .*portal \(line 700/);
    expect(draft.notes.join('\n')).toMatch(/repeal by No 73 of 2021-03-19 read \(line 467/);
  });
});

describe('filling a draft from the nearest version', () => {
  it('picks the same service in the same region first, even when the draft has no act date', () => {
    const draft = jobSeekerDraft();
    expect(nearestVersionOfDraft(draft, catalog)?.id).toBe('zhambyl-2017-231-job-seeker-registration');
    expect(nearestVersionOfDraft({ ...draft, act: null, region: 'kyzylorda' }, catalog)?.id).toBe('kyzylorda-2018-1057-job-seeker-registration');
    expect(nearestVersionOfDraft({ ...draft, service: { code: 'no-such-service' } }, catalog)).toBeNull();
  });

  it("makes seed 000's job-seeker draft pass the catalog's checks, each proposal naming the version and path it came from", () => {
    const draft = jobSeekerDraft();
    const before = problems(draft);
    expect(before).toContain('steps[0].action.en: Invalid input: expected string, received undefined');
    expect(before).toContain('routes[0].name: Invalid input: expected object, received undefined');
    const nearest = catalog[0]!;
    const { definition, proposals } = fillFromNearestVersion(draft, nearest);
    expect(problems(definition)).toEqual([]);
    const at = (p: string) => proposals.find((proposal) => proposal.path === p);
    expect(at('steps[0].action.en')).toEqual({ path: 'steps[0].action.en', from: { regulationId: nearest.id, path: 'steps[0].action.en' }, value: nearest.steps[0]!.action.en });
    expect(at('routes[1].name')?.from).toEqual({ regulationId: nearest.id, path: 'routes[1].name' });
    expect(at('results[0].name.kk')?.from.path).toBe('results[0].name.kk');
    expect(at('act.issuer.en')?.value).toBe('Akimat of Zhambyl region');
    expect(at('formFields')?.value).toEqual(nearest.formFields);
    // Every proposal is at a path its source version really has, with the value found there.
    for (const proposal of proposals) expect(valueAt(nearest, proposal.from.path)).toEqual(proposal.value);
    // The input draft is not changed.
    expect(draft.steps[0].action.en).toBeUndefined();
  });

  it("never overwrites what the text gives: the Russian names, the limits, roles and order stay the importer's", () => {
    const draft = jobSeekerDraft();
    const { definition, proposals } = fillFromNearestVersion(draft, catalog[0]!);
    expect(definition.provider.name.ru).toBe(draft.provider.name.ru);
    expect(definition.results[0].name.ru).toBe(draft.results[0].name.ru);
    expect(definition.steps.map((s: any) => [s.id, s.role, s.limit, s.source])).toEqual(draft.steps.map((s: any) => [s.id, s.role, s.limit, s.source]));
    expect(definition.routes.map((r: any) => r.steps)).toEqual(draft.routes.map((r: any) => r.steps));
    expect(proposals.some((p) => /(^|\.)(limit|role|source|steps)(\.|$|\[)/.test(p.path.replace(/^steps\[\d+\]/, '')))).toBe(false);
  });

  it('proposes no text for a step whose limit or role differs from the version, nor anything carrying a citation', () => {
    const draft = jobSeekerDraft();
    draft.steps[2].limit.value = 5;
    draft.steps[3].role = 'executor';
    const { definition, proposals } = fillFromNearestVersion(draft, catalog[0]!);
    expect(definition.steps[2].action.en).toBeUndefined();
    expect(definition.steps[3].action.en).toBeUndefined();
    expect(definition.steps[1].action.en).toBe(catalog[0]!.steps[1]!.action.en);
    expect(definition).not.toHaveProperty('informationSystems');
    expect(definition).not.toHaveProperty('contradictions');
    expect(proposals.filter((p) => p.path.startsWith('steps[2]') || p.path.startsWith('steps[3]'))).toEqual([]);
  });

  it("takes the act's texts only from the same act, and a missing region from the version", () => {
    const draft = jobSeekerDraft();
    draft.act.number = '999';
    delete draft.region;
    const { definition, proposals } = fillFromNearestVersion(draft, catalog[1]!);
    expect(definition.act.issuer.en).toBeUndefined();
    expect(definition.region).toBe('kyzylorda');
    expect(proposals[0]).toEqual({ path: 'region', from: { regulationId: catalog[1]!.id, path: 'region' }, value: 'kyzylorda' });
  });
});

function valueAt(root: unknown, jsonPath: string): unknown {
  return jsonPath
    .split(/\.|(?=\[)/)
    .filter(Boolean)
    .reduce<unknown>((node, part) => {
      const index = /^\[(\d+)\]$/.exec(part);
      return index ? (node as unknown[])[Number(index[1])] : (node as Record<string, unknown>)[part];
    }, root);
}
