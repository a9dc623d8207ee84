/**
 * `npm run bench:failover` — the failover phase of the benchmark (issue #21): starts a pg_auto_failover formation
 * (scripts/start-ha-formation.sh; or uses `--formation <formation.json>`), runs filings and steps under load, kills
 * the primary's postgres with SIGKILL, keeps the load up through the promotion, and prints what was acknowledged,
 * found, lost and duplicated, the seconds without a writable primary, the requests refused meanwhile and the
 * throughput before and after. Writes bench/results/failover-<timestamp>.json. Loopback only.
 *
 *   npm run bench:failover -- [--formation file] [--clients 16] [--before-seconds 20] [--after-seconds 20] [--base-port 54420]
 */
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '../lib/databases.ts';
import { machineFacts } from '../lib/machine.ts';
import { readFormation, runFailover } from './failover-run.ts';

const run = promisify(execFile);

const { values } = parseArgs({
  options: {
    formation: { type: 'string' },
    clients: { type: 'string', default: '16' },
    'before-seconds': { type: 'string', default: '20' },
    'after-seconds': { type: 'string', default: '20' },
    'base-port': { type: 'string', default: '54420' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log('npm run bench:failover -- [--formation file] [--clients 16] [--before-seconds 20] [--after-seconds 20] [--base-port 54420]');
  process.exit(0);
}

const script = (name: string) => path.join(REPO_ROOT, 'scripts', name);
let formationFile = values.formation;
const started = !formationFile;
if (!formationFile) {
  console.log('starting a pg_auto_failover formation (monitor + primary + synchronous standby)…');
  formationFile = (await run('bash', [script('start-ha-formation.sh'), values['base-port']], { maxBuffer: 1 << 20 })).stdout.trim();
}
try {
  const report = await runFailover({
    formation: await readFormation(formationFile),
    clients: Number(values.clients),
    beforeKillMs: Number(values['before-seconds']) * 1000,
    afterRecoveryMs: Number(values['after-seconds']) * 1000,
    maxOutageMs: 120_000,
    log: (line) => console.log(line),
  });
  const rows: Array<[string, string]> = [
    ['acknowledged filings / steps', `${report.acknowledgedFilings} / ${report.acknowledgedSteps}`],
    ['found on the new primary', `${report.foundFilings} / ${report.foundSteps}`],
    ['lost', String(report.lost)],
    ['duplicated', String(report.duplicated)],
    ['journal numbers (gaps, duplicates)', `${report.journal.numbers} (${report.journal.gaps}, ${report.journal.duplicates})`],
    ['escalations expected / found / doubled', `${report.escalations.expected} / ${report.escalations.found} / ${report.escalations.doubled}`],
    ['primary killed → promoted', `${report.killedPrimary} → ${report.newPrimary}`],
    ['seconds without a writable primary', report.secondsWithoutWritablePrimary.toFixed(1)],
    ['requests refused meanwhile', Object.entries(report.refused).map(([code, n]) => `${code} ${n}`).join(', ') || '0'],
    ['acknowledged writes/s before → after', `${report.throughputBeforePerSecond.toFixed(1)} → ${report.throughputAfterPerSecond.toFixed(1)}`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n'));
  const results = path.join(REPO_ROOT, 'bench', 'results');
  await mkdir(results, { recursive: true });
  const file = path.join(results, `failover-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  await writeFile(file, JSON.stringify({ machine: await machineFacts(), options: values, report }, null, 2));
  console.log(`written ${path.relative(REPO_ROOT, file)}`);
  if (report.lost > 0 || report.duplicated > 0) process.exitCode = 1;
} finally {
  if (started) await run('bash', [script('stop-ha-formation.sh'), formationFile]);
}
