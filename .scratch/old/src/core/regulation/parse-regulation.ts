import type { z } from 'zod';
import { AppError } from '../errors/app-error.ts';
import { definitionKind, ZActLifecycle, ZAmendmentRecord, type ActLifecycle, type AmendmentRecord } from './catalog-records.ts';
import { ZRegulation, type Regulation } from './schema.ts';

export interface DefinitionIssue {
  readonly path: string;
  readonly reason: string;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '') || '(root)';
}

/** Cross-references a schema cannot express: ids are unique and every reference points at something. */
function crossReferenceIssues(regulation: Regulation): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  const checkUnique = (label: string, ids: readonly string[]) => {
    const seen = new Set<string>();
    ids.forEach((id, index) => {
      if (seen.has(id)) issues.push({ path: `${label}[${index}].id`, reason: `duplicate id "${id}"` });
      seen.add(id);
    });
  };
  checkUnique('steps', regulation.steps.map((s) => s.id));
  checkUnique('routes', regulation.routes.map((r) => r.id));
  checkUnique('results', regulation.results.map((r) => r.id));
  checkUnique('informationSystems', regulation.informationSystems.map((s) => s.id));

  const stepIds = new Set(regulation.steps.map((s) => s.id));
  const systemIds = new Set(regulation.informationSystems.map((s) => s.id));
  regulation.routes.forEach((route, routeIndex) => {
    route.steps.forEach((stepId, i) => {
      if (!stepIds.has(stepId)) issues.push({ path: `routes[${routeIndex}].steps[${i}]`, reason: `no step with id "${stepId}"` });
    });
    const kinds = route.steps.map((id) => regulation.steps.find((s) => s.id === id)?.kind);
    if (!kinds.includes('decide')) {
      issues.push({ path: `routes[${routeIndex}].steps`, reason: 'a route needs a step of kind "decide" that chooses the result' });
    }
    route.intakeFlow.forEach((item, i) => {
      if (item.kind === 'condition' && (!item.check || !item.refusal)) {
        issues.push({ path: `routes[${routeIndex}].intakeFlow[${i}]`, reason: 'a condition needs a check and a refusal message' });
      }
    });
  });
  regulation.steps.forEach((step, stepIndex) => {
    step.informationSystems.forEach((id, i) => {
      if (!systemIds.has(id)) issues.push({ path: `steps[${stepIndex}].informationSystems[${i}]`, reason: `no information system "${id}"` });
    });
    if (step.limit === null && !step.limitNote) {
      issues.push({ path: `steps[${stepIndex}].limitNote`, reason: 'a step without a limit must say why in limitNote' });
    }
  });
  if (!regulation.results.some((r) => r.kind === 'positive')) issues.push({ path: 'results', reason: 'no positive result' });
  if (!regulation.results.some((r) => r.kind === 'refusal')) issues.push({ path: 'results', reason: 'no reasoned refusal' });
  regulation.contradictions.forEach((c, i) => {
    if (!c.readings.some((r) => r.id === c.chosen)) {
      issues.push({ path: `contradictions[${i}].chosen`, reason: `"${c.chosen}" is not one of the readings` });
    }
  });
  return issues;
}

const schemaIssues = (error: z.ZodError): DefinitionIssue[] =>
  error.issues.map((issue: z.core.$ZodIssue) => ({ path: formatPath(issue.path), reason: issue.message }));

/** Checks a regulation definition; returns its issues (empty when it is valid). Pure: the caller reads the file. */
export function checkRegulation(raw: unknown): { regulation: Regulation | null; issues: DefinitionIssue[] } {
  const parsed = ZRegulation.safeParse(raw);
  if (!parsed.success) return { regulation: null, issues: schemaIssues(parsed.error) };
  const issues = crossReferenceIssues(parsed.data);
  return { regulation: issues.length === 0 ? parsed.data : null, issues };
}

/** Parses a regulation definition or throws REGULATION_INVALID naming the file, the path inside it and the reason. */
export function parseRegulation(raw: unknown, fileName: string): Regulation {
  const { regulation, issues } = checkRegulation(raw);
  if (regulation) return regulation;
  const [first] = issues;
  const listing = issues.map((i) => `${fileName}: ${i.path}: ${i.reason}`).join('\n');
  throw new AppError('REGULATION_INVALID', `invalid regulation definition\n${listing}`, {
    file: fileName,
    path: first?.path ?? '(root)',
    reason: first?.reason ?? 'unknown',
  });
}

/** A checked definition file of any kind (see catalog-records.ts); `definition` is null when it has issues. */
export type CheckedDefinition =
  | { readonly kind: 'regulation'; readonly definition: Regulation | null; readonly issues: DefinitionIssue[] }
  | { readonly kind: 'amendmentRecord'; readonly definition: AmendmentRecord | null; readonly issues: DefinitionIssue[] }
  | { readonly kind: 'actLifecycle'; readonly definition: ActLifecycle | null; readonly issues: DefinitionIssue[] };

function uniqueIdIssues(label: string, ids: readonly string[]): DefinitionIssue[] {
  return ids.flatMap((id, index) => (ids.indexOf(id) !== index ? [{ path: `${label}[${index}].id`, reason: `duplicate id "${id}"` }] : []));
}

/** Checks a definition file by its `kind`; an unknown kind is an issue, not a silent skip. */
export function checkDefinition(raw: unknown): CheckedDefinition {
  const kind = definitionKind(raw);
  switch (kind) {
    case 'regulation': {
      const { regulation, issues } = checkRegulation(raw);
      return { kind, definition: regulation, issues };
    }
    case 'amendmentRecord': {
      const parsed = ZAmendmentRecord.safeParse(raw);
      if (!parsed.success) return { kind, definition: null, issues: schemaIssues(parsed.error) };
      const issues = uniqueIdIssues('changes', parsed.data.changes.map((c) => c.id));
      return { kind, definition: issues.length === 0 ? parsed.data : null, issues };
    }
    case 'actLifecycle': {
      const parsed = ZActLifecycle.safeParse(raw);
      if (!parsed.success) return { kind, definition: null, issues: schemaIssues(parsed.error) };
      const issues = parsed.data.amends.length + parsed.data.repeals.length + parsed.data.approves.length === 0
        ? [{ path: '(root)', reason: 'an act lifecycle must say what the act approves, amends or repeals' }]
        : [];
      return { kind, definition: issues.length === 0 ? parsed.data : null, issues };
    }
    default:
      return { kind: 'regulation', definition: null, issues: [{ path: 'kind', reason: `unknown definition kind "${kind}"` }] };
  }
}

/** Like parseRegulation for any kind: throws REGULATION_INVALID naming the file, the path and the reason. */
export function parseDefinition(raw: unknown, fileName: string): CheckedDefinition {
  const checked = checkDefinition(raw);
  if (checked.definition) return checked;
  const [first] = checked.issues;
  const listing = checked.issues.map((i) => `${fileName}: ${i.path}: ${i.reason}`).join('\n');
  throw new AppError('REGULATION_INVALID', `invalid definition\n${listing}`, {
    file: fileName,
    path: first?.path ?? '(root)',
    reason: first?.reason ?? 'unknown',
  });
}
