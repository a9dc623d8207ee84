import { describe, expect, it } from 'vitest';
import { compareRegulations } from '../../src/core/comparison/compare-regulations.ts';
import { renderComparisonMarkdown } from '../../src/core/comparison/render-comparison-markdown.ts';
import { LANGUAGES } from '../../src/core/i18n/text.ts';
import { loadRegulation, ZHAMBYL_JOB_SEEKERS } from '../support/regulations.ts';

const zhambylReferrals = loadRegulation('zhambyl-2017-231-active-employment-referral');
const zhambylJobSeekers = loadRegulation(ZHAMBYL_JOB_SEEKERS);
const comparison = compareRegulations(zhambylJobSeekers, zhambylReferrals);

/** Cells of a Markdown table row, with escaped pipes kept inside their cell. */
const cells = (line: string) => line.slice(2, -2).split(/(?<!\\)\| /).length;

describe('renderComparisonMarkdown', () => {
  it.each(LANGUAGES)('should write well-formed tables in %s', (lang) => {
    const markdown = renderComparisonMarkdown(comparison, lang);
    const blocks = markdown.split('\n\n').filter((block) => block.startsWith('|'));
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    for (const block of blocks) {
      const widths = block.trim().split('\n').map(cells);
      expect(new Set(widths).size, block).toBe(1);
    }
  });

  it('should say the step limits, their sums and the result counts in the language asked for', () => {
    const en = renderComparisonMarkdown(comparison, 'en');
    expect(en).toContain('| Decision | Responsible executor | 2 hours | Responsible executor | 10 minutes | differs, shorter on the right |');
    expect(en).toContain('Sum of limits: 5 hours 50 minutes — 30 minutes');
    expect(en).toContain('## Results: 1 positive + 1 refusal — 4 positive + 1 refusal');
    const ru = renderComparisonMarkdown(comparison, 'ru');
    expect(ru).toContain('| Решение | Ответственный исполнитель | 2 часа | Ответственный исполнитель | 10 минут | отличается, справа короче |');
    const kk = renderComparisonMarkdown(comparison, 'kk');
    expect(kk).toContain('Мерзімдер қосындысы: 5 сағат 50 минут — 30 минут');
  });
});
