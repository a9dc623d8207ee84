import { z } from 'zod';

export const ZStepDataParams = z.object({ caseId: z.string().min(1).max(64), stepId: z.string().min(1).max(64) });

export const ZStepDataRequest = z.object({
  data: z
    .record(z.string(), z.unknown())
    .describe(
      'What the registry needs for this step, by service — TSA, child benefit, home schooling, social payments: {monthlyAmountTenge, periodFrom, periodTo} (child benefit also childIins); fuel: {amountTenge, year}; oralman: {certificateNumber, validUntil?}; certificates: {certificateNumber}; Semipalatinsk recognition: {compensationAmountTenge}; unemployed certificate: {periodFrom, periodTo} (optional)',
    ),
});

export const ZStepDataView = z
  .object({ caseId: z.string(), stepId: z.string(), data: z.record(z.string(), z.unknown()), enteredBy: z.string(), enteredAt: z.string() })
  .meta({ id: 'RegistryStepData' });

export const ZCaseIdParams = z.object({ caseId: z.string().min(1).max(64) });

export const ZDuplicateView = z.object({
  id: z.string(),
  channel: z.string(),
  providerId: z.string(),
  receivedBy: z.string().nullable().describe('The staff member who received it; null for a citizen’s own portal application'),
  attemptedAt: z.string(),
});
