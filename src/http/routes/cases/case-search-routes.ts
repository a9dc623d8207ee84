import type { AppContext } from '../../../application/app-context.ts';
import { searchCases } from '../../../application/cases/search-cases.ts';
import { routeKit } from '../../route-kit.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import { ZCaseSearchQuery, ZCaseSearchResult } from './cases.types.ts';

export function registerCaseSearchRoutes(app: ZodFastify, ctx: AppContext): void {
  routeKit(app, ctx)(
    {
      method: 'GET',
      url: '/api/cases',
      tag: 'cases',
      summary: "Search cases by applicant IIN, journal number, status and service, newest first (a provider's staff: its cases; a supervisor: the region's)",
      caller: 'staff',
      query: ZCaseSearchQuery,
      response: ZCaseSearchResult,
    },
    ({ actor, query }) => searchCases(ctx, actor, query),
  );
}
