/**
 * An act published in both languages holds each regulation twice (seed 000: Kazakh lines 1-464, Russian 465-924).
 * The two texts of the same service under the same act become one draft: the Russian reading leads (the catalog
 * cites it first), the Kazakh text fills the `kk` side of every text, and its figures join as further citations
 * where the two agree step by step; where they do not, both drafts are kept.
 */
import type { RegulationDraft } from './import-contract.ts';
import type { AssembledDraft } from './assemble-draft.ts';

interface StepLike {
  id: string;
  role: string;
  action: Record<string, string>;
  limit: { value: number; unit: string; source: unknown; otherSources?: unknown[] } | null;
}

function stepsOf(draft: RegulationDraft): StepLike[] {
  return (draft.steps as StepLike[] | undefined) ?? [];
}

function agree(a: StepLike[], b: StepLike[]): boolean {
  return a.length === b.length && a.every((s, i) => {
    const t = b[i];
    return t !== undefined && s.role === t.role && (s.limit?.value ?? null) === (t.limit?.value ?? null) && (s.limit?.unit ?? null) === (t.limit?.unit ?? null);
  });
}

function mergeText(lead: unknown, other: unknown): unknown {
  if (typeof lead === 'object' && lead !== null && typeof other === 'object' && other !== null) return { ...(other as object), ...(lead as object) };
  return lead;
}

function merge(lead: AssembledDraft, other: AssembledDraft): RegulationDraft {
  const d = lead.draft;
  const o = other.draft;
  const otherSteps = stepsOf(o);
  const steps = stepsOf(d).map((s, i) => {
    const t = otherSteps[i] as StepLike;
    const limit = s.limit && t.limit ? { ...s.limit, otherSources: [...(s.limit.otherSources ?? []), t.limit.source, ...(t.limit.otherSources ?? [])] } : s.limit;
    return { ...s, action: { ...t.action, ...s.action }, limit };
  });
  const service = d.service as Record<string, unknown>;
  const otherService = o.service as Record<string, unknown>;
  return {
    ...d,
    service: { ...service, name: mergeText(service.name, otherService.name) },
    steps,
    language: [lead.lang, other.lang],
  };
}

export function mergeLanguages(drafts: readonly AssembledDraft[]): RegulationDraft[] {
  const used = new Set<AssembledDraft>();
  const out: RegulationDraft[] = [];
  for (const draft of drafts) {
    if (used.has(draft)) continue;
    const twin = drafts.find((t) => t !== draft && !used.has(t) && t.lang !== draft.lang && t.serviceCode === draft.serviceCode && t.actKey === draft.actKey && !t.serviceCode.startsWith('service-'));
    if (twin && agree(stepsOf(draft.draft), stepsOf(twin.draft))) {
      used.add(draft).add(twin);
      const [lead, other] = draft.lang === 'ru' ? [draft, twin] : [twin, draft];
      out.push(merge(lead, other));
      continue;
    }
    used.add(draft);
    out.push(draft.draft);
  }
  return out;
}
