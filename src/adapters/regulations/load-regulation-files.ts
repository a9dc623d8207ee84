import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../core/errors/app-error.ts';
import { checkRegulation, parseRegulation, type DefinitionIssue } from '../../core/regulation/parse-regulation.ts';
import type { Regulation } from '../../core/regulation/schema.ts';

export interface RegulationFileReport {
  readonly file: string;
  readonly regulation: Regulation | null;
  readonly issues: readonly DefinitionIssue[];
}

async function listDefinitionFiles(directory: string): Promise<string[]> {
  const names = await readdir(directory);
  return names.filter((name) => name.endsWith('.json')).sort().map((name) => path.join(directory, name));
}

async function readJson(file: string): Promise<unknown> {
  const text = await readFile(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AppError('REGULATION_INVALID', `${file}: not JSON: ${(error as Error).message}`, {
      file,
      path: '(root)',
      reason: 'not valid JSON',
    });
  }
}

/** Loads every definition in a directory; the first invalid file fails the load, naming file, path and reason. */
export async function loadRegulationFiles(directory: string): Promise<Regulation[]> {
  const regulations: Regulation[] = [];
  for (const file of await listDefinitionFiles(directory)) {
    regulations.push(parseRegulation(await readJson(file), path.basename(file)));
  }
  const seen = new Set<string>();
  for (const regulation of regulations) {
    if (seen.has(regulation.id)) {
      throw new AppError('REGULATION_INVALID', `two files define regulation ${regulation.id}`, {
        file: regulation.id,
        path: 'id',
        reason: 'duplicate regulation id',
      });
    }
    seen.add(regulation.id);
  }
  return regulations;
}

/** Checks every definition and reports all issues instead of stopping at the first (for `qyzmet validate`). */
export async function checkRegulationFiles(directory: string): Promise<RegulationFileReport[]> {
  const reports: RegulationFileReport[] = [];
  for (const file of await listDefinitionFiles(directory)) {
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      reports.push({ file: path.basename(file), regulation: null, issues: [{ path: '(root)', reason: `not JSON: ${(error as Error).message}` }] });
      continue;
    }
    const { regulation, issues } = checkRegulation(raw);
    reports.push({ file: path.basename(file), regulation, issues });
  }
  return reports;
}
