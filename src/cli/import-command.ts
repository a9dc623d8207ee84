import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { readRegulationFile } from '../adapters/importer/read-regulation-file.ts';
import type { ImportResult } from '../core/importer/import-contract.ts';
import { importRegulationText } from '../core/importer/import-regulation-text.ts';
import type { CommandOutput } from './catalog-commands.ts';

/** What the import found, in numbers: the summary the CLI prints (issue #20). */
export function importSummary(fileName: string, result: ImportResult): string[] {
  const steps = result.regulations.flatMap((r) => (Array.isArray(r.steps) ? (r.steps as { limit: unknown }[]) : []));
  const limits = steps.filter((s) => s.limit !== null && s.limit !== undefined).length;
  const lines = [`${fileName}: ${result.regulations.length} regulations, ${steps.length} steps, ${limits} limits, ${result.unresolved.length} unresolved lines`];
  for (const r of result.regulations) {
    const service = r.service as { code: string } | undefined;
    const act = r.act as { number?: string; date?: string } | null | undefined;
    const n = Array.isArray(r.steps) ? r.steps.length : 0;
    lines.push(`  ${String(r.id)}: service ${service?.code ?? '?'}, act ${act ? `No ${act.number} of ${act.date}` : 'not found'}, ${n} steps`);
  }
  return lines;
}

/**
 * `import <file> [--lang kk|ru] [--out draft.json]`: reads the file, imports it and writes the drafts (to --out, or to
 * standard output after the summary). Exit 0 whenever the file was read, whatever stayed unresolved.
 */
export async function importOutput(args: string[]): Promise<CommandOutput> {
  const { positionals, values } = parseArgs({ args, allowPositionals: true, options: { lang: { type: 'string' }, out: { type: 'string' } } });
  const [file] = positionals;
  if (!file) return { lines: ['usage: import <file> [--lang kk|ru] [--out draft.json]'], exitCode: 1 };
  const lang = values.lang;
  if (lang !== undefined && lang !== 'kk' && lang !== 'ru') return { lines: [`--lang must be kk or ru, not "${lang}"`], exitCode: 1 };
  const input = await readRegulationFile(file, lang);
  const result = importRegulationText(input);
  const json = `${JSON.stringify({ regulations: result.regulations, unresolved: result.unresolved }, null, 2)}\n`;
  const summary = importSummary(input.fileName, result);
  if (values.out) {
    await writeFile(values.out, json);
    return { lines: [...summary, `draft written to ${values.out}`], exitCode: 0 };
  }
  return { lines: [...summary, json], exitCode: 0 };
}
