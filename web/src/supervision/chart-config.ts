import type { ChartConfiguration } from 'chart.js';

/**
 * Chart.js configurations for the dashboard (issue #17: labels cut off, fractional axes for counts, median bars
 * invisible beside limit bars, two rows with one label).
 */

/** A category label broken into lines of at most `width` characters, so a long label wraps instead of being cut. */
export function wrapLabel(label: string, width = 28): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Labels made distinct: where two rows share a label (two signing steps of one service, one by the executor and one
 * by the head), the second part (`detail`, e.g. the role) is added; where even that repeats, the row's number.
 */
export function distinctLabels<T>(items: readonly T[], label: (item: T) => string, detail: (item: T) => string): string[] {
  const count = (list: readonly string[], value: string) => list.filter((l) => l === value).length;
  const plain = items.map(label);
  const detailed = items.map((item, index) => (count(plain, plain[index]!) > 1 ? `${plain[index]!} — ${detail(item)}` : plain[index]!));
  return detailed.map((l, index) => (count(detailed, l) > 1 ? `${l} (${detailed.slice(0, index + 1).filter((x) => x === l).length})` : l));
}

export interface Series {
  readonly label: string;
  /** null where there is no figure: no bar is drawn (a 0 would draw a minimum-length bar). */
  readonly data: ReadonlyArray<number | null>;
  readonly colour: string;
}

/**
 * A bar chart from labelled series. `counts`: the value axis shows whole numbers only. Bars of a small but non-zero
 * value keep a minimum length so a 5-minute median stays visible beside a 2-hour limit.
 */
export function barChart(labels: readonly string[], datasets: readonly Series[], options: { horizontal?: boolean; stacked?: boolean; counts?: boolean } = {}): ChartConfiguration {
  const valueAxis = options.horizontal ? 'x' : 'y';
  const categoryAxis = options.horizontal ? 'y' : 'x';
  const stacked = options.stacked ?? false;
  return {
    type: 'bar',
    data: {
      labels: labels.map((l) => wrapLabel(l)),
      datasets: datasets.map((d) => ({ label: d.label, data: [...d.data], backgroundColor: d.colour, borderColor: d.colour, minBarLength: 4 })),
    },
    options: {
      indexAxis: options.horizontal ? 'y' : 'x',
      layout: { padding: { right: 8 } },
      scales: {
        [valueAxis]: { stacked, beginAtZero: true, ...(options.counts ? { ticks: { precision: 0 } } : {}) },
        [categoryAxis]: { stacked, ticks: { autoSkip: false } },
      },
      plugins: { legend: { display: datasets.length > 1 } },
    },
  } as ChartConfiguration;
}

/** Height of a horizontal bar chart with `rows` categories of `bars` bars each: every label and bar keeps its room. */
export function horizontalChartHeightRem(rows: number, bars: number, linesPerLabel = 2): number {
  return Math.max(18, 4 + rows * Math.max(bars * 1.1, linesPerLabel * 1.2 + 0.6));
}
