import { parseArgs } from 'node:util';
import type { RegulationFileReport } from '../adapters/regulations/load-regulation-files.ts';
import { searchCatalog, type CatalogEntry, type RegulationCatalog } from '../application/regulation-catalog.ts';
import { AppError } from '../core/errors/app-error.ts';
import { isLanguage, LANGUAGES, type Language } from '../core/i18n/text.ts';
import type { AmendmentRecord } from '../core/regulation/catalog-records.ts';
import { inForceInterval, type InForceInterval, type IntervalEnd } from '../core/regulation/in-force-interval.ts';
import { referenceName, type ReferenceData } from '../core/regulation/reference-data.ts';
import { CHANNELS, REGIONS, type Channel, type Limit, type Regulation } from '../core/regulation/schema.ts';

/**
 * The catalog commands of the CLI as functions from arguments to printed lines, so tests call them without a process.
 * main.ts prints the lines and exits with the code.
 */
export interface CommandOutput {
  readonly lines: string[];
  readonly exitCode: number;
}

const fail = (reason: string): CommandOutput => ({ lines: [reason], exitCode: 1 });

/** One end as a day or a range: `2016-08-14` (exact), `[2016-08-14..2016-09-13~]` (`~`: presumed bound), `[2015-04-28..?]`. */
function endText(end: IntervalEnd): string {
  if (end.exact) return end.earliest;
  return `[${end.earliest}..${end.latest === null ? '?' : `${end.latest}${end.latestPresumed ? '~' : ''}`}]`;
}

function periodText(interval: InForceInterval): string {
  return `${endText(interval.start)}..${interval.end ? endText(interval.end) : 'open'} (${interval.rule.text.en})`;
}

const limitText = (limit: Limit | null): string => (limit ? `${limit.value} ${limit.unit}` : 'no limit');

function stepsText(regulation: Regulation): string {
  return regulation.steps.map((s) => `${s.id} ${s.limit ? `${s.limit.value} ${s.limit.unit}` : '-'}`).join(', ');
}

/** `validate`: one line per version (executable or amendment record), act lifecycles checked too, then a summary. */
export function validateOutput(reports: readonly RegulationFileReport[]): CommandOutput {
  const lines: string[] = [];
  let executable = 0;
  let records = 0;
  let acts = 0;
  let failed = 0;
  for (const { file, checked, issues } of reports) {
    if (!checked.definition) {
      failed += 1;
      for (const issue of issues) lines.push(`FAIL  ${file}: ${issue.path}: ${issue.reason}`);
      continue;
    }
    if (checked.kind === 'regulation') {
      executable += 1;
      const routes = checked.definition.routes.map((r) => r.channel).join('/');
      lines.push(`ok    ${checked.definition.id}  [${checked.definition.region}; ${routes}]  ${stepsText(checked.definition)}`);
    } else if (checked.kind === 'amendmentRecord') {
      records += 1;
      const record = checked.definition;
      lines.push(`ok    ${record.id}  [${record.region}; amendment record, text not in catalog]  ${record.changes.map((c) => `${c.change} ${c.target.en}`).join('; ')}`);
    } else {
      acts += 1;
    }
  }
  lines.push(`${executable + records} versions valid (${executable} executable, ${records} amendment record${records === 1 ? '' : 's'}), ${acts} act lifecycles valid, ${failed} invalid`);
  return { lines, exitCode: failed === 0 ? 0 : 1 };
}

function entryLine(entry: CatalogEntry, lang: Language): string {
  const base = entry.kind === 'regulation' ? entry.regulation : entry.record;
  const channels = entry.kind === 'regulation' ? [...new Set(entry.regulation.routes.map((r) => r.channel))].join('/') : 'text not in catalog';
  const region = base.district ? `${base.region}/${base.district}` : base.region;
  return `${base.id}  ${region}  act ${base.act.number} of ${base.act.date}  in force ${periodText(inForceInterval(base))}  [${channels}]  ${base.service.name[lang]}`;
}

/** `catalog [--region R] [--service S] [--channel C] [--date YYYY-MM-DD] [--lang kk|ru|en] [--text words]`. */
export function catalogOutput(catalog: RegulationCatalog, argv: readonly string[]): CommandOutput {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      region: { type: 'string' },
      service: { type: 'string' },
      channel: { type: 'string' },
      date: { type: 'string' },
      lang: { type: 'string' },
      text: { type: 'string' },
    },
  });
  if (values.region && !(REGIONS as readonly string[]).includes(values.region)) return fail(`unknown region "${values.region}" (one of ${REGIONS.join(', ')})`);
  if (values.channel && !(CHANNELS as readonly string[]).includes(values.channel)) return fail(`unknown channel "${values.channel}" (one of ${CHANNELS.join(', ')})`);
  if (values.date && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) return fail(`--date must be YYYY-MM-DD, not "${values.date}"`);
  if (values.lang && !isLanguage(values.lang)) return fail(`--lang must be one of ${LANGUAGES.join(', ')}`);
  const lang: Language = values.lang && isLanguage(values.lang) ? values.lang : 'en';
  const entries = searchCatalog(catalog, {
    ...(values.region ? { region: values.region } : {}),
    ...(values.service ? { serviceCode: values.service } : {}),
    ...(values.channel ? { channel: values.channel as Channel } : {}),
    ...(values.date ? { inForceOn: values.date } : {}),
    ...(values.text ? { text: values.text } : {}),
    ...(values.lang ? { lang } : {}),
    includeRecords: true,
  });
  const lines = entries.map((entry) => entryLine(entry, lang));
  lines.push(`${entries.length} version${entries.length === 1 ? '' : 's'} ([a..b] = the day lies between a and b; ~ = a bound Qyzmet presumes; ? = unbounded; end dates are exclusive)`);
  return { lines, exitCode: 0 };
}

