/**
 * One regulation block (one language) → a draft in the catalog's schema (src/core/regulation/schema.ts). Texts the
 * imported file does not give (the English, and the other language where the act is in one) are left out: the
 * catalog's own checks name them before anything is published.
 */
import type { RegulationDraft, UnresolvedLine } from './import-contract.ts';
import { buildSteps } from './build-steps.ts';
import type { ImportLanguage } from './detect-language.ts';
import { extractAct } from './extract-act.ts';
import { extractChannels, extractResults } from './extract-results.ts';
import { extractServiceForm } from './extract-service-form.ts';
import type { Citation } from './extract-steps.ts';
import { findLimits } from './find-limits.ts';
import { serviceCodeOf } from './known-services.ts';
import type { Paragraph } from './normalize-lines.ts';
import { procedureLists } from './procedure-lists.ts';
import { tableSteps } from './table-steps.ts';
import type { RegulationBlock } from './split-regulations.ts';

export interface AssembledDraft {
  readonly draft: RegulationDraft;
  readonly lang: ImportLanguage;
  readonly serviceCode: string;
  readonly actKey: string;
  readonly unresolved: UnresolvedLine[];
}

const text = (lang: ImportLanguage, value: string) => ({ [lang]: value });

/** Every line a draft cites. */
function citedLines(value: unknown, into = new Set<number>()): Set<number> {
  if (Array.isArray(value)) value.forEach((v) => citedLines(v, into));
  else if (typeof value === 'object' && value !== null) {
    const v = value as Record<string, unknown>;
    if (typeof v.seed === 'string' && typeof v.line === 'number') {
      for (let l = v.line; l <= (typeof v.endLine === 'number' ? v.endLine : v.line); l++) into.add(l);
    }
    Object.values(v).forEach((child) => citedLines(child, into));
  }
  return into;
}

export function assembleDraft(seed: string, paragraphs: readonly Paragraph[], lines: readonly string[], block: RegulationBlock, position: number): AssembledDraft {
  const body = paragraphs.slice(block.start, block.end);
  const lang = block.lang;
  const serviceCode = serviceCodeOf(block.serviceName, position);
  const act = extractAct(seed, paragraphs, block.start);
  const fromLists = buildSteps(seed, procedureLists(body));
  // No list of procedures: an "electronic state service" regulation states its actions in tables (seed 002).
  const lastLine = body.at(-1)?.pieces.at(-1)?.line ?? block.title.line;
  const built = fromLists.steps.length > 0 ? fromLists : { ...fromLists, ...tableSteps(seed, lines, block.title.line, lastLine) };
  const { results, resultForm } = extractResults(seed, body);
  const serviceForm = extractServiceForm(seed, body);
  const channels = extractChannels(seed, body);
  const unresolved: UnresolvedLine[] = built.issues.map((i) => ({ line: i.line, text: i.text, reason: i.reason }));
  const titleSource: Citation = { seed, line: block.title.line, quote: block.serviceName.slice(0, 90) };
  const providerParagraph = body.find((p) => /(?:оказывается|көрсетіледі)/iu.test(p.text));
  const year = act?.date.slice(0, 4) ?? 'undated';
  const actKey = act ? `${act.region ?? 'region'}-${year}-${act.number}` : 'undated';
  const draft: RegulationDraft = {
    schema: 1,
    id: `${act?.region ?? 'region'}-${year}-${act?.number ?? 'unknown'}-${serviceCode}`.toLowerCase().replace(/[^a-z0-9-]/g, '-'),
    service: { code: serviceCode, name: text(lang, block.serviceName), source: titleSource },
    ...(act?.region ? { region: act.region } : {}),
    act: act
      ? {
          issuer: text(lang, act.issuer),
          kind: 'akimatResolution',
          date: act.date,
          number: act.number,
          justiceRegistration: act.justiceRegistration ? { date: act.justiceRegistration.date, number: act.justiceRegistration.number, by: text(lang, act.justiceRegistration.by) } : null,
          repealedBy: act.repealedBy ? { date: act.repealedBy.date, number: act.repealedBy.number, effectiveFrom: null, source: act.repealedBy.source } : null,
          entryIntoForce: { rule: act.entryIntoForce.rule, ...(act.entryIntoForce.days !== undefined ? { days: act.entryIntoForce.days } : {}), firstPublicationDate: null, ...(act.entryIntoForce.source ? { source: act.entryIntoForce.source } : {}) },
          source: act.source,
        }
      : null,
    provider: providerParagraph ? { name: text(lang, providerParagraph.text.slice(0, 200)), source: { seed, line: providerParagraph.line, quote: providerParagraph.text.slice(0, 60) } } : null,
    steps: built.steps.map((s) => ({
      id: s.id,
      role: s.role,
      kind: s.kind,
      action: text(lang, s.action),
      limit: s.limit,
      ...(s.limitNote ? { limitNote: s.limitNote } : {}),
      ...(s.runsWhen ? { runsWhen: s.runsWhen } : {}),
      source: s.source,
    })),
    routes: built.routes.map((r) => ({ id: r.id, channel: r.channel, steps: r.steps, source: r.source })),
    channels: channels.map((c) => ({ channel: c.channel, source: c.source })),
    results: results.map((r) => ({ id: r.id, kind: r.kind, name: text(lang, r.name), template: r.kind === 'refusal' ? 'reasoned-refusal' : `${serviceCode}-result`, source: r.source })),
    serviceForm: serviceForm ? { value: serviceForm.value, source: serviceForm.source } : null,
    resultForm: resultForm ? { value: resultForm.value, provenance: { origin: 'seed', source: resultForm.source } } : null,
    language: lang,
  };
  if (!act) unresolved.push({ line: block.title.line, text: block.title.text.slice(0, 200), reason: 'no act header (number, date) found before this regulation' });
  if (built.steps.length === 0) unresolved.push({ line: block.title.line, text: block.title.text.slice(0, 200), reason: 'no list of procedures found in this regulation' });
  // Every time figure of the regulation that no step, limit or clause cites is listed: never silently dropped.
  const cited = citedLines(draft);
  for (const p of body) {
    for (const figure of findLimits(p.text)) {
      const piece = p.pieces.find((x) => figure.start >= x.start && figure.start < x.end);
      const line = piece?.line ?? p.line;
      if (!cited.has(line) && !unresolved.some((u) => u.line === line)) unresolved.push({ line, text: p.text.slice(piece?.start ?? 0, piece?.end ?? p.text.length).slice(0, 200), reason: `time figure "${figure.quote}" not placed in any step` });
    }
  }
  return { draft, lang, serviceCode, actKey, unresolved };
}
