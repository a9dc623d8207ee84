import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegulationFiles } from '../src/adapters/regulations/load-regulation-files.ts';
import { AppError } from '../src/core/errors/app-error.ts';
import { REGULATIONS_DIR } from './support/paths.ts';

describe('regulation definitions', () => {
  it('loads every file in regulations/', async () => {
    const regulations = await loadRegulationFiles(REGULATIONS_DIR);
    expect(regulations.map((r) => r.id)).toContain('zhambyl-2017-231-job-seeker-registration');
  });

  it('names the file, the path inside it and the reason when a definition is invalid', async () => {
    const directory = await mkdtemp(path.join(os.tmpdir(), 'qyzmet-regulations-'));
    const valid = JSON.parse(
      await readFile(path.join(REGULATIONS_DIR, 'zhambyl-2017-231-job-seeker-registration.json'), 'utf8'),
    );
    valid.steps[2].limit.unit = 'fortnights';
    await writeFile(path.join(directory, 'broken.json'), JSON.stringify(valid));
    const failure = await loadRegulationFiles(directory).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).details).toMatchObject({ file: 'broken.json', path: 'steps[2].limit.unit' });
    expect((failure as AppError).message).toContain('broken.json: steps[2].limit.unit');
  });

  it('rejects a route that names a step the regulation does not have', async () => {
    const directory = await mkdtemp(path.join(os.tmpdir(), 'qyzmet-regulations-'));
    const valid = JSON.parse(
      await readFile(path.join(REGULATIONS_DIR, 'zhambyl-2017-231-job-seeker-registration.json'), 'utf8'),
    );
    valid.routes[0].steps.push('teleport');
    await writeFile(path.join(directory, 'dangling.json'), JSON.stringify(valid));
    const failure = (await loadRegulationFiles(directory).catch((error: unknown) => error)) as AppError;
    expect(failure.details).toMatchObject({ file: 'dangling.json', path: 'routes[0].steps[5]', reason: 'no step with id "teleport"' });
  });
});
