import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogFiles, loadRegulationFiles, type CatalogFiles } from '../src/adapters/regulations/load-regulation-files.ts';
import { RegulationCatalog, searchCatalog } from '../src/application/regulation-catalog.ts';
import { AppError } from '../src/core/errors/app-error.ts';
import { ERROR_CODES } from '../src/core/errors/error-codes.ts';
import { resolveVersion } from '../src/core/regulation/resolve-version.ts';
import { REGULATIONS_DIR } from './support/paths.ts';

const RECORD = 'zhambyl-2017-231-tsa-recipient-certificate';
const on = (isoDate: string) => new Date(`${isoDate}T07:00:00Z`);

let files: CatalogFiles;
let catalog: RegulationCatalog;
beforeAll(async () => {
  files = await loadCatalogFiles(REGULATIONS_DIR);
  catalog = new RegulationCatalog(files.regulations, files.amendmentRecords, files.acts);
});

async function tempDirWith(name: string, content: unknown): Promise<string> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'qyzmet-records-'));
  await mkdir(path.dirname(path.join(directory, name)), { recursive: true });
  await writeFile(path.join(directory, name), JSON.stringify(content));
  // The region, act kind and role codes the definitions name are checked against the reference data (issue #16).
  await cp(path.join(REGULATIONS_DIR, 'reference'), path.join(directory, 'reference'), { recursive: true });
  return directory;
}

const readDefinition = async (name: string) => JSON.parse(await readFile(path.join(REGULATIONS_DIR, name), 'utf8'));

describe('the catalog of the seeds', () => {
  it('holds 20 versions: 19 executable and the Zhambyl amendment record, plus 3 act lifecycles', () => {
    expect(files.regulations).toHaveLength(19);
    expect(files.amendmentRecords.map((r) => r.id)).toEqual([RECORD]);
    expect(files.acts.map((a) => a.id).sort()).toEqual(['aktobe-2016-285', 'kyzylorda-2018-1057', 'zhambyl-2017-231']);
  });

  it('gives the engine, diagrams and comparison only executable versions', async () => {
    const executable = await loadRegulationFiles(REGULATIONS_DIR);
    expect(executable.map((r) => r.id)).not.toContain(RECORD);
    expect(executable).toHaveLength(19);
  });
});

describe('the amendment record (seed 000 lines 29-33 kk, 491-495 ru)', () => {
  it('records the restated sub-paragraph 3) of paragraph 1 in both languages of the act', () => {
    const [record] = files.amendmentRecords;
    expect(record?.textAvailable).toBe(false);
    expect(record?.changes[0]?.newWording?.kk.quote).toBe('"3) кент, ауыл, ауылдық округтің әкімі;"');
    expect(record?.changes[0]?.newWording?.ru.quote).toBe('"3) акима поселка, села, сельского округа;"');
    expect(record?.amendedRegulation.approvedBy).toMatchObject({ number: '158', date: '2015-07-27', registerNumber: '2735' });
  });

  it('is never handed out for filing: get() refuses it with REGULATION_TEXT_NOT_AVAILABLE', () => {
    const failure = (() => {
      try {
        catalog.get(RECORD);
      } catch (error) {
        return error;
      }
    })();
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).code).toBe('REGULATION_TEXT_NOT_AVAILABLE');
    expect((failure as AppError).details).toMatchObject({ regulationId: RECORD, amendingAct: '231 / 2017-10-26' });
    const messages = ERROR_CODES.REGULATION_TEXT_NOT_AVAILABLE.userMessage;
    expect([messages.kk, messages.ru, messages.en].every((m) => m.includes('{regulationId}'))).toBe(true);
    expect(() => catalog.get('no-such-version')).toThrow(expect.objectContaining({ code: 'REGULATION_NOT_FOUND' }));
  });

  it('appears in catalog search only when records are asked for', () => {
    expect(searchCatalog(catalog, { region: 'zhambyl' }).map((e) => e.kind)).toEqual(['regulation', 'regulation', 'regulation']);
    const withRecords = searchCatalog(catalog, { region: 'zhambyl', text: 'атаулы', lang: 'kk', includeRecords: true });
    expect(withRecords.map((e) => (e.kind === 'amendmentRecord' ? e.record.id : e.regulation.id))).toEqual([RECORD]);
    // A record has no channel, so a channel search never offers it.
    expect(searchCatalog(catalog, { region: 'zhambyl', channel: 'providerOffice', includeRecords: true }).map((e) => e.kind)).not.toContain('amendmentRecord');
  });

  it('is rejected when it claims its text is available', async () => {
    const record = await readDefinition(`${RECORD}.json`);
    record.textAvailable = true;
    const failure = (await loadCatalogFiles(await tempDirWith('record.json', record)).catch((e: unknown) => e)) as AppError;
    expect(failure.details).toMatchObject({ file: 'record.json', path: 'textAvailable' });
  });

  it('rejects a definition of an unknown kind instead of skipping it', async () => {
    const failure = (await loadCatalogFiles(await tempDirWith('odd.json', { kind: 'rumour' })).catch((e: unknown) => e)) as AppError;
    expect(failure.details).toMatchObject({ file: 'odd.json', path: 'kind', reason: 'unknown definition kind "rumour"' });
  });
});

