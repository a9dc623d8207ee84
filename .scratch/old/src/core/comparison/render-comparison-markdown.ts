import type { Language, Text } from '../i18n/text.ts';
import type { ConditionRow, RegulationComparison, ResultCounts, RouteComparison, StepRow, VersionRef } from './comparison-schema.ts';
import { COMPARISON_LABELS as L, LIMIT_CHANGE_LABELS, STATUS_LABELS } from './comparison-texts.ts';

/** A table cell: one line, no pipe that would split the cell. */
const cell = (text: string) => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');

function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

class MarkdownWriter {
  constructor(private readonly lang: Language) {}

  t(text: Text | null | undefined): string {
    return text ? text[this.lang] : L.none[this.lang];
  }

  version(ref: VersionRef): string {
    return `${this.t(ref.regionName)}${ref.district ? `, ${ref.district}` : ''}, ${ref.actDate} № ${ref.actNumber}`;
  }

  header(c: RegulationComparison): string {
    const rows = [
      [this.t(L.regulation), c.left.id, c.right.id],
      [this.t(L.service), this.t(c.left.serviceName), this.t(c.right.serviceName)],
      [this.t(L.region), this.t(c.left.regionName), this.t(c.right.regionName)],
      [this.t(L.act), `${c.left.actDate} № ${c.left.actNumber}`, `${c.right.actDate} № ${c.right.actNumber}`],
      [this.t(L.provider), this.t(c.left.provider), this.t(c.right.provider)],
    ];
    return [
      `# ${this.t(L.title)}: ${this.version(c.left)} — ${this.version(c.right)}`,
      table(['', this.t(L.left), this.t(L.right)], rows),
      `${this.t(L.differences)}: ${c.differenceCount}`,
    ].join('\n\n');
  }

  channels(c: RegulationComparison): string {
    const rows = c.channels.map((row) => [this.t(row.channelLabel), String(row.leftRoutes), String(row.rightRoutes), this.t(STATUS_LABELS[row.status])]);
    return `## ${this.t(L.channels)}\n\n${table([this.t(L.channel), this.t(L.left), this.t(L.right), this.t(L.difference)], rows)}`;
  }

  stepDifference(row: StepRow): string {
    const notes = [STATUS_LABELS[row.status]];
    if (row.roleChanged) notes.push(L.roleChanged);
    if (row.limitChange && row.limitChange !== 'same' && row.limitChange !== 'neither') notes.push(LIMIT_CHANGE_LABELS[row.limitChange]);
    return notes.map((n) => this.t(n)).join(', ');
  }

  route(route: RouteComparison): string {
    const title = `## ${this.t(L.route)}: ${this.t(route.channelLabel)} (${this.t(route.left?.name)} — ${this.t(route.right?.name)})`;
    const steps = table(
      [this.t(L.step), `${this.t(L.left)}: ${this.t(L.role)}`, `${this.t(L.left)}: ${this.t(L.limit)}`, `${this.t(L.right)}: ${this.t(L.role)}`, `${this.t(L.right)}: ${this.t(L.limit)}`, this.t(L.difference)],
      route.steps.map((row) => [
        this.t(row.kindLabel),
        this.t(row.left?.roleLabel),
        this.t(row.left?.limit?.text),
        this.t(row.right?.roleLabel),
        this.t(row.right?.limit?.text),
        this.stepDifference(row),
      ]),
    );
    const total = (side: RouteComparison['totals']['left']) =>
      side ? `${this.t(side.text)}${side.stepsWithoutLimit > 0 ? ` (${this.t(L.withoutLimit)}: ${side.stepsWithoutLimit})` : ''}` : this.t(L.none);
    const parts = [title, steps, `${this.t(L.total)}: ${total(route.totals.left)} — ${total(route.totals.right)}`];
    if (route.conditions.length > 0) parts.push(`### ${this.t(L.conditions)}\n\n${this.conditions(route.conditions)}`);
    return parts.join('\n\n');
  }

  conditions(rows: readonly ConditionRow[]): string {
    const side = (s: ConditionRow['left']) => (s ? `${s.number === null ? '' : `(${s.number}) `}${this.t(s.refusal)}` : this.t(L.none));
    return table(
      [this.t(L.condition), this.t(L.left), this.t(L.right), this.t(L.difference)],
      rows.map((row) => [this.t(row.checkLabel), side(row.left), side(row.right), this.t(STATUS_LABELS[row.status])]),
    );
  }

  roles(c: RegulationComparison): string {
    const rows = c.roles.map((row) => [this.t(row.roleLabel), String(row.leftSteps), String(row.rightSteps), this.t(STATUS_LABELS[row.status])]);
    return `## ${this.t(L.roles)}\n\n${table([this.t(L.role), this.t(L.left), this.t(L.right), this.t(L.difference)], rows)}`;
  }

  counts(counts: ResultCounts): string {
    return `${counts.positive} ${this.t(L.positive)} + ${counts.refusal} ${this.t(L.refusal)}`;
  }

  results(c: RegulationComparison): string {
    const rows = c.results.rows.map((row) => [this.t(row.left?.name), this.t(row.right?.name), this.t(STATUS_LABELS[row.status])]);
    const heading = `## ${this.t(L.results)}: ${this.counts(c.results.left)} — ${this.counts(c.results.right)}`;
    return `${heading}\n\n${table([this.t(L.left), this.t(L.right), this.t(L.difference)], rows)}`;
  }

  systems(c: RegulationComparison): string {
    const rows = c.informationSystems.map((row) => [this.t(row.left?.name), this.t(row.right?.name), this.t(STATUS_LABELS[row.status])]);
    return `## ${this.t(L.informationSystems)}\n\n${table([this.t(L.left), this.t(L.right), this.t(L.difference)], rows)}`;
  }
}

/** The comparison as a Markdown document in one language: a header, then a table per aspect. */
export function renderComparisonMarkdown(comparison: RegulationComparison, lang: Language): string {
  const w = new MarkdownWriter(lang);
  const sections = [w.header(comparison), w.channels(comparison), ...comparison.routes.map((r) => w.route(r)), w.roles(comparison), w.results(comparison)];
  if (comparison.informationSystems.length > 0) sections.push(w.systems(comparison));
  return `${sections.join('\n\n')}\n`;
}
