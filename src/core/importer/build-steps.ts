/**
 * From a regulation's procedure lists to steps and routes, the way the catalog models them (regulations/*.json):
 * - the provider's list gives the office route (register → assign → decide → sign → issue);
 * - the State Corporation's list (seed 001 lines 554-568) runs the same provider steps between two hand-overs: the
 *   operator accepts and sends on (a step with the stated limit, then the dispatch, which the text gives no time),
 *   the provider's clerk sends the result back (stated limit; the operator's receipt has none) and the operator
 *   issues it;
 * - the numbered processes of the State Corporation's and the portal's information systems end with the result
 *   issued by the operator (seed 001 line 158, "2 минут ішінде") or delivered to the personal cabinet (line 184);
 * - where a rural district akim (ауылдық округтің әкімі) runs the same procedures (seed 001 lines 516-540), its own
 *   copy of the provider steps with its own terms, ending with the hand-over to the provider who issues.
 */
import type { Role, StepKind } from '../regulation/schema.ts';
import { findLimits, type FoundLimit } from './find-limits.ts';
import type { Paragraph } from './normalize-lines.ts';
import { type Citation, citeSpan, type DraftLimit, type DraftStep, kindOf, quoteOfLine, readItem, type ItemReading, sendsOn, STEP_IDS, type StepIssue, toStateCorporation } from './extract-steps.ts';
import { itemText, type ProcedureList } from './procedure-lists.ts';

export interface DraftRoute {
  readonly id: string;
  readonly channel: 'providerOffice' | 'stateCorporation' | 'portal' | 'ruralAkim';
  readonly steps: string[];
  readonly source: Citation;
}

export interface BuiltSteps {
  readonly steps: DraftStep[];
  readonly routes: DraftRoute[];
  readonly issues: StepIssue[];
}

const PROCESS_ITEM = /^(?:\d+\s*-?\s*(?:үдеріс|шарт|процесс)|(?:процесс|условие)\s+\d+)/iu;
const CABINET = /(?:жеке кабинет|личный кабинет)/iu;
const EXECUTOR_SIGNS = /(?:подписью ответственного (?:работника|исполнителя)|жауапты (?:қызметкерінің|орындаушысының) (?:ЭЦҚ|электрондық цифрлық қолтаңба))/iu;
const RURAL_AKIM = /(?:ауылдық округт\p{L}*\s+әкім|аким\p{L}*\s+(?:поселка|села|сельского))/iu;

function limitOf(seed: string, paragraph: Paragraph, found: FoundLimit | undefined): DraftLimit | null {
  if (!found) return null;
  return { value: found.value, unit: found.unit, source: citeSpan(seed, paragraph, found.start, found.end) };
}

function sourceOf(seed: string, paragraph: Paragraph): Citation {
  return { seed, line: paragraph.line, quote: quoteOfLine(paragraph) };
}

function sameFigure(a: DraftLimit | null, b: FoundLimit | undefined): boolean {
  return a === null ? b === undefined : b !== undefined && a.value === b.value && a.unit === b.unit;
}

class StepBook {
  readonly steps: DraftStep[] = [];
  /** Adds a step at the end, or right after the step it stands in for (`after`). */
  add(step: Omit<DraftStep, 'id'> & { id: string }, after?: string): DraftStep {
    let id = step.id;
    for (let n = 2; this.steps.some((s) => s.id === id); n++) id = `${step.id}-${n}`;
    const placed = { ...step, id };
    const at = after === undefined ? -1 : this.steps.findIndex((s) => s.id === after);
    if (at >= 0) this.steps.splice(at + 1, 0, placed);
    else this.steps.push(placed);
    return placed;
  }
  cite(step: DraftStep, citation: Citation): void {
    if (!step.limit) return;
    const same = (c: Citation) => c.line === citation.line;
    if (same(step.limit.source) || (step.limit.otherSources ?? []).some(same)) return;
    const index = this.steps.indexOf(step);
    const limit = { ...step.limit, otherSources: [...(step.limit.otherSources ?? []), citation] };
    this.steps[index] = { ...step, limit };
  }
}

function readable(list: ProcedureList): ItemReading[] {
  return list.items.map(readItem).filter((r) => r.role !== null && r.role !== 'applicant');
}

