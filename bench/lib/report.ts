/** Rows of the printed table: what, measured value, the target, and the value as a share of the target. */
export interface Row {
  readonly section: string;
  readonly metric: string;
  readonly value: string;
  readonly target?: string;
  readonly ratio?: string;
}

export function formatTable(rows: readonly Row[]): string {
  const header: Row = { section: 'phase', metric: 'metric', value: 'measured', target: 'target', ratio: 'vs target' };
  const all = [header, ...rows];
  const width = (key: keyof Row) => Math.max(...all.map((r) => (r[key] ?? '').length));
  const widths = { section: width('section'), metric: width('metric'), value: width('value'), target: width('target'), ratio: width('ratio') };
  const line = (r: Row) =>
    [r.section.padEnd(widths.section), r.metric.padEnd(widths.metric), r.value.padStart(widths.value), (r.target ?? '').padEnd(widths.target), r.ratio ?? '']
      .join('  ')
      .trimEnd();
  const rule = '-'.repeat(line(header).length + 4);
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export const fmt = (value: number, digits = 0) => (Number.isFinite(value) ? value.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : 'n/a');
export const ms = (value: number) => `${fmt(value, value < 10 ? 2 : 1)} ms`;
/** `measured / target` as a percentage where more is better, or `target / measured` where less is better. */
export const ratio = (measured: number, target: number, better: 'higher' | 'lower') =>
  Number.isFinite(measured) && measured > 0 ? `${fmt(better === 'higher' ? (measured / target) * 100 : (target / measured) * 100, 0)}%` : 'n/a';
