import { beforeAll, describe, expect, it } from 'vitest';
import { checkRegulationFiles, loadCatalogFiles } from '../../src/adapters/regulations/load-regulation-files.ts';
import { RegulationCatalog } from '../../src/application/regulation-catalog.ts';
import { catalogOutput, showOutput, validateOutput } from '../../src/cli/catalog-commands.ts';
import { REGULATIONS_DIR } from '../support/paths.ts';

let catalog: RegulationCatalog;
beforeAll(async () => {
  const { regulations, amendmentRecords, acts } = await loadCatalogFiles(REGULATIONS_DIR);
  catalog = new RegulationCatalog(regulations, amendmentRecords, acts);
});

const ids = (lines: readonly string[]) => lines.slice(0, -1).map((line) => line.split('  ')[0]);

describe('qyzmet validate', () => {
  it('prints one line per version (19 executable + 1 amendment record) and a summary', async () => {
    const output = validateOutput(await checkRegulationFiles(REGULATIONS_DIR));
    expect(output.exitCode).toBe(0);
    expect(output.lines).toHaveLength(21);
    expect(output.lines.slice(0, 20).every((line) => line.startsWith('ok    '))).toBe(true);
    expect(output.lines).toContain('ok    zhambyl-2017-231-tsa-recipient-certificate  [zhambyl; amendment record, text not in catalog]  restatement paragraph 1, sub-paragraph 3)');
    expect(output.lines.at(-1)).toBe('20 versions valid (19 executable, 1 amendment record), 3 act lifecycles valid, 0 invalid');
  });

  it('fails with the file, path and reason of an invalid definition', () => {
    const issues = [{ path: 'steps[2].limit.unit', reason: 'Invalid option' }];
    const output = validateOutput([{ file: 'broken.json', checked: { kind: 'regulation', definition: null, issues }, issues }]);
    expect(output).toEqual({ exitCode: 1, lines: ['FAIL  broken.json: steps[2].limit.unit: Invalid option', '0 versions valid (0 executable, 0 amendment records), 0 act lifecycles valid, 1 invalid'] });
  });
});

describe('qyzmet catalog', () => {
  it('lists every version, records included, one line each', () => {
    const output = catalogOutput(catalog, []);
    expect(output.lines).toHaveLength(21);
    expect(output.lines.at(-1)).toBe('20 versions ([a..b] = the day lies between a and b; ~ = a bound Qyzmet presumes; ? = unbounded; end dates are exclusive)');
  });

  it('filters by region and prints names in the chosen language', () => {
    const output = catalogOutput(catalog, ['--region', 'zhambyl', '--lang', 'ru']);
    expect(ids(output.lines)).toEqual([
      'zhambyl-2017-231-active-employment-referral',
      'zhambyl-2017-231-job-seeker-registration',
      'zhambyl-2017-231-unemployed-registration',
      'zhambyl-2017-231-tsa-recipient-certificate',
    ]);
    expect(output.lines[1]).toBe('zhambyl-2017-231-job-seeker-registration  zhambyl  act 231 of 2017-10-26  in force [2017-11-28..2017-12-28~]..[2021-03-19..2021-05-29~] (10 calendar days after its first official publication)  [providerOffice/portal]  Регистрация лиц, ищущих работу');
    expect(output.lines[3]).toContain('[text not in catalog]');
  });

  it('filters by service, channel, date in force and words', () => {
    expect(ids(catalogOutput(catalog, ['--service', 'tsa-recipient-certificate']).lines)).toEqual(['aktobe-2016-285-tsa-recipient-certificate', 'zhambyl-2017-231-tsa-recipient-certificate']);
    expect(ids(catalogOutput(catalog, ['--service', 'tsa-recipient-certificate', '--channel', 'ruralAkim']).lines)).toEqual(['aktobe-2016-285-tsa-recipient-certificate']);
    // Aktobe 285's repeal (No 101 of 12.03.2020, ten days after publication: seed 001 line 10) applies by 2020-05-22,
    // Kyzylorda 1057's (No 163, seed 003 lines 9-11) by 2020-04-17: on 2020-06-01 only Zhambyl remains (Tainsha 517
    // was repealed in 2013). Akmola (seed 004 holds no act) is never certainly in force, so it is not listed.
    expect(ids(catalogOutput(catalog, ['--date', '2020-06-01']).lines).map((id) => id?.split('-')[0])).toEqual(['zhambyl', 'zhambyl', 'zhambyl', 'zhambyl']);
    expect(ids(catalogOutput(catalog, ['--text', 'ищущих безработного', '--lang', 'ru']).lines)).toEqual(['kyzylorda-2018-1057-unemployed-registration', 'zhambyl-2017-231-unemployed-registration']);
  });

  it('refuses unknown filter values with exit code 1', () => {
    expect(catalogOutput(catalog, ['--region', 'mars'])).toMatchObject({ exitCode: 1, lines: [expect.stringContaining('unknown region "mars"')] });
    expect(catalogOutput(catalog, ['--date', '01.02.2019']).exitCode).toBe(1);
    expect(catalogOutput(catalog, ['--lang', 'de']).exitCode).toBe(1);
  });
});

describe('qyzmet show', () => {
  it('prints the steps with their limits, the routes and the results of a version', () => {
    const { lines, exitCode } = showOutput(catalog, ['aktobe-2016-285-semipalatinsk-victims']);
    expect(exitCode).toBe(0);
    expect(lines[0]).toBe('aktobe-2016-285-semipalatinsk-victims: ' + catalog.get('aktobe-2016-285-semipalatinsk-victims').service.name.en);
    const steps = lines.slice(lines.indexOf('steps:') + 1, lines.indexOf('routes:'));
    expect(steps).toHaveLength(catalog.get('aktobe-2016-285-semipalatinsk-victims').steps.length);
    // Semipalatinsk: decision 20 working days; the whole service term is extendable by 1 month (seed 001 line 271).
    expect(steps.some((line) => /20 workingDays/.test(line))).toBe(true);
    expect(lines).toContain('term extension: 1 months (head, executor; seed line 271): When an additional inquiry or inspection is needed to decide.');
    expect(lines.slice(lines.indexOf('results:') + 1).some((line) => line.includes('[refusal]'))).toBe(true);
  });

  it('prints an amendment record with its change and why it is not filed', () => {
    const { lines } = showOutput(catalog, ['zhambyl-2017-231-tsa-recipient-certificate', '--lang', 'ru']);
    expect(lines).toContain('  paragraph-1-sub-3 [restatement] подпункт 3) пункта 1: "3) акима поселка, села, сельского округа;"');
    expect(lines.at(-1)).toBe('not offered for filing (REGULATION_TEXT_NOT_AVAILABLE)');
  });

  it('says so when the id is unknown or missing', () => {
    expect(showOutput(catalog, ['no-such-version'])).toEqual({ exitCode: 1, lines: ['no regulation version "no-such-version"'] });
    expect(showOutput(catalog, []).exitCode).toBe(1);
  });
});
