import { z } from 'zod';
import { isValidIin } from '../identity/iin.ts';
import { DATE_REASONS } from '../errors/validation-reasons.ts';

/**
 * What each service's executor records in a registry, as data: a record kind per service (and step, and result where
 * one step has several), the data the executor must enter before a positive decision, and the form fields copied
 * into the record. Adding a service is a row here, not a table. The amounts and periods are the executor's: the
 * seeds leave them to the Standards and the laws, so every schema below is Qyzmet's default.
 */

const ZIsoDate = z.iso.date();
const ZTenge = z.number().int().positive().max(100_000_000);
const ZIin = z.string().refine(isValidIin, 'not a valid IIN');
const ZDocumentNumber = z.string().trim().min(1).max(64);

const periodInOrder = (d: { periodFrom: string; periodTo: string }) => d.periodTo >= d.periodFrom;

/** An amount paid over a period (YYYY-MM-DD to YYYY-MM-DD, inclusive). */
function withPeriod<T extends z.ZodRawShape>(shape: T): z.ZodType<Record<string, unknown>> {
  return z
    .strictObject({ ...shape, periodFrom: ZIsoDate, periodTo: ZIsoDate })
    .refine((d) => periodInOrder(d as { periodFrom: string; periodTo: string }), { path: ['periodTo'], message: 'must not be before periodFrom', params: { reason: DATE_REASONS.periodInOrder } });
}

export interface Validity {
  readonly from: string | null;
  readonly to: string | null;
}

export interface ServiceRecordSpec {
  readonly kind: string;
  /** What the executor enters (PUT …/registry-data) before a positive decision; null when nothing is needed. */
  readonly data: z.ZodType<Record<string, unknown>> | null;
  /** Form fields of the application copied into the record. */
  readonly formFields: readonly string[];
  /** The period a positive record is in force, from its data and the decision date (YYYY-MM-DD). */
  readonly validity: (data: Readonly<Record<string, unknown>>, decidedOn: string) => Validity;
  /** A positive record of this kind the person must already have (a duplicate needs its original). */
  readonly requiresEarlierKind?: string;
  /** For a prepareDocument step (no decision of its own): the result the document is. */
  readonly documentResultId?: string;
}

const periodValidity = (data: Readonly<Record<string, unknown>>): Validity => ({
  from: typeof data.periodFrom === 'string' ? data.periodFrom : null,
  to: typeof data.periodTo === 'string' ? data.periodTo : null,
});
const fromDecision = (_: Readonly<Record<string, unknown>>, decidedOn: string): Validity => ({ from: decidedOn, to: null });

interface ServiceRecordRule {
  /** A step id, or a step kind for every step of that kind (`decide` also covers `akim-decide`, `fund-decide`). */
  readonly step: string;
  /** Only for this result of the decision. */
  readonly result?: string;
  readonly spec: ServiceRecordSpec;
}

const tsaAssignment: ServiceRecordSpec = {
  kind: 'tsa-assignment',
  data: withPeriod({ monthlyAmountTenge: ZTenge }),
  formFields: ['family-members-count', 'family-income'],
  validity: periodValidity,
};

const rehabilitatedCertificate: ServiceRecordSpec = {
  kind: 'rehabilitated-certificate',
  data: z.strictObject({ certificateNumber: ZDocumentNumber }),
  formFields: ['request-type'],
  validity: fromDecision,
};

const semipalatinskCertificate: ServiceRecordSpec = {
  kind: 'semipalatinsk-certificate',
  documentResultId: 'certificate',
  data: z.strictObject({ certificateNumber: ZDocumentNumber }),
  formFields: ['risk-zone'],
  validity: fromDecision,
};

export const SERVICE_RECORD_RULES: Readonly<Record<string, readonly ServiceRecordRule[]>> = {
  'targeted-social-assistance': [{ step: 'decide', spec: tsaAssignment }],
  'child-benefit-under-18': [
    {
      step: 'decide',
      spec: {
        kind: 'child-benefit-assignment',
        data: withPeriod({ monthlyAmountTenge: ZTenge, childIins: z.array(ZIin).min(1).max(20) }),
        formFields: ['children-count'],
        validity: periodValidity,
      },
    },
  ],
  'disabled-children-home-schooling': [
    {
      step: 'decide',
      spec: {
        kind: 'home-schooling-compensation',
        data: withPeriod({ monthlyAmountTenge: ZTenge }),
        formFields: ['child-iin', 'school', 'schooling-period'],
        validity: periodValidity,
      },
    },
  ],
  'rural-specialists-fuel-assistance': [
    {
      step: 'decide',
      spec: {
        kind: 'fuel-assistance',
        data: z.strictObject({ amountTenge: ZTenge, year: z.number().int().min(2000).max(2100) }),
        formFields: ['sphere', 'employer'],
        validity: (data) => (typeof data.year === 'number' ? { from: `${data.year}-01-01`, to: `${data.year}-12-31` } : { from: null, to: null }),
      },
    },
  ],
  'oralman-status': [
    {
      step: 'decide',
      spec: {
        kind: 'oralman-status',
        data: z.strictObject({ certificateNumber: ZDocumentNumber, validUntil: ZIsoDate.optional() }),
        formFields: ['previous-country', 'arrival-date', 'family-members-count'],
        validity: (data, decidedOn) => ({ from: decidedOn, to: typeof data.validUntil === 'string' ? data.validUntil : null }),
      },
    },
  ],
  'rehabilitated-person-certificate': [
    { step: 'decide', result: 'certificate-duplicate', spec: { ...rehabilitatedCertificate, kind: 'rehabilitated-certificate-duplicate', requiresEarlierKind: 'rehabilitated-certificate' } },
    { step: 'decide', spec: rehabilitatedCertificate },
  ],
  'semipalatinsk-victims': [
    { step: 'decide-duplicate', spec: { ...semipalatinskCertificate, kind: 'semipalatinsk-certificate-duplicate', requiresEarlierKind: 'semipalatinsk-certificate' } },
    { step: 'prepare-certificate', spec: semipalatinskCertificate },
    {
      step: 'decide',
      spec: {
        // Recognition as a victim and the one-time compensation are one decision (result "recognition-decision").
        kind: 'semipalatinsk-recognition',
        data: z.strictObject({ compensationAmountTenge: ZTenge }),
        formFields: ['risk-zone', 'residence-period', 'personal-account'],
        validity: fromDecision,
      },
    },
  ],
  'social-risk-payments': [
    {
      step: 'decide',
      spec: { kind: 'social-payment-assignment', data: withPeriod({ monthlyAmountTenge: ZTenge }), formFields: ['social-risk'], validity: periodValidity },
    },
  ],
};

/** The record a step of a service writes, or null when the step writes none. */
export function serviceRecordSpec(serviceCode: string, step: { readonly id: string; readonly kind: string }, resultId: string | null): ServiceRecordSpec | null {
  const rules = SERVICE_RECORD_RULES[serviceCode] ?? [];
  const rule = rules.find((r) => (r.step === step.id || r.step === step.kind) && (r.result === undefined || r.result === resultId));
  return rule?.spec ?? null;
}

/** Copies the listed form fields that the application has. */
export function pickFormFields(formData: Readonly<Record<string, unknown>>, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(fields.filter((f) => formData[f] !== undefined).map((f) => [f, formData[f]]));
}
