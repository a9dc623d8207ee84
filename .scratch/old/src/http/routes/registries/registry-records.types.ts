import { z } from 'zod';

export const ZRegistryRecordView = z
  .object({
    id: z.string(),
    registry: z.string().describe('e.g. e-sobes, ais-labour-market, social-assistance-register'),
    kind: z.string().describe('per service, e.g. tsa-assignment, child-benefit-assignment, unemployed-certificate'),
    iin: z.string(),
    providerId: z.string(),
    caseId: z.string().nullable(),
    stepId: z.string().nullable(),
    outcome: z.enum(['positive', 'refusal']),
    resultId: z.string(),
    groundId: z.string().nullable(),
    data: z.record(z.string(), z.unknown()),
    validFrom: z.string().nullable(),
    validTo: z.string().nullable(),
    recordedOn: z.string(),
    recordedAt: z.string(),
    recordedBy: z.string(),
  })
  .meta({ id: 'RegistryRecord' });

export const ZRecordsQuery = z.object({
  kind: z
    .string()
    .regex(/^[a-z][a-z0-9-]*(,[a-z][a-z0-9-]*)*$/, 'comma-separated record kinds')
    .optional()
    .describe('Only these kinds, comma-separated'),
});

export const ZRecordParams = z.object({ recordId: z.string().min(1).max(64) });
