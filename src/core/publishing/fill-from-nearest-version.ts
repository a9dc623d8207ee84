import type { Regulation } from '../regulation/schema.ts';

/**
 * The assisted review of an imported draft (issue #20): the importer reads what the text says — in the languages the
 * text has — and leaves the rest missing. The nearest existing version of the same service (nearestVersionOfDraft)
 * often holds exactly those missing texts (the Kazakh, Russian and English names, the English step actions) and the
 * fields a case needs to be filed (form fields, documents, refusal grounds, the form of the result). This proposes
 * them, each marked with the version and JSON path it comes from, for the administrator to see and correct.
 *
 * It never overwrites anything the draft holds, and never touches figures the importer read from the text: a step's
 * role, limit and order, route step lists, ids and kinds stay the text's. Nothing carrying a citation (`source`) is
 * copied: a published version cites only its own uploaded text, so cited parts must come from that text.
 */

/** One proposed value: where it goes in the draft, and where it was taken from. */
export interface FillProposal {
  /** JSON path in the draft definition, e.g. `steps[2].action.en`. */
  readonly path: string;
  readonly from: { readonly regulationId: string; readonly path: string };
  readonly value: unknown;
}

export interface FilledDraft {
  readonly definition: Record<string, unknown>;
  readonly proposals: readonly FillProposal[];
}

type Json = Record<string, unknown>;
const LANGUAGES = ['kk', 'ru', 'en'] as const;
/** Keys whose value is the text's own reading: never proposed from another version. */
const NEVER_FILLED = new Set(['source', 'otherSources', 'id', 'role', 'kind', 'limit', 'limitNote', 'steps', 'template', 'channel', 'schema', 'region', 'act', 'service']);
/** Whole fields a case needs that the regulation texts do not give (they are in the Standard or on gov.kz). */
const CASE_FIELDS = ['resultForm', 'refusalGrounds', 'formFields', 'requiredDocuments'] as const;

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const missing = (value: unknown) => value === undefined || value === null || value === '';
const isText = (value: unknown): value is Json =>
  isRecord(value) && Object.keys(value).length > 0 && Object.entries(value).every(([key, v]) => (LANGUAGES as readonly string[]).includes(key) && typeof v === 'string');
const carriesCitation = (value: unknown): boolean =>
  Array.isArray(value) ? value.some(carriesCitation) : isRecord(value) ? Object.entries(value).some(([key, v]) => key === 'source' || carriesCitation(v)) : false;
const join = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);

/** Same place, same role, same limit (value and unit, or both without one): the text's step and the version's agree. */
function sameStep(draftStep: unknown, nearStep: unknown): boolean {
  if (!isRecord(draftStep) || !isRecord(nearStep) || draftStep.role !== nearStep.role) return false;
  const a = isRecord(draftStep.limit) ? draftStep.limit : null;
  const b = isRecord(nearStep.limit) ? nearStep.limit : null;
  return a === null || b === null ? a === b : a.value === b.value && a.unit === b.unit;
}

/** The element of the version's array a draft element corresponds to, or null when none does for certain. */
function counterpart(arrayKey: string, draftItems: readonly unknown[], index: number, nearItems: readonly unknown[]): number | null {
  const item = draftItems[index];
  if (arrayKey === 'steps') return sameStep(item, nearItems[index]) ? index : null;
  if (!isRecord(item)) return null;
  if (arrayKey === 'routes') {
    const found = nearItems.findIndex((n) => isRecord(n) && (n.id === item.id || (n.channel !== undefined && n.channel === item.channel)));
    return found >= 0 ? found : null;
  }
  if (arrayKey === 'results') {
    // The n-th result of a kind (positive, refusal) in the text and in the version.
    const rank = draftItems.slice(0, index).filter((d) => isRecord(d) && d.kind === item.kind).length;
    const same = nearItems.map((n, i) => ({ n, i })).filter(({ n }) => isRecord(n) && n.kind === item.kind);
    return same[rank]?.i ?? null;
  }
  return null;
}

const MATCHED_ARRAYS = new Set(['steps', 'routes', 'results']);

function fillTexts(draft: Json, near: Json, path: string, nearPath: string, regulationId: string, out: FillProposal[]): void {
  for (const [key, nearValue] of Object.entries(near)) {
    if (NEVER_FILLED.has(key) && !(key === 'steps' && path === '')) continue;
    const here = join(path, key);
    const there = join(nearPath, key);
    const value = draft[key];
    if (isText(nearValue)) {
      if (missing(value)) {
        draft[key] = { ...nearValue };
        out.push({ path: here, from: { regulationId, path: there }, value: nearValue });
      } else if (isRecord(value) && isText(value)) {
        for (const language of LANGUAGES) {
          if (missing(value[language]) && typeof nearValue[language] === 'string') {
            value[language] = nearValue[language];
            out.push({ path: join(here, language), from: { regulationId, path: join(there, language) }, value: nearValue[language] });
          }
        }
      }
    } else if (isRecord(nearValue) && isRecord(value)) {
      fillTexts(value, nearValue, here, there, regulationId, out);
    } else if (Array.isArray(nearValue) && Array.isArray(value) && MATCHED_ARRAYS.has(key) && path === '') {
      value.forEach((item, index) => {
        const match = counterpart(key, value, index, nearValue);
        const nearItem = match === null ? null : nearValue[match];
        if (match !== null && isRecord(item) && isRecord(nearItem)) fillTexts(item, nearItem, join(here, index), join(there, match), regulationId, out);
      });
    }
  }
}

/**
 * The draft with the missing texts and case fields proposed from the nearest version, and the list of proposals.
 * The input draft is not changed.
 */
export function fillFromNearestVersion(draft: Record<string, unknown>, nearest: Regulation): FilledDraft {
  const definition = structuredClone(draft);
  const near = nearest as unknown as Json;
  const proposals: FillProposal[] = [];
  if (missing(definition.region)) {
    definition.region = nearest.region;
    proposals.push({ path: 'region', from: { regulationId: nearest.id, path: 'region' }, value: nearest.region });
  }
  fillTexts(definition, near, '', '', nearest.id, proposals);
  // The act's own texts (issuer, registering body) only where the act is the same act (same date and number).
  const act = definition.act;
  if (isRecord(act) && act.date === nearest.act.date && act.number === nearest.act.number) {
    fillTexts(act, nearest.act as unknown as Json, 'act', 'act', nearest.id, proposals);
  }
  if (isRecord(definition.service)) fillTexts(definition.service, nearest.service as unknown as Json, 'service', 'service', nearest.id, proposals);
  for (const key of CASE_FIELDS) {
    const value = near[key];
    if (missing(definition[key]) && !missing(value) && !carriesCitation(value)) {
      definition[key] = structuredClone(value);
      proposals.push({ path: key, from: { regulationId: nearest.id, path: key }, value });
    }
  }
  return { definition, proposals };
}
