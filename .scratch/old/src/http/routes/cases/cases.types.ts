import { z } from 'zod';
import { CHANNELS } from '../../../core/regulation/schema.ts';

export const ZCaseParams = z.object({ caseId: z.string().min(1).max(64) });

export const ZReceiveApplicationRequest = z.object({
  regulationId: z.string().min(1).describe('The regulation version the application is filed under'),
  channel: z.enum(CHANNELS).default('providerOffice'),
  applicantIin: z.string().describe('12 digits with a valid check digit'),
  formData: z.record(z.string(), z.unknown()).default({}),
});

export const ZCompleteStepRequest = z.object({
  stepId: z.string().min(1).describe('The open step; the command fails if another step is open'),
  expectedVersion: z.number().int().positive().describe('The case version the person saw'),
  input: z
    .record(z.string(), z.unknown())
    .default({})
    .describe(
      'By step kind — assignExecutor: {executorId}; decide: {outcome:"positive", resultId?} or {outcome:"refusal", groundId, reasonText}; sign: {signature}; issue: {method}; register, forward: {}',
    ),
});

export const ZCaseEventView = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.record(z.string(), z.unknown()),
  type: z.string(),
  data: z.record(z.string(), z.unknown()),
});

export const ZExtendStepRequest = z.object({
  stepId: z.string().min(1),
  expectedVersion: z.number().int().positive(),
  reason: z.string().max(2000).describe('Why the extra time is needed; kept in the history'),
});
