import type { ActLifecycle } from '../regulation/catalog-records.ts';

/**
 * Act lifecycles from files and from publications, one per act: a version published under an act the catalog already
 * knows (another regulation the same act approves) adds to that act's `approves` instead of a second lifecycle.
 */
export function mergeActLifecycles(fromFiles: readonly ActLifecycle[], published: readonly ActLifecycle[]): ActLifecycle[] {
  const byId = new Map(fromFiles.map((act) => [act.id, act]));
  for (const act of published) {
    const known = byId.get(act.id);
    byId.set(act.id, known ? { ...known, approves: [...known.approves, ...act.approves] } : act);
  }
  return [...byId.values()];
}
