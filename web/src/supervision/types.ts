import type { paths } from '../api/schema.d.ts';

/** Names for the generated OpenAPI types of the supervision screens. */
type JsonOf<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type Dashboard = JsonOf<paths['/api/supervision/dashboard']['get']['responses'][200]>;
export type DashboardQuery = NonNullable<paths['/api/supervision/dashboard']['get']['parameters']['query']>;
export type SupervisedProvider = JsonOf<paths['/api/supervision/providers']['get']['responses'][200]>[number];
export type SatisfactionQuestions = Dashboard['satisfaction']['questions'];
export type ReadAuditPage = JsonOf<paths['/api/supervision/read-audit']['get']['responses'][200]>;
