import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { labelTables, missingTexts } from '../../src/core/i18n/label-tables.ts';

const SRC = path.resolve(import.meta.dirname, '../../src');

/** Every `*.labels.json` under src: the kk/ru/en tables the core (and the dashboard CSV) read as data. */
async function labelFiles(): Promise<string[]> {
  const entries = await readdir(SRC, { recursive: true });
  return entries.filter((entry) => entry.endsWith('.labels.json')).map((entry) => path.join(SRC, entry)).sort();
}

describe('the kk/ru/en label tables kept as data (*.labels.json)', () => {
  it('gives every entry of every table a non-empty Kazakh, Russian and English text', async () => {
    const files = await labelFiles();
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const file of files) {
      const tables = JSON.parse(await readFile(file, 'utf8')) as unknown;
      expect(Object.keys(tables as object).length, path.relative(SRC, file)).toBeGreaterThan(0);
      expect(missingTexts(tables), path.relative(SRC, file)).toEqual([]);
    }
  });

  it('names each entry that lacks a language, or has it empty, by its path', () => {
    const broken = { roleLabels: { clerk: { kk: 'Кеңсе қызметкері', ru: '', en: 'Office clerk' }, head: { kk: 'Басшы', en: 'Head' } }, headers: [{ kk: 'Уақыты', ru: 'Время', en: '' }] };
    expect(missingTexts(broken)).toEqual(['roleLabels.clerk.ru', 'roleLabels.head.ru', 'headers.0.en']);
  });

  it('refuses to load a module whose table misses a text, naming the file and the entry', () => {
    const tables = { statusLabels: { same: { kk: 'бірдей', ru: 'совпадает', en: '' } } };
    expect(() => labelTables(tables, 'comparison-texts.labels.json')).toThrow('comparison-texts.labels.json: no text at statusLabels.same.en');
  });

  it('hands the module its tables as they stand in the file, texts byte for byte', async () => {
    const { ROLE_LABELS } = await import('../../src/core/bpmn/handbook-texts.ts');
    const file = JSON.parse(await readFile(path.join(SRC, 'core/bpmn/handbook-texts.labels.json'), 'utf8')) as { roleLabels: unknown };
    expect(ROLE_LABELS).toEqual(file.roleLabels);
    expect(ROLE_LABELS.scOperator.kk).toBe('Мемлекеттік корпорация операторы');
  });
});
