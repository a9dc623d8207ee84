import { registryDataFields } from '../../src/application/registries/enter-registry-step-data.ts';
import type { RegulationCatalog } from '../../src/application/regulation-catalog.ts';
import type { StepCommand } from '../../src/core/case/case-engine.ts';
import { withCheckDigit } from '../../src/core/identity/iin.ts';
import type { Regulation, StepKind } from '../../src/core/regulation/schema.ts';
import { DEMO_PROVIDERS } from '../../src/composition/demo-data.ts';
import { seededRandom } from './measure.ts';

/** Share of resubmissions in April 2020: 6,837,393 applications from 5,334,224 people (PRODUCT.md). */
export const APRIL_2020_DUPLICATE_SHARE = 1 - 5_334_224 / 6_837_393;

/**
 * The service each demo provider receives in the surge: the closest to April 2020's social payment for lost income
 * where the catalog has it, otherwise any regulation of the region with a provider-office route.
 */
const PREFERRED_SURGE_REGULATIONS = ['aktobe-2016-285-social-risk-payments', 'zhambyl-2017-231-job-seeker-registration'];

export interface SurgeService {
  readonly regulationId: string;
  readonly providerId: string;
  /** Demo login of the provider's clerk (the surge files as that clerk until the portal endpoint exists). */
  readonly clerkLogin: string;
  readonly regulation: Regulation;
}

const officeRoute = (regulation: Regulation) =>
  regulation.routes.find((r) => r.channel === 'providerOffice' && !r.intakeFlow.some((item) => item.kind === 'condition' && item.check));

/**
 * The services the portal surge applies for: at each demo provider, a version whose portal route asks only for the
 * citizen's authorization and EDS (condition 1 and 2) — the shape of April 2020's online-only application. Routes
 * that also check attached documents (Aktobe's) would add uploads, which the surge does not model.
 */
export function portalSurgeServices(catalog: RegulationCatalog): SurgeService[] {
  const simplePortal = (regulation: Regulation) =>
    regulation.routes.some((r) => r.channel === 'portal' && r.intakeFlow.every((item) => !item.check || item.check === 'authorization' || item.check === 'signature'));
  return DEMO_PROVIDERS.flatMap((provider) => {
    const candidates = catalog.list().filter((r) => r.region === provider.region && simplePortal(r));
    const chosen = candidates.find((r) => PREFERRED_SURGE_REGULATIONS.includes(r.id)) ?? candidates.sort((a, b) => a.id.localeCompare(b.id))[0];
    return chosen ? [{ regulationId: chosen.id, providerId: provider.id, clerkLogin: `${provider.region}.clerk`, regulation: chosen }] : [];
  });
}

export function surgeServices(catalog: RegulationCatalog): SurgeService[] {
  const all = catalog.list();
  return DEMO_PROVIDERS.flatMap((provider) => {
    const candidates = all.filter((r) => r.region === provider.region && officeRoute(r));
    const chosen = candidates.find((r) => PREFERRED_SURGE_REGULATIONS.includes(r.id)) ?? candidates.sort((a, b) => a.id.localeCompare(b.id))[0];
    return chosen ? [{ regulationId: chosen.id, providerId: provider.id, clerkLogin: `${provider.region}.clerk`, regulation: chosen }] : [];
  });
}

/**
 * Form values fixed per service where the form chooses the route. April 2020 was the social payment for lost income:
 * loss of job, at the department, with the unemployed certificate (route rules: src/core/registries/route-choice.ts).
 */
const FORM_OVERRIDES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  'social-risk-payments': { 'social-risk': 'loss-of-job', 'has-unemployed-certificate': true, 'disability-degree-first-set': false },
};

/** The paper originals the clerk ticks at the office: every document the regulation requires (issue #17: an office filing is always checked against them). */
export function paperOriginalsFor(regulation: Regulation): string[] {
  return regulation.requiredDocuments.filter((document) => document.required).map((document) => document.id);
}

/** Valid form data for a regulation, field by field from its definitions (every field filled, as a careful applicant would). */
export function formDataFor(regulation: Regulation, applicantIin: string, random: () => number): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  const overrides = FORM_OVERRIDES[regulation.service.code] ?? {};
  for (const field of regulation.formFields) {
    switch (field.type) {
      case 'text':
        data[field.id] = `KZ${String(Math.floor(random() * 1e16)).padStart(16, '0')}`;
        break;
      case 'phone':
        data[field.id] = `+7701${String(Math.floor(random() * 1e7)).padStart(7, '0')}`;
        break;
      case 'email':
        data[field.id] = `applicant${Math.floor(random() * 1e6)}@mail.kz`;
        break;
      case 'iin':
        data[field.id] = applicantIin;
        break;
      case 'bin':
        data[field.id] = DEMO_PROVIDERS[0]!.bin;
        break;
      case 'date':
        data[field.id] = '2020-04-01';
        break;
      case 'number':
        data[field.id] = 1 + Math.floor(random() * 5);
        break;
      case 'boolean':
        data[field.id] = true;
        break;
      case 'select': {
        const options = field.options ?? [];
        data[field.id] = options[Math.floor(random() * options.length)]?.id ?? '';
        break;
      }
      case 'period':
        data[field.id] = { from: '2020-03-16', to: '2020-04-30' };
        break;
    }
    if (field.id in overrides) data[field.id] = overrides[field.id];
  }
  return data;
}

