import { z } from 'zod';
import { serviceRecordSpec, type ServiceRecordSpec } from './service-records.ts';
import { DATE_REASONS } from '../errors/validation-reasons.ts';
import type { StepKind } from '../regulation/schema.ts';

/**
 * What the executor's step does in a registry, per service code (data, not code paths per region): the labour-market
 * services work on cards and referrals; the certificates are computed from what the registries hold; every other
 * service records its decision as a record of its kind (service-records.ts).
 */
export type RegistryAction =
  | { readonly type: 'registerJobSeeker' }
  | { readonly type: 'registerUnemployed' }
  | { readonly type: 'issueReferral' }
  | { readonly type: 'issueUnemployedCertificate' }
  | { readonly type: 'issueTsaRecipientCertificate' }
  | { readonly type: 'recordServiceDecision'; readonly spec: ServiceRecordSpec };

type ComputedAction = Exclude<RegistryAction, { type: 'recordServiceDecision' }>['type'];

const ACTION_BY_SERVICE: Readonly<Record<string, ComputedAction>> = {
  'job-seeker-registration': 'registerJobSeeker',
  'unemployed-registration': 'registerUnemployed',
  'active-employment-referral': 'issueReferral',
  'unemployed-certificate': 'issueUnemployedCertificate',
  'tsa-recipient-certificate': 'issueTsaRecipientCertificate',
};

/**
 * The step kinds that may do registry work: the decision, and the document a decision's step prepares. Every other
 * step touches no registry, whatever the service, so a step command of another kind runs no registry effect at all
 * (application/cases/complete-step.ts).
 */
export const REGISTRY_STEP_KINDS: ReadonlySet<StepKind> = new Set<StepKind>(['decide', 'prepareDocument']);

/** The registry work of a step, or null when the step touches no registry. Only decide and prepareDocument steps write. */
export function registryActionFor(serviceCode: string, step: { readonly id: string; readonly kind: string }, resultId: string | null): RegistryAction | null {
  const computed = ACTION_BY_SERVICE[serviceCode];
  if (computed) return step.kind === 'decide' ? { type: computed } : null;
  if (!REGISTRY_STEP_KINDS.has(step.kind as StepKind)) return null;
  const spec = serviceRecordSpec(serviceCode, step, resultId);
  return spec ? { type: 'recordServiceDecision', spec } : null;
}

/** Seed 002 (line 436): the certificate is asked "for the period from … to …"; without one, the current status. */
export const ZCertificatePeriod = z
  .strictObject({ periodFrom: z.iso.date(), periodTo: z.iso.date() })
  .refine((d) => d.periodTo >= d.periodFrom, { path: ['periodTo'], message: 'must not be before periodFrom', params: { reason: DATE_REASONS.periodInOrder } });

/** What the executor may enter for a step before completing it; null when the step takes nothing. */
export function stepDataSchemaFor(serviceCode: string, step: { readonly id: string; readonly kind: string }): z.ZodType<Record<string, unknown>> | null {
  const computed = ACTION_BY_SERVICE[serviceCode];
  if (computed === 'issueUnemployedCertificate' && step.kind === 'decide') return ZCertificatePeriod;
  if (computed) return null;
  return serviceRecordSpec(serviceCode, step, null)?.data ?? null;
}

/** The registries the seeds name, by the regulation's information-system id. */
const LABOUR_MARKET_SYSTEMS = ['ais-employment', 'ais-labour-market'];
const SOCIAL_ASSISTANCE_SYSTEMS = ['e-sobes'];

/**
 * The registry a step writes to: the one its regulation names (Zhambyl's "Employment" AIS, Aktobe's "Labour market"
 * AIS, E-sobes), or Qyzmet's default where the regulation names none (paper services keep the provider's register).
 */
export function registryNameFor(action: RegistryAction, namedSystems: readonly string[]): string {
  const labour = action.type === 'registerJobSeeker' || action.type === 'registerUnemployed' || action.type === 'issueReferral' || action.type === 'issueUnemployedCertificate';
  const candidates = labour ? LABOUR_MARKET_SYSTEMS : SOCIAL_ASSISTANCE_SYSTEMS;
  return namedSystems.find((s) => candidates.includes(s)) ?? (labour ? 'ais-labour-market' : 'social-assistance-register');
}
