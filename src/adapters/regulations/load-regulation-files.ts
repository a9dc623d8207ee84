import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../core/errors/app-error.ts';
import type { ActLifecycle, AmendmentRecord } from '../../core/regulation/catalog-records.ts';
import { checkDefinition, parseDefinition, type CheckedDefinition, type DefinitionIssue } from '../../core/regulation/parse-regulation.ts';
import type { Regulation } from '../../core/regulation/schema.ts';
import { definitionReferenceIssues, referenceDataIssues, ZActKinds, ZRegions, ZStaffRoles, type ReferenceData } from '../../core/regulation/reference-data.ts';
import type { z } from 'zod';

/** Act lifecycles live in this sub-folder of the regulations directory, one file per act. */
export const ACTS_SUBDIRECTORY = 'acts';

export interface RegulationFileReport {
  /** The file name, relative to the regulations directory (acts/… for act lifecycles). */
  readonly file: string;
  readonly checked: CheckedDefinition;
  readonly issues: readonly DefinitionIssue[];
}

/** Everything the catalog holds: executable versions, versions known only by an amendment, and act lifecycles. */
export interface CatalogFiles {
  readonly regulations: Regulation[];
  readonly amendmentRecords: AmendmentRecord[];
  readonly acts: ActLifecycle[];
}

async function listDefinitionFiles(directory: string): Promise<string[]> {
  const names = await readdir(directory).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' && path.basename(directory) === ACTS_SUBDIRECTORY) return [];
    throw error;
  });
  return names.filter((name) => name.endsWith('.json')).sort().map((name) => path.join(directory, name));
}

async function allDefinitionFiles(directory: string): Promise<Array<{ file: string; name: string }>> {
  const top = await listDefinitionFiles(directory);
  const acts = await listDefinitionFiles(path.join(directory, ACTS_SUBDIRECTORY));
  return [...top, ...acts].map((file) => ({ file, name: path.relative(directory, file) }));
}

async function readJson(file: string, name: string): Promise<unknown> {
  const text = await readFile(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AppError('REGULATION_INVALID', `${name}: not JSON: ${(error as Error).message}`, {
      file: name,
      path: '(root)',
      reason: 'not valid JSON',
    });
  }
}

/** Reference data (act kinds, regions, staff roles) lives in this sub-folder, one file per list. */
export const REFERENCE_SUBDIRECTORY = 'reference';

/**
 * Reads regulations/reference/: the act kinds, regions and staff roles the definitions name by code, each validated
 * (kk/ru/en names, unique codes, known time zones); an invalid file fails with its path and reason.
 */
export async function loadReferenceData(directory: string): Promise<ReferenceData> {
  const read = async <S extends z.ZodType>(name: string, schema: S): Promise<z.infer<S>> => {
    const file = `${REFERENCE_SUBDIRECTORY}/${name}`;
    const parsed = schema.safeParse(await readJson(path.join(directory, REFERENCE_SUBDIRECTORY, name), file));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const at = issue?.path.join('.') || '(root)';
      throw new AppError('REGULATION_INVALID', `${file}: ${at}: ${issue?.message ?? 'invalid'}`, { file, path: at, reason: issue?.message ?? 'invalid' });
    }
    return parsed.data;
  };
  const data = { actKinds: await read('act-kinds.json', ZActKinds), regions: await read('regions.json', ZRegions), staffRoles: await read('staff-roles.json', ZStaffRoles) };
  const [first] = referenceDataIssues(data);
  if (first) throw new AppError('REGULATION_INVALID', `${first.file}: ${first.path}: ${first.reason}`, { ...first });
  return data;
}

/** Ids unique across kinds (a case names a version by id) and act lifecycles pointing at entries that exist. */
function catalogIssues(files: CatalogFiles, reference: ReferenceData): Array<{ file: string; path: string; reason: string }> {
  const issues: Array<{ file: string; path: string; reason: string }> = [];
  for (const definition of [...files.regulations, ...files.amendmentRecords]) issues.push(...definitionReferenceIssues(definition, reference, `${definition.id}.json`));
  const seen = new Set<string>();
  for (const { id } of [...files.regulations, ...files.amendmentRecords, ...files.acts]) {
    if (seen.has(id)) issues.push({ file: id, path: 'id', reason: 'duplicate regulation id' });
    seen.add(id);
  }
  const versionIds = new Set([...files.regulations, ...files.amendmentRecords].map((r) => r.id));
  for (const act of files.acts) {
    const referenced = [
      ...act.approves.flatMap((a) => a.regulationIds),
      ...act.amends.flatMap((a) => a.changes.flatMap((c) => c.regulationIds)),
    ];
    for (const id of referenced) {
      if (!versionIds.has(id)) issues.push({ file: `${ACTS_SUBDIRECTORY}/${act.id}.json`, path: 'regulationIds', reason: `no catalog entry "${id}"` });
    }
  }
  return issues;
}

/**
 * Loads the whole catalog: the definitions in the directory (any kind) and the act lifecycles in its acts/ folder.
 * The first invalid file fails the load, naming file, path and reason.
 */
export async function loadCatalogFiles(directory: string): Promise<CatalogFiles> {
  const files: CatalogFiles = { regulations: [], amendmentRecords: [], acts: [] };
  for (const { file, name } of await allDefinitionFiles(directory)) {
    const checked = parseDefinition(await readJson(file, name), name);
    if (checked.kind === 'regulation' && checked.definition) files.regulations.push(checked.definition);
    if (checked.kind === 'amendmentRecord' && checked.definition) files.amendmentRecords.push(checked.definition);
    if (checked.kind === 'actLifecycle' && checked.definition) files.acts.push(checked.definition);
  }
  const [first] = catalogIssues(files, await loadReferenceData(directory));
  if (first) throw new AppError('REGULATION_INVALID', `${first.file}: ${first.path}: ${first.reason}`, first);
  return files;
}

/** Loads the executable regulation versions only (what the engine, BPMN and comparison work on). */
export async function loadRegulationFiles(directory: string): Promise<Regulation[]> {
  return (await loadCatalogFiles(directory)).regulations;
}

/** Checks every definition of any kind and reports all issues instead of stopping at the first (for `qyzmet validate`). */
export async function checkRegulationFiles(directory: string): Promise<RegulationFileReport[]> {
  const reports: RegulationFileReport[] = [];
  for (const { file, name } of await allDefinitionFiles(directory)) {
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      const issues = [{ path: '(root)', reason: `not JSON: ${(error as Error).message}` }];
      reports.push({ file: name, checked: { kind: 'regulation', definition: null, issues }, issues });
      continue;
    }
    const checked = checkDefinition(raw);
    reports.push({ file: name, checked, issues: checked.issues });
  }
  return reports;
}
