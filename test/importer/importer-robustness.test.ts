import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importRegulationText } from '../../src/core/importer/import-regulation-text.ts';
import type { RegulationDraft } from '../../src/core/importer/import-contract.ts';
import { SEEDS_DIR } from '../support/paths.ts';

// Texts the importer has not seen: the seeds altered line by line, each alteration checked figure by figure.
const ZHAMBYL = '000_88b275066dc75452.txt';
const KYZYLORDA = '003_b23c12f44c910c6b.txt';
const seedLines = (file: string) => readFileSync(path.join(SEEDS_DIR, file), 'utf8').split('\n');

interface Step {
  id: string;
  role: string;
  limit: { value: number; unit: string; source: { line: number; endLine?: number; quote: string } } | null;
}
const stepsOf = (draft: RegulationDraft | undefined) => (draft?.steps ?? []) as Step[];
const figures = (draft: RegulationDraft | undefined) => stepsOf(draft).map((s) => [s.role, s.limit?.value ?? null, s.limit?.unit ?? null]);
const draftOf = (lines: string[], code: string, fileName = 'altered.txt') =>
  importRegulationText({ fileName, text: lines.join('\n') }).regulations.filter((r) => (r.service as { code: string }).code === code);

/** Replaces `from` by `to` on a 1-based line, failing loudly when the seed no longer says `from` there. */
function alter(lines: string[], line: number, from: string, to: string): void {
  const text = lines[line - 1] ?? '';
  expect(text, `line ${line} says "${from}"`).toContain(from);
  lines[line - 1] = text.replace(from, to);
}

describe('other numbers and units', () => {
  it('recovers each altered figure with its unit, working vs calendar days, cited to its line', () => {
    const lines = seedLines(ZHAMBYL);
    // The Russian regulation "Регистрация лиц, ищущих работу, в качестве безработного", clause 5 (lines 862-870).
    alter(lines, 862, 'не более 20 (двадцати) минут', 'не более 45 (сорока пяти) минут');
    alter(lines, 866, 'в течение 2 (двух) часов', 'в течение 3 (трех) рабочих дней');
    alter(lines, 868, 'в течение 3 (трех) часов', 'в течение 7 календарных дней');
    alter(lines, 870, 'не более 10 (десяти) минут', 'не более 1 (одного) часа');
    const ru = draftOf(lines, 'unemployed-registration').find((d) => stepsOf(d)[0]?.limit?.source.line === 862);
    expect(stepsOf(ru).map((s) => [s.role, s.limit?.value, s.limit?.unit, s.limit?.source.line])).toEqual([
      ['clerk', 45, 'minutes', 862],
      ['head', 20, 'minutes', 864],
      ['executor', 3, 'workingDays', 866],
      ['head', 7, 'calendarDays', 868],
      ['clerk', 1, 'hours', 870],
    ]);
    // The Kazakh text still says the old figures: the two no longer agree, so they are not merged into one draft.
    const kk = draftOf(lines, 'unemployed-registration').find((d) => stepsOf(d)[0]?.limit?.source.line === 393);
    expect(figures(kk)).toEqual([['clerk', 20, 'minutes'], ['head', 20, 'minutes'], ['executor', 2, 'hours'], ['head', 3, 'hours'], ['clerk', 10, 'minutes']]);
  });

  it('reads Kazakh figures in words and in other units', () => {
    const lines = seedLines(KYZYLORDA);
    // "Жұмыс іздеп жүрген адамдарды тіркеу", clause 6 item 2 (lines 96-98) and item 4 (lines 108-112).
    alter(lines, 97, '(жиырма минуттан', '(екі сағаттан');
    alter(lines, 112, '(отыз минуттан аспайды)', '(5 (бес) жұмыс күні ішінде)');
    const [draft] = draftOf(lines, 'job-seeker-registration');
    const steps = stepsOf(draft);
    expect(steps.slice(0, 3).map((s) => [s.role, s.limit?.value, s.limit?.unit, s.limit?.source.line])).toEqual([
      ['clerk', 2, 'hours', 97],
      ['head', 20, 'minutes', 105],
      ['executor', 5, 'workingDays', 112],
    ]);
  });
});

describe('steps reordered', () => {
  it('keeps each step with its own figure in the new order', () => {
    const lines = seedLines(ZHAMBYL);
    // Swap the executor's and the head's signing procedure in the Russian clause 5 (lines 866 and 868).
    const [executor, sign] = [lines[865] as string, lines[867] as string];
    lines[865] = sign.replace('4)', '3)');
    lines[867] = executor.replace('3)', '4)');
    const ru = draftOf(lines, 'unemployed-registration').find((d) => stepsOf(d)[0]?.limit?.source.line === 862);
    expect(stepsOf(ru).map((s) => [s.role, s.limit?.value, s.limit?.unit, s.limit?.source.line])).toEqual([
      ['clerk', 20, 'minutes', 862],
      ['head', 20, 'minutes', 864],
      ['head', 3, 'hours', 866],
      ['executor', 2, 'hours', 868],
      ['clerk', 10, 'minutes', 870],
    ]);
  });
});