describe('version resolution with the amendment record', () => {
  const query = { region: 'zhambyl' as const, serviceCode: 'tsa-recipient-certificate' };
  const resolve = (isoDate: string) => resolveVersion(files.regulations, { ...query, at: on(isoDate) }, files.amendmentRecords);

  it.each(['2017-12-28', '2018-06-01', '2021-03-18'])('on %s answers that an amended version exists but its text is not in the catalog', (day) => {
    const resolution = resolve(day);
    expect(resolution).toMatchObject({ status: 'noneInForce', reason: 'textNotInCatalog', amendmentRecord: { id: RECORD } });
    expect(resolution.status === 'noneInForce' && resolution.message).toContain('its text is not in the catalog');
  });

  it('says not yet in force before registration + 11 days (2017-11-27), uncertain until publication is presumed, repealed once resolution 73 applies under both readings (seed 000 lines 5, 467)', () => {
    expect(resolve('2017-11-17')).toMatchObject({ status: 'noneInForce', reason: 'notYetInForce' });
    expect(resolve('2017-11-27')).toMatchObject({ status: 'noneInForce', reason: 'notYetInForce' });
    expect(resolve('2017-11-28')).toMatchObject({ status: 'uncertain', regulationId: RECORD, regulation: null });
    expect(resolve('2021-03-19')).toMatchObject({ status: 'uncertain', answer: { reasonCode: 'endUncertain' } });
    expect(resolve('2021-05-29')).toMatchObject({ status: 'noneInForce', reason: 'repealed' });
  });

  it('without the record knows no version at all', () => {
    expect(resolveVersion(files.regulations, { ...query, at: on('2018-06-01') })).toMatchObject({ reason: 'neverExisted' });
  });

  it('leaves executable versions as they were (Aktobe has the same service in full)', () => {
    const aktobe = resolveVersion(files.regulations, { region: 'aktobe', serviceCode: 'tsa-recipient-certificate', at: on('2018-06-01') }, files.amendmentRecords);
    expect(aktobe.status === 'inForce' && aktobe.regulation.id).toBe('aktobe-2016-285-tsa-recipient-certificate');
  });
});

describe('act lifecycles', () => {
  const act = (id: string) => files.acts.find((a) => a.id === id);

  it('Zhambyl 231 deletes sub-items 8) and 9), restates 10), adds 20) and 21) of resolution 158 (seed 000 lines 473-497)', () => {
    const [amended] = act('zhambyl-2017-231')?.amends ?? [];
    expect(amended?.act).toMatchObject({ number: '158', date: '2015-07-27', registerNumber: '2735' });
    expect(amended?.changes.map((c) => c.change)).toEqual(['deletion', 'restatement', 'newEdition', 'addition', 'restatement']);
    expect(amended?.changes.find((c) => c.change === 'addition')?.regulationIds).toEqual(['zhambyl-2017-231-job-seeker-registration', 'zhambyl-2017-231-unemployed-registration']);
  });

  it('Aktobe 285 sets 9 regulations of resolution 278 in new editions, adds 2 and repeals No 213 of 25.05.2016', () => {
    const lifecycle = act('aktobe-2016-285');
    const changes = lifecycle?.amends[0]?.changes ?? [];
    expect(changes.filter((c) => c.change === 'newEdition')).toHaveLength(9);
    expect(changes.filter((c) => c.change === 'addition').flatMap((c) => c.regulationIds)).toEqual(['aktobe-2016-285-rehabilitated-person-certificate', 'aktobe-2016-285-social-risk-payments']);
    expect(lifecycle?.repeals).toEqual([expect.objectContaining({ number: '213', date: '2016-05-25' })]);
  });

  it('Kyzylorda 1057 approves 3 regulations and repeals No 141 of 02.09.2015 and No 380 of 29.02.2016', () => {
    const lifecycle = act('kyzylorda-2018-1057');
    expect(lifecycle?.approves[0]?.regulationIds).toHaveLength(3);
    expect(lifecycle?.repeals.map((r) => [r.number, r.date, r.registerNumber])).toEqual([
      ['141', '2015-09-02', '5134'],
      ['380', '2016-02-29', '5452'],
    ]);
  });

  it('fails the load when an act names a version the catalog does not have', async () => {
    const lifecycle = await readDefinition('acts/kyzylorda-2018-1057.json');
    lifecycle.approves[0].regulationIds.push('kyzylorda-2018-1057-ghost');
    const directory = await tempDirWith('acts/kyzylorda-2018-1057.json', lifecycle);
    for (const id of ['job-seeker-registration', 'unemployed-registration', 'active-employment-referral']) {
      const name = `kyzylorda-2018-1057-${id}.json`;
      await writeFile(path.join(directory, name), JSON.stringify(await readDefinition(name)));
    }
    const failure = (await loadCatalogFiles(directory).catch((e: unknown) => e)) as AppError;
    expect(failure).toBeInstanceOf(AppError);
    expect(failure.details).toMatchObject({ path: 'regulationIds', reason: 'no catalog entry "kyzylorda-2018-1057-ghost"' });
  });
});
