import type { SourceRef } from './schema.ts';

export interface CitedSource {
  /** Where in the definition the reference sits, e.g. `steps[2].limit.source`. */
  readonly path: string;
  readonly source: SourceRef;
  /** The limit this source backs, when it backs one: the citation check parses the figure from the quote. */
  readonly limit?: { readonly value: number; readonly unit: string };
}

function isSourceRef(value: unknown): value is SourceRef {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.seed === 'string' && typeof v.line === 'number' && typeof v.quote === 'string';
}

function isLimit(value: unknown): value is { value: number; unit: string; source: SourceRef; otherSources?: SourceRef[] } {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.value === 'number' && typeof v.unit === 'string' && isSourceRef(v.source);
}

/** Every source reference in a definition (or any JSON value), with its path and, for limits, the figure. */
export function walkSources(value: unknown, path = ''): CitedSource[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => walkSources(item, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  if (isSourceRef(value)) return [{ path, source: value }];
  const found: CitedSource[] = [];
  const record = value as Record<string, unknown>;
  if (isLimit(record)) {
    const limit = { value: record.value, unit: record.unit };
    found.push({ path: `${path}.source`, source: record.source, limit });
    (record.otherSources ?? []).forEach((source, i) => found.push({ path: `${path}.otherSources[${i}]`, source, limit }));
    for (const [key, child] of Object.entries(record)) {
      if (key !== 'source' && key !== 'otherSources') found.push(...walkSources(child, path ? `${path}.${key}` : key));
    }
    return found;
  }
  for (const [key, child] of Object.entries(record)) found.push(...walkSources(child, path ? `${path}.${key}` : key));
  return found;
}
