import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCitations } from '../../src/core/publishing/check-citations.ts';
import { mergeActLifecycles } from '../../src/core/publishing/merge-act-lifecycles.ts';
import { nearestVersion } from '../../src/core/publishing/nearest-version.ts';
import { prepareDraft, uniqueDraftId } from '../../src/core/publishing/prepare-draft.ts';
import { citationNameOf, linesOf, normalizeLineBreaks } from '../../src/core/publishing/source-text.ts';
import { parseRegulation } from '../../src/core/regulation/parse-regulation.ts';
import { ZSourceRef, type Regulation } from '../../src/core/regulation/schema.ts';
import { ZActLifecycle } from '../../src/core/regulation/catalog-records.ts';
import { FIXTURE_BASE_ID, FIXTURE_SEED_FILE, fixedImporter, fixtureSeedText } from '../support/fixed-importer.ts';
import { REGULATIONS_DIR } from '../support/paths.ts';

const SHA = 'ab'.repeat(32);
const NAME = citationNameOf(SHA);
const regulation = (id: string) => parseRegulation(JSON.parse(readFileSync(path.join(REGULATIONS_DIR, `${id}.json`), 'utf8')), id);
const text = { citationName: NAME, lines: linesOf(fixtureSeedText()) };
const imported = () => fixedImporter({ fileName: NAME, text: fixtureSeedText() }).regulations[0] as Record<string, any>;

describe('an uploaded text as citations name it', () => {
  it('is named by its SHA-256 prefix, a name the catalog schema accepts and no seed can have', () => {
    expect(NAME).toBe('upload_abababababababab.txt');
    expect(ZSourceRef.safeParse({ seed: NAME, line: 1, quote: 'abc' }).success).toBe(true);
    expect(ZSourceRef.safeParse({ seed: 'upload_xyz.txt', line: 1, quote: 'abc' }).success).toBe(false);
  });

  it('counts lines the same for Windows and Unix line breaks', () => {
    expect(linesOf(normalizeLineBreaks('a\r\nb\rc\nd'))).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('the citation check in the stored text', () => {
  it('proves every citation of a correct draft', () => {
    const draft = imported();
    draft.steps[0].limit.value = 20;
    expect(checkCitations(draft, text)).toEqual([]);
  });

  it('finds a figure that differs from its quote, a quote off its line, a missing line and a citation of another text', () => {
    const draft = imported();
    draft.provider.source.quote = 'words that are not there';
    draft.service.source.line = 100_000;
    draft.results[0].source = { ...draft.results[0].source, seed: FIXTURE_SEED_FILE };
    const issues = checkCitations(draft, text);
    expect(issues.map((i) => [i.path, i.problem])).toEqual(
      expect.arrayContaining([
        ['service.source', 'lineMissing'],
        ['provider.source', 'quoteNotOnLine'],
        ['steps[0].limit.source', 'figureDiffers'],
        [expect.stringMatching(/^results\[0\]/), 'otherText'],
      ]),
    );
    expect(issues.find((i) => i.problem === 'figureDiffers')?.quoted).toEqual({ value: 20, unit: 'minutes' });
  });
});

describe('preparing a draft', () => {
  it('keeps a new id and gives a taken one the hash prefix, the same for the same text', () => {
    expect(uniqueDraftId('new-version', new Set(['other']), SHA)).toBe('new-version');
    expect(uniqueDraftId(FIXTURE_BASE_ID, new Set([FIXTURE_BASE_ID]), SHA)).toBe(`${FIXTURE_BASE_ID}-abababab`);
    expect(uniqueDraftId('Not An Id', new Set(), SHA)).toBe('imported-regulation');
  });

  it('writes the act lifecycle that approves the version, valid in the catalog schema', () => {
    const { definition, actLifecycle } = prepareDraft(imported(), new Set(), SHA);
    const act = ZActLifecycle.parse(actLifecycle);
    expect(act).toMatchObject({ id: 'zhambyl-2021-999', region: 'zhambyl', number: '999', approves: [{ regulationIds: [definition.id] }] });
  });
});

describe('the nearest existing version', () => {
  const catalog = ['zhambyl-2017-231-job-seeker-registration', 'kyzylorda-2018-1057-job-seeker-registration', 'zhambyl-2017-231-unemployed-registration'].map(regulation);
  const draftOf = (region: Regulation['region'], date: string) => ({ ...regulation(FIXTURE_BASE_ID), id: 'draft', region, act: { ...regulation(FIXTURE_BASE_ID).act, date } });

  it('is the same service in the same region (another edition) before another region', () => {
    expect(nearestVersion(draftOf('zhambyl', '2030-01-01'), catalog)?.id).toBe('zhambyl-2017-231-job-seeker-registration');
    expect(nearestVersion(draftOf('kyzylorda', '2010-01-01'), catalog)?.id).toBe('kyzylorda-2018-1057-job-seeker-registration');
  });

  it('is none when no version of the service exists', () => {
    expect(nearestVersion({ ...draftOf('akmola', '2020-01-01'), service: { ...regulation(FIXTURE_BASE_ID).service, code: 'no-such-service' } }, catalog)).toBeNull();
  });
});

describe('act lifecycles of files and publications', () => {
  it('are one per act: a version published under a known act adds to its approves', () => {
    const source = { seed: NAME, line: 1, quote: 'abc' };
    const base = ZActLifecycle.parse({ schema: 1, kind: 'actLifecycle', id: 'zhambyl-2017-231', region: 'zhambyl', date: '2017-10-26', number: '231', title: { kk: 'a', ru: 'b', en: 'c' }, approves: [{ regulationIds: ['one'], source }], source });
    const merged = mergeActLifecycles([base], [{ ...base, approves: [{ regulationIds: ['two'], source }] }]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.approves.flatMap((a) => a.regulationIds)).toEqual(['one', 'two']);
  });
});
