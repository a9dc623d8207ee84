/**
 * The act a regulation belongs to, from the header adilet.zan.kz prints above it: "Постановление акимата Жамбылской
 * области от 26 октября 2017 года № 231. Зарегистрировано Департаментом юстиции Жамбылской области 17 ноября 2017
 * года № 3587. Утратило силу …" (seed 000 line 465) or "Жамбыл облысы әкімдігінің 2017 жылғы 26 қазандағы № 231
 * қаулысы. … 2017 жылғы 17 қарашада № 3587 болып тіркелді" (seed 000 line 3), and its lifecycle clauses.
 */
import type { RegionCode } from '../regulation/schema.ts';
import { type Citation } from './extract-steps.ts';
import type { Paragraph } from './normalize-lines.ts';

const RU_MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const KK_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];

function monthOf(word: string): number | null {
  const w = word.toLowerCase();
  const ru = RU_MONTHS.indexOf(w);
  if (ru >= 0) return ru + 1;
  const kk = KK_MONTHS.findIndex((m) => w.startsWith(m));
  return kk >= 0 ? kk + 1 : null;
}

function isoDate(year: string, month: number | null, day: string): string | null {
  if (month === null) return null;
  return `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

const RU_ACT = /Постановление\s+(акимата\s+.+?)\s+от\s+(\d{1,2})\s+(\p{L}+)\s+(\d{4})\s+года\s+(?:№|N)\s*([\w-]+)/u;
const KK_ACT = /(\p{Lu}[\p{L}\s-]{2,100}?)\s+әкімдігінің\s+(\d{4})\s+жылғы\s+(?:"|«)?(\d{1,2})(?:"|»)?\s+(\p{L}+)\s+(?:№|N)\s*([\w-]+)\s+қаулысы(?!\p{L})/u;
const RU_REGISTERED = /Зарегистрирован\p{L}*\s+(.+?)\s+(\d{1,2})\s+(\p{L}+)\s+(\d{4})\s+года\s+(?:за\s+)?(?:№|N)\s*([\w-]+)/u;
const KK_REGISTERED = /(\S.+?)\s+(\d{4})\s+жылғы\s+(\d{1,2})\s+(\p{L}+)\s+(?:№|N)\s*([\w-]+)\s+(?:болып\s+)?тіркелді/u;
const RU_REPEALED = /Утратил\p{L}*\s+силу\s+.*?от\s+(\d{2})\.(\d{2})\.(\d{4})\s+(?:№|N)\s*([\w-]+)/u;
const KK_REPEALED = /Күші\s+жойылды\s+-?\s*.*?(\d{2})\.(\d{2})\.(\d{4})\s+(?:№|N)\s*([\w-]+)/u;
const RU_ENTRY = /вв(?:одится|одиться|едено)\s+в\s+действие\s+по\s+истечении\s+(\p{L}+)\s+календарных\s+дней\s+после\s+дня\s+его\s+(первого\s+)?официального\s+опубликования/iu;
const KK_ENTRY = /алғашқы\s+ресми\s+жарияланған\s+күн\p{L}*\s+кейін\s+күнтізбелік\s+(\p{L}+)\s+күн\s+өткен\s+соң/iu;
const DAY_WORDS: Readonly<Record<string, number>> = { десяти: 10, он: 10, пяти: 5, бес: 5, двадцати: 20, жиырма: 20 };

const REGIONS: ReadonlyArray<readonly [RegionCode, RegExp]> = [
  ['zhambyl', /Жамбыл/u],
  ['kyzylorda', /Қызылорда|Кызылорд/u],
  ['aktobe', /Ақтөбе|Актюбин/u],
  ['northKazakhstan', /Солтүстік Қазақстан|Северо-Казахстан/u],
  ['akmola', /Ақмола|Акмолин/u],
];

export interface DraftAct {
  readonly issuer: string;
  readonly date: string;
  readonly number: string;
  readonly region: RegionCode | null;
  readonly justiceRegistration: { readonly date: string; readonly number: string; readonly by: string } | null;
  readonly repealedBy: { readonly date: string; readonly number: string; readonly source: Citation } | null;
  readonly entryIntoForce: { readonly rule: 'calendarDaysAfterFirstPublication' | 'unknown'; readonly days?: number; readonly source?: Citation };
  readonly source: Citation;
}

function cite(seed: string, p: Paragraph, at: number, length: number): Citation {
  const piece = p.pieces.find((x) => at >= x.start && at < x.end) ?? p.pieces[0];
  const lineStart = piece?.start ?? 0;
  const lineEnd = piece?.end ?? p.text.length;
  const quote = p.text.slice(at, Math.min(at + length, lineEnd));
  return { seed, line: piece?.line ?? p.line, quote: quote.length >= 3 ? quote : p.text.slice(lineStart, lineEnd) };
}

function match0End(text: string, match: RegExpExecArray | null): number {
  return match ? match.index + match[0].length : 0;
}

/** The nearest act header at or before `before` (the regulation's title), with the clauses that follow it. */
export function extractAct(seed: string, paragraphs: readonly Paragraph[], before: number): DraftAct | null {
  for (let i = Math.min(before, paragraphs.length - 1); i >= 0; i--) {
    const p = paragraphs[i] as Paragraph;
    // Cheap test first: the header names the act's kind in either language.
    if (!p.text.includes('Постановление акимата') && !(p.text.includes('әкімдігінің') && p.text.includes('қаулысы'))) continue;
    const ru = RU_ACT.exec(p.text);
    const kk = ru ? null : KK_ACT.exec(p.text);
    if (!ru && !kk) continue;
    const date = ru ? isoDate(ru[4] as string, monthOf(ru[3] as string), ru[2] as string) : isoDate(kk?.[2] as string, monthOf(kk?.[4] as string), kk?.[3] as string);
    if (!date) continue;
    const match = (ru ?? kk) as RegExpExecArray;
    const issuer = ru ? `Акимат ${(ru[1] as string).replace(/^акимата\s+/u, '')}` : `${kk?.[1] as string} әкімдігі`;
    // The registration may be cut off into the next paragraph (seed 003 lines 3-5).
    const headerText = paragraphs.slice(i, i + 3).map((x) => x.text).join(' ');
    const reg = ru ? RU_REGISTERED.exec(headerText) : KK_REGISTERED.exec(headerText.slice(match0End(p.text, ru ?? kk)));
    const justiceRegistration = reg
      ? ru
        ? { date: isoDate(reg[4] as string, monthOf(reg[3] as string), reg[2] as string) ?? '', number: reg[5] as string, by: reg[1] as string }
        : { date: isoDate(reg[2] as string, monthOf(reg[4] as string), reg[3] as string) ?? '', number: reg[5] as string, by: (reg[1] as string).replace(/^.*\.\s*/u, '') }
      : null;
    // The repeal and the entry-into-force clause follow the header within the act's first paragraphs.
    const following = paragraphs.slice(i, Math.min(paragraphs.length, before + 1));
    let repealedBy: DraftAct['repealedBy'] = null;
    let entryIntoForce: DraftAct['entryIntoForce'] = { rule: 'unknown' };
    for (const f of following) {
      const rep: RegExpExecArray | null = repealedBy ? null : (RU_REPEALED.exec(f.text) ?? KK_REPEALED.exec(f.text));
      if (rep) repealedBy = { date: `${rep[3]}-${rep[2]}-${rep[1]}`, number: rep[4] as string, source: cite(seed, f, rep.index, rep[0].length) };
      // The repealing act's own entry into force sits in the repeal note; the act's clause comes later.
      const entry = entryIntoForce.rule === 'unknown' && !rep && !/(?:Утратил|Күші жойылды)/u.test(f.text) ? (RU_ENTRY.exec(f.text) ?? KK_ENTRY.exec(f.text)) : null;
      const days = entry ? DAY_WORDS[(entry[1] as string).toLowerCase()] : undefined;
      if (entry && days !== undefined) entryIntoForce = { rule: 'calendarDaysAfterFirstPublication', days, source: cite(seed, f, entry.index, entry[0].length) };
    }
    return {
      issuer,
      date,
      number: match[5] as string,
      region: REGIONS.find(([, pattern]) => pattern.test(issuer))?.[0] ?? null,
      justiceRegistration,
      repealedBy,
      entryIntoForce,
      source: cite(seed, p, match.index, match[0].length),
    };
  }
  return null;
}
