/**
 * Steps from the tables of an "electronic state service" regulation (seed 002, Tainsha 2012, appendix 1 lines
 * 207-348): one table per channel ("1 кесте. ЖАО арқылы …", "2 кесте. ХҚКО арқылы …", "3 кесте. ЭҮП арқылы …"),
 * cut into blocks of columns. Each column is an action: its number (row 1), its performer — the local executive body
 * (ЖАО: its employee), the PSC (ХҚКО: its operator) or an information system (… АЖ, ЭҮӨШ/ЭҮШ, ЭҮП) — its description
 * (rows 3-4) and its term (row 5, "Орындау мерзімдері"). A continued table ("кестенің жалғасы") repeats the rows
 * without their labels. Cells are separated by tabs, as the text extracted from the PDF keeps them.
 */
import type { Role, StepKind } from '../regulation/schema.ts';
import type { Citation } from './extract-steps.ts';
import { findLimits } from './find-limits.ts';
import type { DraftLimit, DraftStep } from './extract-steps.ts';
import type { DraftRoute } from './build-steps.ts';

const TABLE_TITLE = /^\s*(\d)\s*(?:кесте|таблица)\.?\s*(.*)$/iu;
const CHANNEL_OF_TABLE: ReadonlyArray<readonly [DraftRoute['channel'], RegExp]> = [
  ['stateCorporation', /(?:ХҚКО|ЦОН|Государственн\p{L}* корпорац)/u],
  ['portal', /(?:ЭҮП|ПЭП|портал)/iu],
  ['providerOffice', /(?:ЖАО|МИО|услугодател)/u],
];
const NUMBER_LABEL = /(?:№|номер)\s*$/iu;
const TERM_LABEL = /(?:Орындау мерзімдері|Сроки исполнения)/iu;

interface Column {
  number: number;
  actor: string;
  description: string;
  limitCell: string;
  limitLine: number;
}

function cellsOf(line: string): string[] {
  return line.split('\t').map((c) => c.trim());
}

/** The cells of a row without its label ("5", "Орындау мерзімдері") when it has one. */
function valueCells(cells: string[], columns: number): string[] {
  if (cells.length >= columns + 2 && /^\d?$/.test(cells[0] ?? '')) return cells.slice(2, 2 + columns);
  if (cells.length === columns + 1 && /^\d?$/.test(cells[0] ?? '')) return cells.slice(1, 1 + columns);
  return cells.slice(0, columns);
}

function isNumberRow(cells: string[]): number[] | null {
  const labelled = cells.length > 2 && /^\d$/.test(cells[0] ?? '') && NUMBER_LABEL.test(cells[1] ?? '');
  const values = labelled ? cells.slice(2) : cells;
  const nonEmpty = values.filter((c) => c.length > 0);
  if (nonEmpty.length < 1 || !nonEmpty.every((c) => /^\d{1,2}$/.test(c))) return null;
  if (!labelled && nonEmpty.length < 2 && values.length < 2) return null;
  return values.map((c) => (c.length > 0 ? Number(c) : NaN));
}

const ACTOR = /(?:ЖАО|ХҚКО|ЭҮӨШ|ЭҮШ|ЭҮП|АЖ|МИО|ЦОН|ИС|ПЭП|ШЭП)/u;

function roleOf(column: Column): Role {
  const actor = column.actor.replace(/\s+/g, ' ');
  // The employee's EDS signature in the body's system is the employee's act (seed 002 lines 229, 277).
  if (/(?:ЭЦҚ.{0,40}қол|ЭЦП)/u.test(column.description) && /(?:ЖАО|МИО)/u.test(actor) && /(?:қызметкер|сотрудник)/u.test(column.description)) return 'executor';
  if (/(?:АЖ|ЭҮӨШ|ЭҮШ|ЭҮП|ИС|ПЭП|ШЭП)/u.test(actor)) return 'system';
  if (/(?:ХҚКО|ЦОН)/u.test(actor)) return 'scOperator';
  return 'executor';
}

