/**
 * Steps in order, each with its performer (role), what it does (kind, action text) and its limit, cited to the line
 * of the imported file that states the figure. The provider's list (clause 5) gives the office route; a list that
 * repeats it (clause 8, or the same regulation in the other language) only adds citations; the State Corporation's
 * list adds the hand-overs between the two organisations.
 */
import type { LimitUnit, Role, StepKind } from '../regulation/schema.ts';
import { detectRole } from './detect-role.ts';
import { findLimits, type FoundLimit } from './find-limits.ts';
import { linesOfSpan, type Paragraph } from './normalize-lines.ts';
import { itemText, type ListItem, type ProcedureList } from './procedure-lists.ts';

export interface Citation {
  readonly seed: string;
  readonly line: number;
  readonly endLine?: number;
  readonly quote: string;
}

export interface DraftLimit {
  readonly value: number;
  readonly unit: LimitUnit;
  readonly source: Citation;
  readonly otherSources?: Citation[];
}

export interface DraftStep {
  readonly id: string;
  readonly role: Role;
  readonly kind: StepKind;
  readonly action: string;
  readonly limit: DraftLimit | null;
  readonly limitNote?: string;
  /** A step that only follows a positive decision (a certificate drawn up after it, seed 001 line 265). */
  readonly runsWhen?: 'positiveDecision';
  readonly source: Citation;
  /** Which list the step came from; the route builder groups on it. */
  readonly origin: 'provider' | 'stateCorporation' | 'stateCorporationResult' | 'portal' | 'ruralAkim';
}

export interface StepIssue {
  readonly line: number;
  readonly text: string;
  readonly reason: string;
}

/** A quote of at most ~90 characters that is literally on the paragraph's first line (cut at a word end). */
export function quoteOfLine(paragraph: Paragraph, from = 0, maxLength = 90): string {
  const first = paragraph.pieces[0];
  const lineText = paragraph.text.slice(first?.start ?? 0, first?.end ?? paragraph.text.length).slice(from);
  if (lineText.length <= maxLength) return lineText.trim();
  const cut = lineText.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return (lastSpace > 20 ? cut.slice(0, lastSpace) : cut).trim();
}

export function citeSpan(seed: string, paragraph: Paragraph, start: number, end: number): Citation {
  const { line, endLine } = linesOfSpan(paragraph, start, end);
  const quote = paragraph.text.slice(start, end);
  return endLine === undefined ? { seed, line, quote } : { seed, line, endLine, quote };
}

export interface ItemReading {
  readonly item: ListItem;
  readonly role: Role | 'applicant' | null;
  readonly limits: readonly FoundLimit[];
  readonly text: string;
}

/** The figures of an item: its own paragraph first, then its followers (seed 001 line 528: the executor's term). */
export function readItem(item: ListItem): ItemReading {
  const text = itemText(item);
  let role = detectRole(text);
  const limits = findLimits(item.paragraph.text);
  if (role === 'applicant' && limits.length > 0) {
    // "the applicant hands in …, the State Corporation's operator accepts within 15 minutes" (seed 001 line 556).
    const rest = text.slice(text.search(/[,;.]\s/) + 1);
    const other = detectRole(rest);
    if (other && other !== 'applicant') role = other;
  }
  return { item, role, limits, text };
}

const SENDS_ON = /(?:жолдайды|жібереді|направляет|передает|передаёт|жіберу үшін)/iu;
const TO_STATE_CORPORATION = /(?:Мемлекеттік корпорацияға|Государственную корпорацию|в Государственную корпорацию)/iu;
const ISSUES = /(?:береді|выда[её]т|выдает|ұсынады\s*$|тапсырады)/iu;

/** The kind of a provider-side procedure from its performer and its place among the others. */
export function kindOf(role: Role, seen: ReadonlySet<StepKind>, text: string): StepKind {
  switch (role) {
    case 'clerk':
      return seen.has('decide') || seen.has('sign') ? (TO_STATE_CORPORATION.test(text) && !ISSUES.test(text) ? 'forward' : 'issue') : 'register';
    case 'head':
      return seen.has('decide') ? 'sign' : 'assignExecutor';
    case 'executor':
      return seen.has('decide') ? (/(?:подпис|қол қо)/iu.test(text) ? 'sign' : 'prepareDocument') : 'decide';
    case 'scOperator':
      return seen.has('decide') ? 'issue' : 'forward';
    case 'system':
      return 'automatic';
  }
}

export const STEP_IDS: Readonly<Record<StepKind, string>> = {
  register: 'register',
  assignExecutor: 'assign',
  decide: 'decide',
  prepareDocument: 'prepare-document',
  sign: 'sign',
  issue: 'issue',
  forward: 'forward',
  automatic: 'automatic',
};

export function sendsOn(text: string): boolean {
  return SENDS_ON.test(text);
}

export function toStateCorporation(text: string): boolean {
  return TO_STATE_CORPORATION.test(text);
}

export type { ProcedureList };
