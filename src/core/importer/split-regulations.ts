/**
 * Cuts a whole act into its regulations. A regulation opens with its title paragraph — «"Регламент государственной
 * услуги "…"» (seed 000 line 842) or «"…" мемлекеттік көрсетілетін қызмет регламенті» (seed 000 lines 371-373) —
 * directly followed by its first section, "1. Общие положения" / "1. Жалпы ережелер". It runs to the next title.
 */
import { detectLanguage, type ImportLanguage } from './detect-language.ts';
import type { Paragraph } from './normalize-lines.ts';

export interface RegulationBlock {
  /** The title paragraph. */
  readonly title: Paragraph;
  /** The service's name as the title quotes it. */
  readonly serviceName: string;
  readonly lang: ImportLanguage;
  /** Index of the title paragraph and one past the last paragraph of the block. */
  readonly start: number;
  readonly end: number;
}

/** The header of an act (seed 000 lines 3 and 465): a regulation never runs past the next act. */
const ACT_HEADER = /^(?:Постановление\s+акимата\s+.+\s+от\s+\d|.+әкімдігінің\s+\d{4}\s+жылғы\s+.+қаулысы\.)/u;
const TITLE_WITH_SECTION = /регламент\p{L}*\s+1\.\s*(?:Общие положения|Жалпы ережелер)/iu;
const FIRST_SECTION = /^(?:#+\s*)?\**\s*1\.\s*(?:Общие положения|Жалпы ережелер)/i;
const TITLE_NAME = /["«“]\s*(.+?)\s*["»”](?=\s*(?:мемлекеттік|электрондық|\**\s*$))|(?:услуги|қызмет)\s*["«“]\s*(.+?)\s*["»”]/u;

function serviceNameOf(title: string): string {
  title = title.replace(/\s+1\.\s*(?:Общие положения|Жалпы ережелер).*$/u, '');
  const m = TITLE_NAME.exec(title.replace(/\*+/g, ''));
  return (m?.[1] ?? m?.[2] ?? title).replace(/\s+/g, ' ').trim();
}

export function splitRegulations(paragraphs: readonly Paragraph[], lang?: ImportLanguage): RegulationBlock[] {
  const starts: number[] = [];
  for (let i = 1; i < paragraphs.length; i++) {
    const text = paragraphs[i]?.text ?? '';
    if (FIRST_SECTION.test(text)) starts.push(i - 1);
    // Title and first section on one line (seed 002 line 55: "… электрондық мемлекеттік қызмет регламенті 1. Жалпы ережелер").
    else if (TITLE_WITH_SECTION.test(text)) starts.push(i);
  }
  return starts.map((start, k) => {
    const title = paragraphs[start] as Paragraph;
    const next = starts[k + 1] ?? paragraphs.length;
    const header = paragraphs.slice(start + 1, next).findIndex((p) => ACT_HEADER.test(p.text));
    const end = header >= 0 ? start + 1 + header : next;
    const body = paragraphs.slice(start, Math.min(end, start + 40)).map((p) => p.text).join(' ');
    return { title, serviceName: serviceNameOf(title.text), lang: lang ?? detectLanguage(body), start, end };
  });
}