function kindOf(role: Role, description: string, seen: ReadonlySet<StepKind>): StepKind {
  if (role === 'system') return 'automatic';
  if (/(?:ЭЦҚ|ЭЦП).*қол|подпис/iu.test(description)) return 'sign';
  if (/(?:Шешім қабылдау|Принятие решения)/iu.test(description)) return 'decide';
  if (/(?:нәтижесін беру|беру арқылы|выдача)/iu.test(description)) return 'issue';
  if (/(?:Шығыс құжатын құру|выходного документа)/iu.test(description)) return 'prepareDocument';
  if (role === 'scOperator') return seen.has('decide') ? 'issue' : 'forward';
  return seen.has('register') ? 'forward' : 'register';
}

export interface TableSteps {
  readonly steps: DraftStep[];
  readonly routes: DraftRoute[];
}

/** Reads the action tables in lines `from`..`to` (1-based, inclusive). */
export function tableSteps(seed: string, lines: readonly string[], from: number, to: number): TableSteps {
  const steps: DraftStep[] = [];
  const routes: DraftRoute[] = [];
  let table: { id: string; channel: DraftRoute['channel']; line: number; title: string; columns: Column[] } | null = null;
  const flush = () => {
    if (!table || table.columns.length === 0) return;
    const seen = new Set<StepKind>();
    const ids: string[] = [];
    for (const column of table.columns.sort((a, b) => a.number - b.number)) {
      const found = findLimits(column.limitCell)[0];
      if (!found && /^-?$/.test(column.limitCell)) continue; // "-": the column does nothing (seed 002 line 270)
      const role = roleOf(column);
      const kind = kindOf(role, column.description, seen);
      seen.add(kind);
      const at = (lines[column.limitLine - 1] ?? '').indexOf(found?.quote ?? '\u0000');
      const limit: DraftLimit | null = found && at >= 0 ? { value: found.value, unit: found.unit, source: { seed, line: column.limitLine, quote: found.quote } } : null;
      const id = `${table.id}-${column.number}`;
      const source: Citation = { seed, line: column.limitLine, quote: column.limitCell.slice(0, 80) || column.actor };
      steps.push({ id, role, kind, action: `${column.actor}: ${column.description}`.slice(0, 300), limit, ...(limit ? {} : { limitNote: 'The table gives no term for this action.' }), source, origin: 'provider' });
      ids.push(id);
    }
    if (ids.length > 0) routes.push({ id: table.id, channel: table.channel, steps: ids, source: { seed, line: table.line, quote: table.title.slice(0, 80) } });
  };

  for (let i = from - 1; i < Math.min(to, lines.length); i++) {
    const raw = lines[i] ?? '';
    const title = TABLE_TITLE.exec(raw);
    if (title && !raw.includes('\t')) {
      flush();
      const channel = CHANNEL_OF_TABLE.find(([, p]) => p.test(title[2] ?? ''))?.[0] ?? 'providerOffice';
      table = { id: { providerOffice: 'office', stateCorporation: 'psc', portal: 'portal', ruralAkim: 'akim' }[channel], channel, line: i + 1, title: raw.trim(), columns: [] };
      continue;
    }
    if (!table) continue;
    const numbers = isNumberRow(cellsOf(raw));
    if (!numbers) continue;
    // The performers' row follows the numbers; the term row is the first after it whose cells state terms.
    let a = i + 1;
    while (a < lines.length && (lines[a] ?? '').trim() === '') a++;
    const actorCells = valueCells(cellsOf(lines[a] ?? ''), numbers.length);
    if (!actorCells.some((c) => ACTOR.test(c))) continue;
    const descriptions: string[] = numbers.map(() => '');
    let t = a + 1;
    for (; t < Math.min(lines.length, a + 12); t++) {
      const cells = cellsOf(lines[t] ?? '');
      const values = valueCells(cells, numbers.length);
      const labelled = TERM_LABEL.test(cells[1] ?? '');
      const allTerms = values.filter((c) => c.length > 0).length > 0 && values.every((c) => c.length === 0 || c === '-' || findLimits(c).length > 0);
      if (labelled || allTerms) break;
      values.forEach((c, k) => (descriptions[k] = `${descriptions[k] ?? ''} ${c}`.trim()));
    }
    const termCells = valueCells(cellsOf(lines[t] ?? ''), numbers.length);
    numbers.forEach((n, k) => {
      if (Number.isNaN(n)) return;
      table?.columns.push({ number: n, actor: actorCells[k] ?? '', description: descriptions[k] ?? '', limitCell: termCells[k] ?? '', limitLine: t + 1 });
    });
    i = t;
  }
  flush();
  return { steps, routes };
}
