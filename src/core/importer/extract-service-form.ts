/**
 * The form of the service from clause 2 ("2. Форма оказания государственной услуги: электронная (частично
 * автоматизированная) и (или) бумажная", seed 000 line 537; "2. Мемлекеттік қызметті көрсету нысаны: қағаз түрінде",
 * seed 001 line 226), or, in a 2012 electronic-service regulation, its level of automation ("Электрондық мемлекеттік
 * қызметті автоматтандыру деңгейі: ішінара автоматтандырылған", seed 002 line 63). Not the form of the result, which
 * clause 3 states ("нәтижесін ұсыну нысаны").
 */
import type { ServiceForm } from '../regulation/schema.ts';
import { citeSpan, type Citation } from './extract-steps.ts';
import type { Paragraph } from './normalize-lines.ts';

export interface DraftServiceForm {
  readonly value: ServiceForm;
  readonly source: Citation;
}

const SERVICE_FORM = /(?:Форма\s+оказания\s+государственной\s+услуги|қызметті\s+көрсету\s+нысан\p{L}*|көрсетілетін\s+қызмет\s+нысаны|автоматтандыру\s+деңгейі)\s*[:–-]\s*([^.;]+)/iu;

function formOf(said: string, automationLevel: boolean): ServiceForm {
  const paper = /бумажн|қағаз/iu.test(said);
  const fully = /полностью|толық/iu.test(said);
  if (automationLevel) return 'electronicPartlyAutomated';
  if (!/электрон/iu.test(said)) return 'paper';
  if (fully) return 'electronicFullyAutomatedOrPaper';
  return paper ? 'electronicPartlyAutomatedOrPaper' : 'electronicPartlyAutomated';
}

export function extractServiceForm(seed: string, paragraphs: readonly Paragraph[]): DraftServiceForm | null {
  for (const p of paragraphs) {
    const m = SERVICE_FORM.exec(p.text);
    if (!m) continue;
    const automationLevel = /автоматтандыру\s+деңгейі/iu.test(m[0]);
    return { value: formOf(m[1] as string, automationLevel), source: citeSpan(seed, p, m.index, m.index + m[0].length) };
  }
  return null;
}