/** The n-th of a sequence of distinct valid IINs (birth dates 1960–1999, serials 0001–9999). */
export function syntheticIin(n: number): string {
  for (let k = n; ; k += 1_000_003) {
    const serial = (k % 9_999) + 1;
    const day = Math.floor(k / 9_999) % 14_600;
    const birth = new Date(Date.UTC(1960, 0, 1) + day * 86_400_000);
    const yymmdd = `${String(birth.getUTCFullYear() % 100).padStart(2, '0')}${String(birth.getUTCMonth() + 1).padStart(2, '0')}${String(birth.getUTCDate()).padStart(2, '0')}`;
    const iin = withCheckDigit(`${yymmdd}${3 + (k % 2)}${String(serial).padStart(4, '0')}`);
    if (iin) return iin;
  }
}

export interface Application {
  /** Position in the surge. */
  readonly index: number;
  readonly service: SurgeService;
  readonly applicantIin: string;
  readonly formData: Readonly<Record<string, unknown>>;
  /** The index of the first submission this one repeats (same IIN and service), or null for a first submission. */
  readonly duplicateOf: number | null;
}

/**
 * The surge's applications in order: about 22% resubmit an earlier application (same IIN, service and form),
 * always after the one they repeat, often while it is still in flight.
 */
export function surgeWorkload(count: number, services: readonly SurgeService[], options: { seed?: number; iinOffset?: number } = {}): Application[] {
  if (services.length === 0) throw new Error('no regulation in the catalog can be received at a demo provider');
  const random = seededRandom(options.seed ?? 2020_04_13);
  const iinOffset = options.iinOffset ?? 0;
  const duplicates = Math.round(count * APRIL_2020_DUPLICATE_SHARE);
  const firsts = count - duplicates;
  // Positions of the first submissions; each duplicate goes after its original, at a random later position.
  const slots: { first: number; duplicate: boolean }[] = [];
  for (let i = 0; i < firsts; i++) slots.push({ first: i, duplicate: false });
  for (let d = 0; d < duplicates; d++) slots.push({ first: Math.floor(random() * firsts), duplicate: true });
  for (let i = slots.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [slots[i], slots[j]] = [slots[j]!, slots[i]!];
  }
  const positionOfFirst = new Map<number, number>();
  slots.forEach((slot, position) => {
    if (!slot.duplicate) positionOfFirst.set(slot.first, position);
  });
  // A duplicate placed before its original swaps places with it.
  slots.forEach((slot, position) => {
    if (!slot.duplicate) return;
    const original = positionOfFirst.get(slot.first)!;
    if (original > position) {
      slots[position] = slots[original]!;
      slots[original] = slot;
      positionOfFirst.set(slot.first, position);
    }
  });
  // A resubmission repeats the first one's form (same service, same subject: e.g. the same social risk).
  const formOfFirst = new Map<number, Record<string, unknown>>();
  const formOf = (first: number, service: SurgeService, iin: string) => {
    let form = formOfFirst.get(first);
    if (!form) formOfFirst.set(first, (form = formDataFor(service.regulation, iin, random)));
    return form;
  };
  return slots.map((slot, index) => {
    const service = services[slot.first % services.length]!;
    const applicantIin = syntheticIin(iinOffset + slot.first);
    return {
      index,
      service,
      applicantIin,
      formData: formOf(slot.first, service, applicantIin),
      duplicateOf: slot.duplicate ? positionOfFirst.get(slot.first)! : null,
    };
  });
}

/**
 * The registry data an executor enters with a positive decision (amounts, periods, certificate numbers), field by field
 * from the service's own schema (registryDataFields): plausible values, a period of six months.
 */
function registryDataFor(regulation: Regulation, stepId: string): Record<string, unknown> | null {
  const fields = registryDataFields(regulation, stepId);
  if (fields.length === 0) return null;
  const valueOf = (name: string, kind: string): unknown => {
    if (kind === 'integer') return name === 'year' ? 2026 : 42_500;
    if (kind === 'iinList') return [syntheticIin(90_000_000)];
    if (kind === 'date') return /From$/.test(name) ? '2026-12-01' : '2027-05-31';
    return `BENCH-${name}`;
  };
  return Object.fromEntries(fields.map((field) => [field.name, valueOf(field.name, field.kind)]));
}

/** A valid command input for a step of the given kind, as the person at that desk would send it. */
export function stepInput(kind: StepKind, executorId: string, regulation: Regulation, pick = 0, stepId = ''): StepCommand['input'] {
  switch (kind) {
    case 'assignExecutor':
      return { executorId };
    case 'decide': {
      // A positive decision; where a regulation has several positive results, the desk names one; where the service
      // records registry data at this step, it goes with the decision.
      const positives = regulation.results.filter((r) => r.kind === 'positive');
      const registryData = registryDataFor(regulation, stepId);
      return {
        outcome: 'positive',
        ...(positives.length > 1 ? { resultId: positives[pick % positives.length]!.id } : {}),
        ...(registryData ? { registryData } : {}),
      } as StepCommand['input'];
    }
    case 'sign':
      return { signature: 'MIAGCSqGSIb3DQEHAqCAMIACAQExDzAN' };
    case 'issue':
      return { method: 'inPerson' };
    default:
      return {};
  }
}