export function buildSteps(seed: string, lists: readonly ProcedureList[]): BuiltSteps {
  const book = new StepBook();
  const routes: DraftRoute[] = [];
  const issues: StepIssue[] = [];
  const providerLists = lists.filter((l) => l.kind === 'provider');
  const main = providerLists[0];
  if (!main) return { steps: [], routes, issues };

  // 1. The provider's own procedures.
  const seen = new Set<StepKind>();
  const office: DraftStep[] = [];
  const readings = readable(main);
  for (const r of readings) {
    const role = r.role as Role;
    const kind = kindOf(role, seen, r.text);
    seen.add(kind);
    const cases = r.limits.length === 0 ? subCases(r) : [];
    if (cases.length > 0) {
      // "3) … қарайды және рәсімдейді:" followed by one line per case, each with its own term (seed 001 lines
      // 261-267): the decision; a document drawn up after a positive one; a duplicate, decided on its own.
      cases.forEach(({ paragraph, found }, k) => {
        const duplicate = k > 0 && DUPLICATE.test(paragraph.text);
        const caseKind: StepKind = k === 0 || duplicate ? kind : 'prepareDocument';
        const id = duplicate ? `${STEP_IDS[kind]}-duplicate` : STEP_IDS[caseKind];
        const step = book.add({ id, role, kind: caseKind, action: paragraph.text, limit: limitOf(seed, paragraph, found), ...(k > 0 && !duplicate ? { runsWhen: 'positiveDecision' as const } : {}), source: sourceOf(seed, paragraph), origin: 'provider' });
        office.push(step);
      });
      continue;
    }
    const limit = limitOf(seed, r.item.paragraph, r.limits[0]);
    if (!limit) issues.push({ line: r.item.paragraph.line, text: r.item.paragraph.text.slice(0, 200), reason: 'procedure without a time limit' });
    office.push(book.add({ id: STEP_IDS[kind], role, kind, action: r.text, limit, ...(limit ? {} : { limitNote: 'The text gives no time for this procedure.' }), source: sourceOf(seed, r.item.paragraph), origin: 'provider' }));
  }
  for (const item of main.items) {
    const r = readItem(item);
    if (r.role === null) issues.push({ line: item.paragraph.line, text: item.paragraph.text.slice(0, 200), reason: 'no performer recognised in this procedure' });
  }
  const duplicateIds = new Set(office.filter((s) => s.id.endsWith('-duplicate')).map((s) => s.id));
  routes.push({ id: 'office', channel: 'providerOffice', steps: office.filter((s) => !duplicateIds.has(s.id)).map((s) => s.id), source: sourceOf(seed, main.clause) });

  // 2. Lists that repeat the provider's procedures add their lines as further citations.
  for (const repeat of providerLists.slice(1)) {
    const again = readable(repeat);
    if (again.length !== readings.length) continue;
    again.forEach((r, i) => {
      const step = book.steps.find((s) => s.id === office[i]?.id);
      if (step && sameFigure(step.limit, r.limits[0]) && r.limits[0]) book.cite(step, citeSpan(seed, r.item.paragraph, r.limits[0].start, r.limits[0].end));
    });
  }

  // 3. The State Corporation's order of application.
  // A list of the information systems' numbered processes ("2) 1-үдеріс – …", seed 001 line 138) is the channel's
  // intake flow, not the provider's procedures.
  const sc = lists.find((l) => l.kind === 'stateCorporation' && !l.items.some((item) => PROCESS_ITEM.test(itemText(item))));
  let scIssue: DraftStep | null = null;
  if (sc) {
    const route: string[] = [];
    const scSeen = new Set<StepKind>();
    for (const r of readable(sc)) {
      const role = r.role as Role;
      const found = r.limits[0];
      const p = r.item.paragraph;
      if (role === 'scOperator' && !scSeen.has('decide')) {
        route.push(book.add({ id: 'sc-intake', role, kind: 'forward', action: r.text, limit: limitOf(seed, p, found), source: sourceOf(seed, p), origin: 'stateCorporation' }).id);
        if (sendsOn(r.text)) route.push(book.add({ id: 'sc-dispatch', role, kind: 'forward', action: r.text, limit: null, limitNote: 'The text gives no time for the dispatch to the provider.', source: sourceOf(seed, p), origin: 'stateCorporation' }).id);
        continue;
      }
      if (role === 'scOperator') {
        scIssue = book.add({ id: 'sc-issue', role, kind: 'issue', action: r.text, limit: limitOf(seed, p, found), source: sourceOf(seed, p), origin: 'stateCorporation' });
        route.push(scIssue.id);
        continue;
      }
      if (role === 'clerk' && scSeen.has('decide') && toStateCorporation(r.text)) {
        route.push(book.add({ id: 'return-to-sc', role, kind: 'forward', action: r.text, limit: limitOf(seed, p, found), source: sourceOf(seed, p), origin: 'stateCorporation' }).id);
        route.push(book.add({ id: 'sc-receive', role: 'scOperator', kind: 'forward', action: r.text, limit: null, limitNote: 'The text gives no time for the State Corporation to receive the result.', source: sourceOf(seed, p), origin: 'stateCorporation' }).id);
        continue;
      }
      const kind = kindOf(role, scSeen, r.text);
      scSeen.add(kind);
      const same = office.find((s) => s.role === role && s.kind === kind);
      const current = same ? book.steps.find((s) => s.id === same.id) : undefined;
      const cases = found ? [] : subCases(r);
      if (current && cases.length > 0) {
        // The same cases as the provider's list: the provider's steps run (seed 001 lines 303-307).
        const ofRole = office.filter((s) => s.role === role && !duplicateIds.has(s.id) && office.indexOf(s) >= office.indexOf(current) && (s.kind === kind || s.kind === 'prepareDocument'));
        cases.forEach(({ paragraph, found: f }, k) => {
          const target = DUPLICATE.test(paragraph.text) && k > 0 ? book.steps.find((s) => duplicateIds.has(s.id)) : ofRole[k];
          if (target && f) book.cite(book.steps.find((s) => s.id === target.id) as DraftStep, citeSpan(seed, paragraph, f.start, f.end));
        });
        route.push(...ofRole.map((s) => s.id));
        continue;
      }
      if (current && sameFigure(current.limit, found)) {
        if (found) book.cite(current, citeSpan(seed, p, found.start, found.end));
        route.push(current.id);
      } else {
        route.push(book.add({ id: `sc-${STEP_IDS[kind]}`, role, kind, action: r.text, limit: limitOf(seed, p, found), source: sourceOf(seed, p), origin: 'stateCorporation' }).id);
      }
    }
    if (route.length > 0) routes.push({ id: 'state-corporation', channel: 'stateCorporation', steps: route, source: sourceOf(seed, sc.clause) });
  }

  // 4. The information systems' processes: the result through the operator, or in the personal cabinet.
  const providerCore = office.filter((s) => s.kind !== 'issue').map((s) => s.id);
  const scResult = lists.find((l) => l.kind === 'stateCorporationResult');
  if (scResult && !scIssue) {
    const last = [...scResult.items].reverse().find((item) => /(?:оператор|Государственн\p{L}* корпорац)/iu.test(item.paragraph.text) && /(?:нәтиже|результат)/iu.test(item.paragraph.text));
    if (last) {
      const r = readItem(last);
      scIssue = book.add({ id: 'sc-issue', role: 'scOperator', kind: 'issue', action: r.text, limit: limitOf(seed, last.paragraph, r.limits.at(-1)), source: sourceOf(seed, last.paragraph), origin: 'stateCorporationResult' });
      routes.push({ id: 'state-corporation', channel: 'stateCorporation', steps: [...providerCore, scIssue.id], source: sourceOf(seed, scResult.clause) });
    }
  }
  const portal = lists.find((l) => l.kind === 'portal');
  if (portal) {
    const route: string[] = [];
    const portalSeen = new Set<StepKind>();
    // Kyzylorda (seed 003 lines 151-181, 445-477): the provider's procedures again, with their own terms.
    for (const r of readable(portal)) {
      if (PROCESS_ITEM.test(r.text) || r.role === 'system') continue;
      const role = r.role as Role;
      const found = r.limits[0];
      const p = r.item.paragraph;
      const kind = kindOf(role, portalSeen, r.text);
      portalSeen.add(kind);
      const same = office.find((s) => s.role === role && s.kind === kind);
      const current = same ? book.steps.find((s) => s.id === same.id) : undefined;
      if (current && sameFigure(current.limit, found)) {
        if (found) book.cite(current, citeSpan(seed, p, found.start, found.end));
        route.push(current.id);
      } else {
        route.push(book.add({ id: `portal-${STEP_IDS[kind]}`, role, kind, action: r.text, limit: limitOf(seed, p, found), source: sourceOf(seed, p), origin: 'portal' }).id);
      }
    }
    const providerRun = route.length > 0;
    const cabinet = [...portal.items].reverse().find((item) => CABINET.test(item.paragraph.text));
    const last = cabinet ?? [...portal.items].reverse().find((item) => /(?:нәтиже|результат)/iu.test(item.paragraph.text) && /(?:портал|кабинет)/iu.test(item.paragraph.text));
    if (!portalSeen.has('issue') && last) {
      const steps = providerRun ? route : [...providerCore];
      // "… удостоверенного электронно-цифровой подписью ответственного работника" (seed 000 line 623): the executor
      // signs the electronic result. The text gives that signature no term of its own: the office signature's applies.
      if (!providerRun && EXECUTOR_SIGNS.test(last.paragraph.text)) {
        const officeSign = office.find((s) => s.kind === 'sign');
        const signed = book.add({ id: 'sign-by-executor', role: 'executor', kind: 'sign', action: readItem(last).text, limit: officeSign?.limit ? { value: officeSign.limit.value, unit: officeSign.limit.unit, source: officeSign.limit.source } : null, limitNote: 'The text gives this signature no term; the term of the office signature applies.', source: sourceOf(seed, last.paragraph), origin: 'portal' }, officeSign?.id);
        const at = steps.indexOf(officeSign?.id ?? '');
        if (at >= 0) steps.splice(at, 1, signed.id);
        else steps.push(signed.id);
      }
      const deliver = book.add({ id: 'deliver-to-cabinet', role: 'system', kind: 'automatic', action: readItem(last).text, limit: null, limitNote: 'The portal delivers the signed result at once.', source: sourceOf(seed, last.paragraph), origin: 'portal' });
      routes.push({ id: 'portal', channel: 'portal', steps: [...steps, deliver.id], source: sourceOf(seed, portal.clause) });
    } else if (providerRun) {
      routes.push({ id: 'portal', channel: 'portal', steps: route, source: sourceOf(seed, portal.clause) });
    }
  }

  // 5. The rural district akim's own copy of the provider's procedures.
  const akimReadings = readings.filter((r) => RURAL_AKIM.test(r.item.paragraph.text) || r.item.followers.some((f) => RURAL_AKIM.test(f.text)));
  if (akimReadings.length >= 3) {
    const akimRoute: string[] = [];
    const issueStep = office.find((s) => s.kind === 'issue');
    for (const r of readings) {
      const step = office[readings.indexOf(r)];
      if (!step) continue;
      const p = r.item.paragraph;
      // Where the item names two terms, the second is the akim's ("7 (жеті) … , ауылдық округтің әкімінің … 22 (жиырма екі)", seed 001 line 528).
      const second = r.limits.find((l) => l.start > (p.text.search(RURAL_AKIM) ?? 0) && r.limits.indexOf(l) > 0);
      const found = second ?? r.limits[0];
      if (step.kind === 'issue') {
        const handover = r.item.followers.find((f) => RURAL_AKIM.test(f.text)) ?? p;
        akimRoute.push(book.add({ id: 'akim-forward', role: 'clerk', kind: 'forward', action: r.text, limit: limitOf(seed, p, found), source: sourceOf(seed, handover), origin: 'ruralAkim' }).id);
        akimRoute.push(book.add({ id: 'akim-dispatch', role: 'clerk', kind: 'forward', action: handover.text, limit: null, limitNote: 'The text gives no time for the dispatch to the provider.', source: sourceOf(seed, handover), origin: 'ruralAkim' }).id);
        continue;
      }
      akimRoute.push(book.add({ id: `akim-${step.id}`, role: step.role, kind: step.kind, action: r.text, limit: limitOf(seed, p, found), source: sourceOf(seed, p), origin: 'ruralAkim' }).id);
    }
    if (issueStep) akimRoute.push(issueStep.id);
    routes.push({ id: 'rural-akim', channel: 'ruralAkim', steps: akimRoute, source: sourceOf(seed, main.clause) });
  }
  // A duplicate decided on its own term runs every route that decides, in place of the decision and what follows it.
  for (const duplicate of duplicateIds) {
    for (const route of [...routes]) {
      const at = route.steps.findIndex((id) => book.steps.find((s) => s.id === id)?.kind === 'decide');
      if (at < 0 || route.id.endsWith('-duplicate')) continue;
      const rest = route.steps.slice(at + 1).filter((id) => book.steps.find((s) => s.id === id)?.kind !== 'prepareDocument');
      routes.splice(routes.indexOf(route) + 1, 0, { ...route, id: `${route.id}-duplicate`, steps: [...route.steps.slice(0, at), duplicate, ...rest] });
    }
  }
  return { steps: book.steps, routes, issues };
}

const DUPLICATE = /(?:телнұсқа|дубликат)/iu;

/** The cases an item without a term of its own lists in its following lines, each with its term. */
function subCases(r: ItemReading): { paragraph: Paragraph; found: FoundLimit }[] {
  const cases: { paragraph: Paragraph; found: FoundLimit }[] = [];
  for (const follower of r.item.followers) {
    if (/^(?:Нәтижесі|Результат)/u.test(follower.text)) break;
    const found = findLimits(follower.text)[0];
    if (found && found.unit !== 'months') cases.push({ paragraph: follower, found });
  }
  return cases;
}