describe('Kazakh and Russian', () => {
  it('give the same steps and figures for the same regulation, each cited into its own text', () => {
    const lines = seedLines(ZHAMBYL);
    // Seed 000: the act in Kazakh (lines 1-464), then in Russian (465-924).
    const kk = draftOf(lines.slice(0, 464), 'unemployed-registration', 'kk.txt')[0];
    const ru = draftOf(lines.slice(464), 'unemployed-registration', 'ru.txt')[0];
    expect(figures(kk)).toEqual(figures(ru));
    expect(figures(kk)).toHaveLength(5);
    expect(kk?.language).toBe('kk');
    expect(ru?.language).toBe('ru');
    expect(stepsOf(kk)[0]?.limit?.source).toMatchObject({ line: 393, quote: '20 (жиырма) минуттан' });
    expect(stepsOf(ru)[0]?.limit?.source).toMatchObject({ line: 862 - 464, quote: '20 (двадцати) минут' });
  });

  it('merges the two texts of one act into one draft citing both', () => {
    const [merged] = draftOf(seedLines(ZHAMBYL), 'unemployed-registration', ZHAMBYL);
    const register = stepsOf(merged)[0] as Step & { action: Record<string, string>; limit: { otherSources: { line: number }[] } };
    expect(register.limit.source.line).toBe(862);
    expect(register.limit.otherSources.map((s) => s.line)).toEqual(expect.arrayContaining([393, 896, 429]));
    expect(Object.keys(register.action).sort()).toEqual(['kk', 'ru']);
  });
});

describe('sub-cases of a procedure', () => {
  it('gives the certificate after a positive decision its own step that runs only then (seed 001 lines 261-267)', () => {
    const [draft] = draftOf(seedLines('001_51406ac4d181c837.txt'), 'semipalatinsk-victims');
    const steps = stepsOf(draft) as (Step & { runsWhen?: string })[];
    expect(steps.filter((s) => s.role === 'executor').map((s) => [s.id, s.limit?.value, s.limit?.unit, s.runsWhen ?? 'always'])).toEqual([
      ['decide', 20, 'workingDays', 'always'],
      ['prepare-document', 5, 'workingDays', 'positiveDecision'],
      ['decide-duplicate', 5, 'workingDays', 'always'],
    ]);
    expect((draft?.routes as { id: string }[]).map((r) => r.id)).toEqual(['office', 'office-duplicate', 'state-corporation', 'state-corporation-duplicate']);
  });
});

describe('a regulation cut in two by page debris', () => {
  it('recovers the same figures when a page number and a running header cut sentences, and lists the debris', () => {
    const clean = seedLines(KYZYLORDA);
    const cut = [...clean];
    // A page number between "(жиырма минуттан" (line 97) and "аспайды)." (line 98); a running header, printed on
    // every page, in the middle of the executor's procedure (after line 109).
    cut.splice(97, 0, '', '- 7 -', '');
    cut.splice(112, 0, 'Қызылорда облысы әкімдігінің қаулысы');
    cut.splice(300, 0, 'Қызылорда облысы әкімдігінің қаулысы');
    const before = draftOf(clean, 'job-seeker-registration')[0];
    const after = importRegulationText({ fileName: 'cut.txt', text: cut.join('\n') });
    const draft = after.regulations.find((r) => (r.service as { code: string }).code === 'job-seeker-registration');
    expect(figures(draft)).toEqual(figures(before));
    // Citations follow the shifted lines: 3 lines were inserted before the head's procedure (line 105 → 108).
    expect(stepsOf(draft)[1]?.limit?.source.line).toBe(108);
    expect(after.unresolved.filter((u) => u.reason.startsWith('page debris')).map((u) => u.line)).toEqual(expect.arrayContaining([99, 113]));
  });

  it('joins a figure split by a page number and cites both of its lines', () => {
    const lines = seedLines(KYZYLORDA);
    alter(lines, 97, '(жиырма минуттан', '(жиырма');
    alter(lines, 98, 'аспайды).', 'минуттан аспайды).');
    lines.splice(97, 0, '12');
    const [draft] = draftOf(lines, 'job-seeker-registration');
    expect(stepsOf(draft)[0]?.limit).toMatchObject({ value: 20, unit: 'minutes', source: { line: 97, endLine: 99, quote: 'жиырма минуттан' } });
  });
});
