/**
 * Finds a regulation's numbered lists of procedures: the clause that opens the list ("5. Содержание каждой процедуры
 * (действия) …", seed 000 line 555; "5. … әрбір рәсімнің (іс-қимылдың) мазмұны", seed 000 line 389) and its items
 * "1) …", "2) …", each with the paragraphs that follow it up to the next item ("Нәтижесі – …", seed 001 line 522).
 */
import type { Paragraph } from './normalize-lines.ts';

export interface ListItem {
  readonly number: number;
  readonly paragraph: Paragraph;
  /** Unnumbered paragraphs after the item, before the next one (results, sub-cases). */
  readonly followers: readonly Paragraph[];
}

export interface ProcedureList {
  readonly clause: Paragraph;
  readonly kind: ProcedureListKind;
  readonly items: readonly ListItem[];
}

/**
 * - provider: the provider's own procedures (clauses 5 and 8 of the typical regulation);
 * - stateCorporation: the order of applying through the State Corporation (seed 001 line 554);
 * - stateCorporationResult / portal: the numbered processes of the information systems (seed 001 lines 150, 160).
 */
export type ProcedureListKind = 'provider' | 'stateCorporation' | 'stateCorporationResult' | 'portal' | 'other';

const CLAUSE = /^(?:#+\s*)?\**\s*(\d{1,2})\.\s+/;
const ITEM = /^(?:[-–•]\s*)?(\d{1,3})\)\s*/;
const SECTION = /^(?:#+\s*)?\**\s*\d\.\s+\**\s*(?:Описание|Жалпы|Общие|Мемлекеттік|"Азаматтарға|«Азаматтарға)/;

// The portal first: its clause also speaks of "последовательности процедур" (seed 000 line 758).
const KINDS: ReadonlyArray<readonly [ProcedureListKind, RegExp]> = [
  ['portal', /(?:портал\p{L}*\s+арқылы|через\s+(?:веб-)?портал|порталда)/iu],
  ['provider', /(?:Содержание каждой процедуры|последовательности процедур|рәсімнің\s*\(\s*іс-(?:қимыл|әрекет)\p{L}*\)\s*(?:мазмұны|ұзақтығын)|рәсімдердің\s*\(\s*іс-(?:қимыл|әрекет)\p{L}*\)\s*реттілігін)/iu],
  ['stateCorporation', /(?:Мемлекеттік корпорацияға жүгіну тәртібін|порядка обращения в Государственную корпорацию)/iu],
  ['stateCorporationResult', /(?:нәтижесін Мемлекеттік корпорация арқылы алу|результата .*через Государственную корпорацию)/iu],
];

function kindOf(text: string): ProcedureListKind {
  return KINDS.find(([, pattern]) => pattern.test(text))?.[0] ?? 'other';
}

/** Every numbered clause of the block that is followed by "1)" items, in text order. */
export function procedureLists(paragraphs: readonly Paragraph[]): ProcedureList[] {
  const lists: ProcedureList[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const clause = paragraphs[i] as Paragraph;
    if (!CLAUSE.test(clause.text) || ITEM.test(clause.text)) continue;
    const items: { number: number; paragraph: Paragraph; followers: Paragraph[] }[] = [];
    let j = i + 1;
    for (; j < paragraphs.length; j++) {
      const p = paragraphs[j] as Paragraph;
      if (CLAUSE.test(p.text) || SECTION.test(p.text)) break;
      const m = ITEM.exec(p.text);
      if (m) items.push({ number: Number(m[1]), paragraph: p, followers: [] });
      else if (items.length > 0) items.at(-1)?.followers.push(p);
    }
    // Numbering need not start at 1: seed 000 line 760 opens the Russian portal list with "11)".
    if (items.length > 0) lists.push({ clause, kind: kindOf(clause.text), items });
  }
  return lists;
}

export function itemText(item: ListItem): string {
  return item.paragraph.text.replace(ITEM, '');
}
