import { z } from 'zod';
import type { AppContext } from '../../../application/app-context.ts';
import { registryRecord, registryRecordsOf } from '../../../application/registries/read-registries.ts';
import { routeKit } from '../../route-kit.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import { ZIinParams } from './persons.types.ts';
import { ZRecordParams, ZRecordsQuery, ZRegistryRecordView } from './registry-records.types.ts';
import { registryStaff } from './registry-schemas.ts';

export function registerRegistryRecordRoutes(app: ZodFastify, ctx: AppContext): void {
  const route = routeKit(app, ctx);
  route(
    {
      ...registryStaff,
      method: 'GET',
      url: '/api/persons/:iin/registry-records',
      summary: "A person's service records: TSA and benefit assignments, compensations, statuses, certificates, with the decision each recorded",
      params: ZIinParams,
      query: ZRecordsQuery,
      response: z.array(ZRegistryRecordView),
    },
    ({ actor, params, query }) => registryRecordsOf(ctx, actor, params.iin, query.kind?.split(',')),
  );

  route(
    { ...registryStaff, method: 'GET', url: '/api/registry-records/:recordId', summary: 'One service record (a case history names it in registryUpdated)', params: ZRecordParams, response: ZRegistryRecordView },
    ({ actor, params }) => registryRecord(ctx, actor, params.recordId),
  );
}
