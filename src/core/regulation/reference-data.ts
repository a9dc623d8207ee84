import { z } from 'zod';
import { assertTimeZone } from '../calendar/time-zones.ts';
import type { Text } from '../i18n/text.ts';
import type { AmendmentRecord } from './catalog-records.ts';
import { ZId, ZSourceRef, ZText, type Regulation } from './schema.ts';

/*
 * Reference data the regulations name by code, kept as data in regulations/reference/ (issue #16): the kinds of legal
 * acts, the regions and the staff roles, each with its kk/ru/en name. The load checks every definition against them,
 * so a definition naming an unknown region, role or act kind is refused with its path, and adding one is adding data.
 */
const ZEntry = z.strictObject({ code: ZId, name: ZText });

export const ZActKinds = z.strictObject({
  kind: z.literal('actKinds'),
  note: z.string().min(1),
  entries: z.array(ZEntry.extend({ source: ZSourceRef, otherSources: z.array(ZSourceRef).optional() })).min(1),
});

export const ZRegions = z.strictObject({
  kind: z.literal('regions'),
  note: z.string().min(1),
  entries: z.array(ZEntry.extend({ timeZone: z.string().min(1) })).min(1),
});

export const ZStaffRoles = z.strictObject({
  kind: z.literal('staffRoles'),
  note: z.string().min(1),
  entries: z.array(ZEntry).min(1),
});

export interface ReferenceData {
  readonly actKinds: z.infer<typeof ZActKinds>;
  readonly regions: z.infer<typeof ZRegions>;
  readonly staffRoles: z.infer<typeof ZStaffRoles>;
}

export interface ReferenceIssue {
  readonly file: string;
  readonly path: string;
  readonly reason: string;
}

/** Codes unique within each file and time zones the runtime knows. */
export function referenceDataIssues(data: ReferenceData): ReferenceIssue[] {
  const issues: ReferenceIssue[] = [];
  for (const [file, entries] of [
    ['reference/act-kinds.json', data.actKinds.entries],
    ['reference/regions.json', data.regions.entries],
    ['reference/staff-roles.json', data.staffRoles.entries],
  ] as const) {
    const seen = new Set<string>();
    entries.forEach((entry, i) => {
      if (seen.has(entry.code)) issues.push({ file, path: `entries[${i}].code`, reason: `duplicate code "${entry.code}"` });
      seen.add(entry.code);
    });
  }
  data.regions.entries.forEach((region, i) => {
    try {
      assertTimeZone(region.timeZone);
    } catch {
      issues.push({ file: 'reference/regions.json', path: `entries[${i}].timeZone`, reason: `unknown time zone "${region.timeZone}"` });
    }
  });
  return issues;
}

/** What a definition names that the reference data does not hold: its region, its act's kind, its steps' roles. */
export function definitionReferenceIssues(definition: Regulation | AmendmentRecord, data: ReferenceData, file: string): ReferenceIssue[] {
  const issues: ReferenceIssue[] = [];
  if (!data.regions.entries.some((r) => r.code === definition.region)) issues.push({ file, path: 'region', reason: `region "${definition.region}" is not in reference/regions.json` });
  if ('act' in definition && !data.actKinds.entries.some((k) => k.code === definition.act.kind)) {
    issues.push({ file, path: 'act.kind', reason: `act kind "${definition.act.kind}" is not in reference/act-kinds.json` });
  }
  if ('steps' in definition) {
    definition.steps.forEach((step, i) => {
      if (!data.staffRoles.entries.some((r) => r.code === step.role)) issues.push({ file, path: `steps[${i}].role`, reason: `role "${step.role}" is not in reference/staff-roles.json` });
    });
  }
  return issues;
}

/** The kk/ru/en name of a code in one of the reference lists; the code itself where the list lacks it. */
export function referenceName(entries: ReadonlyArray<{ code: string; name: Text }>, code: string): Text {
  return entries.find((entry) => entry.code === code)?.name ?? { kk: code, ru: code, en: code };
}
