import { compareRegulations } from '../../core/comparison/compare-regulations.ts';
import type { RegulationComparison } from '../../core/comparison/comparison-schema.ts';
import { nearestVersion } from '../../core/publishing/nearest-version.ts';
import type { Regulation } from '../../core/regulation/schema.ts';
import type { RegulationCatalog } from '../regulation-catalog.ts';

/**
 * The comparison shown before publishing, as the handbook compares versions (core/comparison): the nearest existing
 * version on the left, the draft on the right. Null when no version of the same service exists.
 */
export function compareWithNearest(catalog: RegulationCatalog, draft: Regulation): { nearestId: string | null; comparison: RegulationComparison | null } {
  const nearest = nearestVersion(draft, catalog.list());
  return nearest ? { nearestId: nearest.id, comparison: compareRegulations(nearest, draft) } : { nearestId: null, comparison: null };
}
