import { describe, expect, it } from 'vitest';
import { barChart, distinctLabels, wrapLabel } from '../../web/src/supervision/chart-config.ts';

/*
 * Issue #17, the supervisor's charts: labels cut off, two rows both "Қол қою", median bars invisible beside limit bars,
 * fractional axes for counts. The dashboard draws every chart from these configurations (DashboardBody.tsx); the
 * Chromium walk (supervision.browser.test.ts) checks each canvas is painted.
 */
describe('dashboard chart configurations', () => {
  it('wraps a long step label into lines of at most 28 characters instead of cutting it', () => {
    const label = 'Құжаттарды қабылдау және тіркеу, өтініш берушіге қолхат беру';
    const lines = wrapLabel(label);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(28);
    expect(lines.join(' ')).toBe(label);
  });

  it('tells two signing steps with one name apart by their role, and by number where even that repeats', () => {
    const steps = [
      { name: 'Қол қою', role: 'Орындаушы' },
      { name: 'Қол қою', role: 'Басшы' },
      { name: 'Тіркеу', role: 'Кеңсе қызметкері' },
    ];
    expect(distinctLabels(steps, (s) => s.name, (s) => s.role)).toEqual(['Қол қою — Орындаушы', 'Қол қою — Басшы', 'Тіркеу']);
    const same = [steps[0]!, steps[0]!];
    const labels = distinctLabels(same, (s) => s.name, (s) => s.role);
    expect(new Set(labels).size).toBe(2);
  });

  it('keeps a 5-minute median visible beside a 2-hour limit, leaves a missing figure without a bar, and counts in whole numbers', () => {
    const chart = barChart(['Тіркеу'], [
      { label: 'median', data: [5], colour: '#1f77b4' },
      { label: 'limit', data: [120], colour: '#ff7f0e' },
      { label: 'none', data: [null], colour: '#2ca02c' },
    ], { horizontal: true, counts: true });
    const datasets = chart.data.datasets as Array<{ minBarLength?: number; data: unknown[] }>;
    for (const dataset of datasets) expect(dataset.minBarLength).toBeGreaterThan(0);
    expect(datasets[2]!.data).toEqual([null]);
    const scales = chart.options?.scales as Record<string, { ticks?: { precision?: number; autoSkip?: boolean } }>;
    expect(scales.x?.ticks?.precision).toBe(0);
    // Every category label is drawn (no auto-skipping of rows).
    expect(scales.y?.ticks?.autoSkip).toBe(false);
    expect(barChart(['a'], [{ label: 'minutes', data: [7.5], colour: '#000' }]).options?.scales?.y?.ticks).toBeUndefined();
  });
});