function regulationSummary(regulation: Regulation, lang: Language, reference: ReferenceData | null): string[] {
  const { act } = regulation;
  const registered = act.justiceRegistration ? `, registered ${act.justiceRegistration.date} No ${act.justiceRegistration.number}` : '';
  // Region and act kind by their names in the chosen language (regulations/reference/), the code where none is loaded.
  const region = reference ? referenceName(reference.regions.entries, regulation.region)[lang] : regulation.region;
  const actKind = reference ? referenceName(reference.actKinds.entries, act.kind)[lang] : act.kind;
  const lines = [
    `${regulation.id}: ${regulation.service.name[lang]}`,
    `  region ${region}${regulation.district ? `/${regulation.district}` : ''}; act (${actKind}) No ${act.number} of ${act.date}${registered}; in force ${periodText(inForceInterval(regulation))}`,
    `  provider: ${regulation.provider.name[lang]}`,
    'steps:',
  ];
  regulation.steps.forEach((step, i) => {
    const when = step.runsWhen === 'always' ? '' : ` (only after a ${step.runsWhen === 'positiveDecision' ? 'positive' : 'refusal'} decision)`;
    const extension = step.limit?.extension ? `, extendable by ${step.limit.extension.value} ${step.limit.extension.unit}` : '';
    lines.push(`  ${i + 1}. ${step.id} [${step.role}, ${step.kind}] ${limitText(step.limit)}${extension}${when}: ${step.action[lang]}`);
  });
  lines.push('routes:');
  for (const route of regulation.routes) {
    lines.push(`  ${route.id} (${route.channel}): ${route.steps.join(' -> ')}${route.eligibility ? ` [only where ${route.eligibility.rule}]` : ''}`);
    for (const item of route.intakeFlow) {
      lines.push(`    ${item.kind} ${item.number ?? '-'} (${item.actor}) ${limitText(item.limit)}: ${item.text[lang]}`);
      if (item.refusal?.limit) lines.push(`      refusal branch ${limitText(item.refusal.limit)}: ${item.refusal.message[lang]}`);
    }
  }
  lines.push('results:');
  for (const result of regulation.results) lines.push(`  ${result.id} [${result.kind}]: ${result.name[lang]}`);
  lines.push(`total term: ${regulation.totalTerm ? limitText(regulation.totalTerm) : 'not stated (sum of the step limits is planned)'}`);
  const extension = regulation.termExtension;
  if (extension) lines.push(`term extension: ${extension.value} ${extension.unit} (${extension.roles.join(', ')}; seed line ${extension.source.line}): ${extension.when[lang]}`);
  return lines;
}

function recordSummary(record: AmendmentRecord, lang: Language): string[] {
  const approvedBy = record.amendedRegulation.approvedBy;
  return [
    `${record.id}: ${record.service.name[lang]}`,
    `  region ${record.region}; amendment record (text not in catalog): amended by act No ${record.act.number} of ${record.act.date}; in force ${periodText(inForceInterval(record))}`,
    `  amends the regulation approved by No ${approvedBy.number} of ${approvedBy.date}`,
    'changes:',
    ...record.changes.map((c) => `  ${c.id} [${c.change}] ${c.target[lang]}${c.newWording ? `: ${lang === 'en' ? c.newWording.en : c.newWording[lang].quote}` : ''}`),
    `text missing: ${record.textMissingBecause}`,
    'not offered for filing (REGULATION_TEXT_NOT_AVAILABLE)',
  ];
}

/** `show <id> [--lang kk|ru|en]`: one definition's summary — steps with limits, routes, results. */
export function showOutput(catalog: RegulationCatalog, argv: readonly string[], reference: ReferenceData | null = null): CommandOutput {
  const { positionals, values } = parseArgs({ args: [...argv], allowPositionals: true, options: { lang: { type: 'string' } } });
  const [id] = positionals;
  if (!id) return fail('usage: show <regulation id> [--lang kk|ru|en]');
  if (values.lang && !isLanguage(values.lang)) return fail(`--lang must be one of ${LANGUAGES.join(', ')}`);
  const lang: Language = values.lang && isLanguage(values.lang) ? values.lang : 'en';
  try {
    const entry = catalog.entry(id);
    return { lines: entry.kind === 'regulation' ? regulationSummary(entry.regulation, lang, reference) : recordSummary(entry.record, lang), exitCode: 0 };
  } catch (error) {
    if (error instanceof AppError && error.code === 'REGULATION_NOT_FOUND') return fail(`no regulation version "${id}"`);
    throw error;
  }
}
