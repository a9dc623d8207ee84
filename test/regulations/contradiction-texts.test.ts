import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegulationFiles } from '../../src/adapters/regulations/load-regulation-files.ts';
import type { Regulation } from '../../src/core/regulation/schema.ts';
import { REGULATIONS_DIR } from '../support/paths.ts';

/*
 * "Everything a person reads exists in Kazakh, Russian and English": the contradictions of the definitions (topic,
 * each reading's summary, the reason of the choice) are shown in the handbook and by the readings API. A cheap guard
 * against untranslated text: kk holds letters only Kazakh has, ru holds Cyrillic, and neither is the English copied.
 */
const KAZAKH_LETTERS = /[әғқңөұүһі]/iu;
const CYRILLIC = /[а-яё]/iu;

type Text = { kk: string; ru: string; en: string };

function textsOf(regulation: Regulation): { where: string; text: Text }[] {
  return regulation.contradictions.flatMap((c) => [
    { where: `${regulation.id} ${c.id} topic`, text: c.topic },
    ...c.readings.map((r) => ({ where: `${regulation.id} ${c.id} reading ${r.id}`, text: r.summary })),
    { where: `${regulation.id} ${c.id} reason`, text: c.reason },
  ]);
}

describe('the texts of the contradictions in the definitions', () => {
  it('are written in Kazakh, Russian and English, none a copy of the English', async () => {
    const regulations = await loadRegulationFiles(REGULATIONS_DIR);
    const texts = regulations.flatMap(textsOf);
    // 28 contradictions in 13 definitions when the texts were translated; the guard must see them all.
    expect(texts.length).toBeGreaterThanOrEqual(28 * 3);
    const untranslated = texts.filter(
      ({ text }) =>
        [text.kk, text.ru, text.en].some((t) => t.trim() === '') ||
        !KAZAKH_LETTERS.test(text.kk) ||
        !CYRILLIC.test(text.ru) ||
        text.kk === text.en ||
        text.ru === text.en ||
        text.kk === text.ru,
    );
    expect(untranslated.map((u) => u.where)).toEqual([]);
  });

  it('refuses a definition whose contradiction topic is a plain string instead of kk, ru and en', async () => {
    const directory = await mkdtemp(path.join(os.tmpdir(), 'qyzmet-regulations-'));
    const definition = JSON.parse(await readFile(path.join(REGULATIONS_DIR, 'zhambyl-2017-231-job-seeker-registration.json'), 'utf8'));
    definition.contradictions[0].topic = definition.contradictions[0].topic.en;
    await writeFile(path.join(directory, 'english-only.json'), JSON.stringify(definition));
    const failure = await loadRegulationFiles(directory).catch((error: unknown) => error);
    expect((failure as { details?: unknown }).details).toMatchObject({ file: 'english-only.json', path: 'contradictions[0].topic' });
  });
});
