import { z } from 'zod';
import { ISSUE_METHODS } from './case-events.ts';

/**
 * What the registry needs with the decision (an assignment's amount and period, a certificate's number…), checked
 * against the service's schema by the application (application/registries/enter-registry-step-data.ts); the engine
 * only carries it. The same data as PUT /api/cases/{caseId}/steps/{stepId}/registry-data, which stays for
 * compatibility.
 */
const ZRegistryData = z.record(z.string(), z.unknown());

/** What each kind of step takes from the person completing it. */
export const ZStepInputByKind = {
  register: z.strictObject({}),
  assignExecutor: z.strictObject({ executorId: z.string().min(1) }),
  decide: z.discriminatedUnion('outcome', [
    z.strictObject({ outcome: z.literal('positive'), resultId: z.string().min(1).optional(), registryData: ZRegistryData.optional() }),
    z.strictObject({
      outcome: z.literal('refusal'),
      groundId: z.string().min(1),
      /** The reasoning a refusal must give (a "reasoned" refusal), in the applicant's language. */
      reasonText: z.string().trim().min(10).max(4000),
      registryData: ZRegistryData.optional(),
    }),
  ]),
  prepareDocument: z.strictObject({ note: z.string().max(4000).optional() }),
  /**
   * One CMS signature per result document (Semipalatinsk: the decision and the certificate are two documents, seed 001
   * lines 232-234): `signatures` by result id, or `signature` alone for the case's first (often only) document.
   */
  sign: z
    .strictObject({ signature: z.string().min(16).max(200_000).optional(), signatures: z.record(z.string(), z.string().min(16).max(200_000)).optional() })
    .refine((s) => s.signature !== undefined || s.signatures !== undefined, { message: 'give signature or signatures' }),
  /** One method for every result of the case, or one per result (`methods`), each allowed by the route (issue-methods.ts). */
  issue: z.strictObject({ method: z.enum(ISSUE_METHODS).optional(), methods: z.record(z.string(), z.enum(ISSUE_METHODS)).optional() }).refine((i) => i.method !== undefined || i.methods !== undefined, { message: 'give method or methods' }),
  forward: z.strictObject({}),
  automatic: z.never(),
} as const;

export const ZStepInput = z.union([
  ZStepInputByKind.assignExecutor,
  ZStepInputByKind.decide,
  ZStepInputByKind.sign,
  ZStepInputByKind.issue,
  ZStepInputByKind.prepareDocument,
  ZStepInputByKind.register,
]);

/** A step kind a person completes (an automatic step completes by itself). */
export type ManualStepKind = Exclude<keyof typeof ZStepInputByKind, 'automatic'>;

/** A step's input as its kind takes it, parsed once (the command's use case and the engine share it). */
export type ParsedStepInput = { [K in ManualStepKind]: { readonly kind: K; readonly value: z.infer<(typeof ZStepInputByKind)[K]> } }[ManualStepKind];
