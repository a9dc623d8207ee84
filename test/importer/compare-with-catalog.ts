/**
 * Field-by-field comparison of an imported draft with the hand-made definition of the same version (issue #20's
 * round trip). Steps agree when they sit in the same order with the same role and limit (value, unit): the longest
 * common subsequence of the two step lists keyed on (role, value, unit) — a step missing on either side costs only
 * itself, never the steps after it.
 */
import { parseFigure } from '../../src/core/regulation/parse-figure.ts';

interface Cite {
  seed: string;
  line: number;
  endLine?: number;
  quote: string;
}
interface StepShape {
  id: string;
  role: string;
  limit: { value: number; unit: string; source: Cite; otherSources?: Cite[] } | null;
}
export interface Shape {
  id?: string;
  service: { code: string };
  steps: StepShape[];
  routes?: { channel: string }[];
  results?: { kind: string; source: Cite }[];
  serviceForm?: { value: string; source: Cite } | null;
  resultForm?: { value: string; provenance: { origin: string } } | null;
  act?: { date?: string; number?: string; justiceRegistration?: { date: string; number: string } | null; repealedBy?: { date: string; number: string } | null } | null;
}

const keyOf = (s: StepShape) => `${s.role}|${s.limit?.value ?? '-'}|${s.limit?.unit ?? '-'}`;

const citedLines = (s: StepShape) =>
  s.limit ? [s.limit.source, ...(s.limit.otherSources ?? [])].flatMap((c) => Array.from({ length: (c.endLine ?? c.line) - c.line + 1 }, (_, k) => c.line + k)) : [];

/**
 * Pairs (catalog index, draft index) of the longest common subsequence; among the longest, the one where most
 * paired limits cite the same line (a table of "1 минуттан" actions repeats one key many times, seed 002).
 */
export function alignSteps(catalog: readonly StepShape[], draft: readonly StepShape[]): [number, number][] {
  const n = catalog.length;
  const m = draft.length;
  const score = (i: number, j: number) => {
    const c = catalog[i] as StepShape;
    const d = draft[j] as StepShape;
    if (keyOf(c) !== keyOf(d)) return 0;
    return 1000 + (d.limit && citedLines(c).includes(d.limit.source.line) ? 1 : 0);
  };
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const row = table[i] as number[];
      const here = score(i, j);
      row[j] = Math.max(here > 0 ? here + (table[i + 1]?.[j + 1] ?? 0) : 0, table[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    const here = score(i, j);
    const cell = table[i]?.[j] ?? 0;
    if (here > 0 && cell === here + (table[i + 1]?.[j + 1] ?? 0)) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (cell === (table[i + 1]?.[j] ?? 0)) i++;
    else j++;
  }
  return pairs;
}

const fold = (s: string) => s.replace(/[«»“”„"]/g, '"').replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim();

export interface StepVerdict {
  readonly catalogStep: string;
  readonly draftStep: string | null;
  readonly agrees: boolean;
  /** For an agreeing step with a limit: the draft cites one of the lines the catalog cites, and its quote says the figure. */
  readonly citation: 'right' | 'wrong' | 'none';
  readonly note?: string;
}

export interface VersionComparison {
  readonly steps: StepVerdict[];
  readonly stepsAgreeing: number;
  readonly extraDraftSteps: string[];
  readonly fields: Record<string, { catalog: string; draft: string; agrees: boolean }>;
}

export function compareVersion(catalog: Shape, draft: Shape, fileLines: readonly string[]): VersionComparison {
  const pairs = alignSteps(catalog.steps, draft.steps);
  const matchedDraft = new Set(pairs.map(([, j]) => j));
  const steps: StepVerdict[] = catalog.steps.map((step, i) => {
    const pair = pairs.find(([ci]) => ci === i);
    if (!pair) return { catalogStep: step.id, draftStep: null, agrees: false, citation: 'none' };
    const drafted = draft.steps[pair[1]] as StepShape;
    if (!step.limit || !drafted.limit) return { catalogStep: step.id, draftStep: drafted.id, agrees: true, citation: 'none' };
    const allowed = citedLines(step);
    const cite = drafted.limit.source;
    const text = fileLines.slice(cite.line - 1, cite.endLine ?? cite.line).join(' ');
    const figure = parseFigure(cite.quote);
    const right = allowed.includes(cite.line) && fold(text).includes(fold(cite.quote)) && figure.value === drafted.limit.value && figure.unit === drafted.limit.unit;
    return { catalogStep: step.id, draftStep: drafted.id, agrees: true, citation: right ? 'right' : 'wrong', note: right ? undefined : `draft cites line ${cite.line} "${cite.quote}", catalog ${allowed.join(',')}` };
  });
  const channels = (s: Shape) => [...new Set((s.routes ?? []).map((r) => r.channel))].sort().join(',');
  const results = (s: Shape) => (s.results ?? []).map((r) => r.kind).filter((k, i, all) => all.indexOf(k) === i).join(',');
  const act = (s: Shape) => [s.act?.date, s.act?.number, s.act?.justiceRegistration?.date, s.act?.justiceRegistration?.number, s.act?.repealedBy?.date, s.act?.repealedBy?.number].map((x) => x ?? '-').join(' ');
  const serviceFormOf = (s: Shape) => s.serviceForm?.value ?? '-';
  const resultFormOf = (s: Shape) => (s.resultForm?.provenance.origin === 'seed' ? s.resultForm.value : '-');
  const field = (c: string, d: string) => ({ catalog: c, draft: d, agrees: c === d });
  return {
    steps,
    stepsAgreeing: steps.filter((s) => s.agrees).length,
    extraDraftSteps: draft.steps.filter((_, j) => !matchedDraft.has(j)).map((s) => s.id),
    fields: {
      channels: field(channels(catalog), channels(draft)),
      results: field(results(catalog), results(draft)),
      act: field(act(catalog), act(draft)),
      // The form of the service: the value and the line it is read from (the catalog may cite the other language's line).
      serviceForm: field(serviceFormOf(catalog), serviceFormOf(draft)),
      // The form of the result where the catalog reads it from the text (a Qyzmet default has no text to agree with).
      resultForm: field(resultFormOf(catalog), resultFormOf(draft)),
    },
  };
}
