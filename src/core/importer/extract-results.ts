/**
 * The result of the service and the form it is given in, from clause 3 ("3. Результат оказания государственной
 * услуги – …", seed 000 line 852; "3. Мемлекеттік қызметті көрсету нәтижесі – …", seed 000 line 383), and the
 * channels the first clause lists ("Прием документов и выдача результата … осуществляются через: 1) канцелярию
 * услугодателя; 2) веб-портал …", seed 000 lines 533-537).
 */
import { citeSpan, type Citation } from './extract-steps.ts';
import type { Paragraph } from './normalize-lines.ts';

export interface DraftResult {
  readonly id: string;
  readonly kind: 'positive' | 'refusal';
  readonly name: string;
  readonly source: Citation;
}

export interface DraftResultForm {
  readonly value: 'paper' | 'electronic' | 'paperOrElectronic';
  readonly source: Citation;
}

export type DraftChannel = 'providerOffice' | 'stateCorporation' | 'portal' | 'ruralAkim';

const RESULT_CLAUSE = /^\d{1,2}\.\s*(?:Результат\p{L}*\s+оказания|Мемлекеттік\s+(?:қызметті\s+)?көрсету\p{L}*\s+нәтижесі|Мемлекеттік\s+қызмет\s+көрсету\p{L}*\s+нәтижесі|Мемлекеттік\s+көрсетілетін\s+қызмет\p{L}*\s+нәтижесі\s*[-–:])/iu;
const REFUSAL = /(?:\p{L}*\s*бас\s+тарту\s+туралы\s+хабарлама\p{L}*|отказ\p{L}*\s+в\s+(?:оказании|назначении)[^;.]*|мотивированн\p{L}*\s+(?:ответ|отказ)\p{L}*[^;.]*|(?:дәлелді|уәжді)\s+(?:жауап|бас тарту)\p{L}*[^;.]*|бас\s+тарту\s+туралы\s+(?:дәлелді\s+)?жауап\p{L}*)/iu;
const PROCESS_REFUSAL = /(?:қызметтен\s+бас\s+тарту\s+жөнінде\s+хабарлама\p{L}*|сообщени\p{L}*\s+об\s+отказе\s+в\s+(?:запрашиваемой|оказании)[^;.]*)/iu;
const FORM_IN_RESULT = /(?:в\s+бумажном\s+(?:или|и)\s+электронном\s+виде|қағаз\s+(?:және|немесе)\s+электрондық\s+түрдегі)/iu;
const FORM = /(?:Форма\s+предоставления\s+результата[^:–-]*[:–-]\s*|нәтижесін\s+ұсыну\s+нысаны\s*[:–-]\s*)([^.;]+)/iu;

export function extractResults(seed: string, paragraphs: readonly Paragraph[]): { results: DraftResult[]; resultForm: DraftResultForm | null } {
  const results: DraftResult[] = [];
  let resultForm: DraftResultForm | null = null;
  const clause = paragraphs.find((p) => RESULT_CLAUSE.test(p.text));
  if (clause) {
    const dash = clause.text.search(/\s[–-]\s|является|болып табылады|:\s/u);
    const start = dash > 0 ? dash + clause.text.slice(dash).search(/[\p{L}"«]/u) : 0;
    const stop = clause.text.slice(start).search(/\s\((?:далее|бұдан әрі)|;|\sлибо\s|\sнемесе\s+(?:мемлекеттік|дәлелді)|\sне\s+(?:мемлекеттік|дәлелді)/u);
    const end = stop > 0 ? start + stop : Math.min(clause.text.length, start + 120);
    results.push({ id: 'result', kind: 'positive', name: clause.text.slice(start, end).trim(), source: citeSpan(seed, clause, start, end) });
    const refusal = REFUSAL.exec(clause.text);
    if (refusal) results.push({ id: 'reasoned-refusal', kind: 'refusal', name: refusal[0].trim(), source: citeSpan(seed, clause, refusal.index, refusal.index + refusal[0].length) });
  }
  // No refusal in the result clause: the processes name it ("7-үдеріс – … қызметтен бас тарту жөнінде хабарламаны
  // қалыптастыру", seed 001 line 156).
  if (results.length > 0 && !results.some((r) => r.kind === 'refusal')) {
    for (const p of paragraphs) {
      const m = PROCESS_REFUSAL.exec(p.text);
      if (!m) continue;
      results.push({ id: 'reasoned-refusal', kind: 'refusal', name: m[0].trim(), source: citeSpan(seed, p, m.index, m.index + m[0].length) });
      break;
    }
  }
  for (const p of paragraphs) {
    const m = FORM.exec(p.text);
    if (!m) continue;
    const said = (m[1] as string).toLowerCase();
    const paper = /бумажн|қағаз/u.test(said);
    const electronic = /электрон/u.test(said);
    const value = paper && electronic ? 'paperOrElectronic' : electronic ? 'electronic' : 'paper';
    resultForm = { value, source: citeSpan(seed, p, m.index, m.index + m[0].length) };
    break;
  }
  // No sentence of its own: the result clause may say it ("уведомление … в бумажном или электронном виде", seed 000
  // line 704; "қағаз және электрондық түрдегі хабарлама", line 234).
  const inClause = clause && !resultForm ? FORM_IN_RESULT.exec(clause.text) : null;
  if (clause && inClause) resultForm = { value: 'paperOrElectronic', source: citeSpan(seed, clause, inClause.index, inClause.index + inClause[0].length) };
  return { results, resultForm };
}

const CHANNEL_WORDS: ReadonlyArray<readonly [DraftChannel, RegExp]> = [
  ['providerOffice', /(?:канцеляри|услугодател|кеңсе|көрсетілетін қызметті беруші)/iu],
  ['stateCorporation', /(?:Государственн\p{L}* корпорац|Мемлекеттік корпорац|ЦОН|ХҚКО)/iu],
  ['portal', /(?:портал|egov)/iu],
  ['ruralAkim', /(?:ауылдық округт\p{L}* әкім|аким\p{L}* (?:поселка|села|сельского))/iu],
];

/** The channels named in the list after "осуществляются через:" / "арқылы жүзеге асырылады" (first section). */
export function extractChannels(seed: string, paragraphs: readonly Paragraph[]): { channel: DraftChannel; source: Citation }[] {
  const found: { channel: DraftChannel; source: Citation }[] = [];
  const intro = paragraphs.findIndex((p) => /(?:осуществля\p{L}*\s+через|жүзеге асырылады|арқылы жүзеге)/iu.test(p.text));
  if (intro < 0) return found;
  const candidates = [paragraphs[intro] as Paragraph];
  for (let i = intro + 1; i < paragraphs.length && /^(?:[-–]\s*)?\d\)/u.test(paragraphs[i]?.text ?? ''); i++) candidates.push(paragraphs[i] as Paragraph);
  for (const p of candidates) {
    for (const [channel, pattern] of CHANNEL_WORDS) {
      const m = pattern.exec(p.text);
      if (!m || found.some((f) => f.channel === channel)) continue;
      // In the introduction itself only what follows "через"/precedes "арқылы" counts (not "выдача результата").
      if (p === candidates[0] && candidates.length > 1) continue;
      found.push({ channel, source: citeSpan(seed, p, m.index, Math.min(p.text.length, m.index + Math.max(m[0].length, 12))) });
    }
  }
  return found;
}
