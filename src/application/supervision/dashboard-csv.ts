import { limitText } from '../../core/bpmn/limit-text.ts';
import { CHANNEL_LABELS, ROLE_LABELS, STEP_KIND_LABELS } from '../../core/bpmn/handbook-texts.ts';
import type { Language, Text } from '../../core/i18n/text.ts';
import type { Channel, LIMIT_UNITS, Regulation, Role } from '../../core/regulation/schema.ts';
import type { RegionDashboard, SatisfactionAnswer, SatisfactionQuestion } from './dashboard.ts';
import { labelTables } from '../../core/i18n/label-tables.ts';
import labelData from './dashboard-csv.labels.json' with { type: 'json' };

/** The kk/ru/en texts of this module are data: dashboard-csv.labels.json (checked on load by labelTables). */
const labels = labelTables(labelData, 'dashboard-csv.labels.json');

/** What the CSV needs to name things: providers and regulations by their ids. */
export interface DashboardNames {
  readonly providerName: (providerId: string) => Text | null;
  readonly regulation: (regulationId: string) => Regulation | undefined;
  readonly serviceName: (serviceCode: string) => Text | null;
}

/** The words of the export, in the language the supervisor chose (issue #17: headers were English ids). */
const T = labels.csvWords satisfies Record<string, Text>;

/** The survey's questions and grades (seed 002, appendix 3, lines 404-419), worded as in the web app. */
const QUESTIONS: Readonly<Record<SatisfactionQuestion, Text>> = labels.questions;
const ANSWERS: Readonly<Record<SatisfactionAnswer, Text>> = labels.answers;

/** Excel opens a CSV as UTF-8 only when it starts with the byte order mark; without it Cyrillic turns to mojibake. */
export const UTF8_BOM = '\uFEFF';

/**
 * The dashboard's tables as CSV (RFC 4180 quoting), one section per table, for spreadsheet users: names instead of
 * internal ids, headers in `language`, and the UTF-8 byte order mark first.
 */
export function dashboardCsv(dashboard: RegionDashboard, names: DashboardNames, language: Language): string {
  const say = (text: Text | null | undefined) => (text ? text[language] : '');
  const quote = (value: unknown) => {
    const text = value === null || value === undefined ? '' : String(value);
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const table = (title: Text, header: Text[], rows: unknown[][]) =>
    [quote(say(title)), header.map((h) => quote(say(h))).join(','), ...rows.map((r) => r.map(quote).join(',')), ''].join('\r\n');
  const provider = (id: string) => say(names.providerName(id)) || id;
  const service = (regulationId: string) => say(names.regulation(regulationId)?.service.name) || regulationId;
  const serviceByCode = (code: string) => say(names.serviceName(code)) || code;
  const step = (regulationId: string, stepId: string) => {
    const kind = names.regulation(regulationId)?.steps.find((s) => s.id === stepId)?.kind;
    return kind ? say(STEP_KIND_LABELS[kind]) : stepId;
  };
  const role = (id: string) => say(ROLE_LABELS[id as Role]) || id;
  const channel = (id: string) => say(CHANNEL_LABELS[id as Channel]) || id;
  const limit = (l: { value: number; unit: string } | null) => (l ? say(limitText({ value: l.value, unit: l.unit as (typeof LIMIT_UNITS)[number] })) : '');
  const c = dashboard.compliance;
  const satisfactionRows = (providerName: string, serviceName: string, questions: RegionDashboard['satisfaction']['questions']) =>
    questions.flatMap((q) => q.answers.map((a) => [providerName, serviceName, say(QUESTIONS[q.question]), say(ANSWERS[a.answer]), a.count, a.share]));
  return (
    UTF8_BOM +
    [
      table(
        T.load,
        [T.provider, T.openCases, T.dueToday, T.overdueSteps, T.overdueCases],
        dashboard.load.map((r) => [provider(r.providerId), r.openCases, r.dueToday, r.overdueSteps, r.overdueCases]),
      ),
      table(
        T.compliance,
        [T.stepsCompleted, T.stepsWithinLimit, T.stepComplianceRate, T.casesClosed, T.casesWithinLimit, T.caseComplianceRate, T.casesRefused],
        [[c.stepsCompleted, c.stepsWithinLimit, c.stepComplianceRate, c.casesClosed, c.casesWithinLimit, c.caseComplianceRate, c.casesRefused]],
      ),
      table(
        T.stepDurations,
        [T.service, T.step, T.role, T.completed, T.withinLimit, T.medianMinutes, T.p90Minutes, T.limit],
        dashboard.stepDurations.map((r) => [service(r.regulationId), step(r.regulationId, r.stepId), role(r.role), r.completed, r.withinLimit, r.medianMinutes, r.p90Minutes, limit(r.limit)]),
      ),
      table(T.channelMix, [T.channel, T.cases], dashboard.channelMix.map((r) => [channel(r.channel), r.cases])),
      table(T.satisfaction, [T.provider, T.service, T.question, T.answer, T.count, T.share], [
        ...satisfactionRows(say(T.all), say(T.all), dashboard.satisfaction.questions),
        ...dashboard.satisfaction.byProviderService.flatMap((g) => satisfactionRows(provider(g.providerId), serviceByCode(g.serviceCode), g.questions)),
      ]),
      table(T.refusals, [T.ground, T.service, T.cases], dashboard.refusalsByReason.map((r) => [say(r.ground) || r.groundId, service(r.regulationId), r.cases])),
    ].join('\r\n')
  );
}
