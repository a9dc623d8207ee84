import type { components } from '../api/schema.d.ts';

/** Names for the generated OpenAPI types of the handbook screens. */
export type RegulationComparison = components['schemas']['RegulationComparison'];
export type RouteComparison = RegulationComparison['routes'][number];
