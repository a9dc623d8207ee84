import { z } from 'zod';
import type { AppContext } from '../../../application/app-context.ts';
import { registryRecord, registryRecordsOf } from '../../../application/registries/read-registries.ts';
import { requireStaff } from '../../authenticate.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import { ZIinParams } from './persons.types.ts';
import { ZRecordParams, ZRecordsQuery, ZRegistryRecordView } from './registry-records.types.ts';
import { registryErrorResponses } from './registry-schemas.ts';

const common = { tags: ['registries'], security: [{ bearer: [] }] };

export function registerRegistryRecordRoutes(app: ZodFastify, ctx: AppContext): void {
  app.get(
    '/api/persons/:iin/registry-records',
    {
      schema: {
        ...common,
        summary: "A person's service records: TSA and benefit assignments, compensations, statuses, certificates, with the decision each recorded",
        params: ZIinParams,
        querystring: ZRecordsQuery,
        response: { 200: z.array(ZRegistryRecordView), ...registryErrorResponses },
      },
    },
    async (request) => registryRecordsOf(ctx, await requireStaff(ctx, request), request.params.iin, request.query.kind?.split(',')),
  );

  app.get(
    '/api/registry-records/:recordId',
    { schema: { ...common, summary: 'One service record (a case history names it in registryUpdated)', params: ZRecordParams, response: { 200: ZRegistryRecordView, ...registryErrorResponses } } },
    async (request) => registryRecord(ctx, await requireStaff(ctx, request), request.params.recordId),
  );
}
