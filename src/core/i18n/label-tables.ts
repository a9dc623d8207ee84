import { LANGUAGES, type Text } from './text.ts';

/** One module's label tables as its `*.labels.json` holds them: named tables of texts, a list of texts, or one text. */
export type LabelTables = { readonly [name: string]: Text | readonly Text[] | { readonly [key: string]: Text } };

function isText(value: unknown): value is Text {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && LANGUAGES.some((language) => language in value);
}

/**
 * Where a table lacks a text: the path of every entry without a non-empty Kazakh, Russian and English string
 * (`roleLabels.clerk.ru`), empty when all are there. The label-tables test runs it over every data file.
 */
export function missingTexts(tables: unknown, path = ''): string[] {
  if (isText(tables)) {
    return LANGUAGES.filter((language) => typeof tables[language] !== 'string' || tables[language].length === 0).map((language) => `${path}.${language}`);
  }
  if (typeof tables !== 'object' || tables === null) return [path || '(root)'];
  const entries = Array.isArray(tables) ? tables.map((value, index) => [String(index), value] as const) : Object.entries(tables);
  if (entries.length === 0) return [path || '(root)'];
  return entries.flatMap(([key, value]) => missingTexts(value, path ? `${path}.${key}` : key));
}

/**
 * The kk/ru/en label tables of a module, read from its JSON data file (issue #19: the texts are data, the code reads
 * them) and checked when the module loads, so a missing translation stops the start instead of reaching a reader.
 */
export function labelTables<T extends LabelTables>(tables: T, file: string): T {
  const missing = missingTexts(tables);
  if (missing.length > 0) throw new Error(`${file}: no text at ${missing.join(', ')}`);
  return tables;
}
