import cluster from 'node:cluster';
import { parseArgs } from 'node:util';
import type { AppContext } from '../application/app-context.ts';
import { type Config, loadConfig } from '../config/config.ts';
import { startWorkers } from './start-workers.ts';
import { checkRegulationFiles, loadCatalogFiles, loadReferenceData } from '../adapters/regulations/load-regulation-files.ts';
import { RegulationCatalog } from '../application/regulation-catalog.ts';
import { catalogOutput, showOutput, validateOutput, type CommandOutput } from './catalog-commands.ts';
import { DEMO_PASSWORD, loadDemoData } from '../composition/demo-data.ts';
import { ensureDemoKeys } from '../composition/demo-keys.ts';
import { openApp, openDatabase } from '../composition/open-app.ts';
import { isAppError } from '../core/errors/app-error.ts';
import { buildServer } from '../http/build-server.ts';
import { startIntervalScheduler } from '../adapters/timers/interval-scheduler.ts';
import { refreshCalendar } from '../application/calendar/calendar-versions.ts';
import { sweepDeadlines } from '../application/deadlines/sweep-deadlines.ts';
import { deliverDueNotices } from '../application/notifications/deliver-notices.ts';
import { openCheckpointSigner } from '../adapters/audit/checkpoint-signer.ts';
import { takeCheckpoint } from '../application/audit/take-checkpoint.ts';
import { auditCheckpointOutput, auditVerifyOutput } from './audit-commands.ts';
import { importOutput } from './import-command.ts';

const USAGE = `qyzmet <command> [options]

Commands:
  start [--demo]        start the server (with --demo: load demo data first)
  validate [dir]        validate regulation definitions and print a summary per version
  catalog [--region R] [--service S] [--channel C] [--date YYYY-MM-DD] [--lang kk|ru|en] [--text words]
                        list the matching regulation versions, one line each
  show <id> [--lang L]  print one version: steps with limits, routes, results
  import <file> [--lang kk|ru] [--out draft.json]
                        read a regulation text (.txt, .html, .docx) into cited draft definitions and the lines
                        it could not place; prints a summary (regulations, steps, limits, unresolved)
  demo-data             load the demo providers, staff and citizens
  audit verify          recompute every case's event chain, the signed checkpoints and the read audit;
                        names the first broken case and event, exit 1 on any break
  audit checkpoint      sign a checkpoint of the chains' heads now (the sweep takes one every run)

Environment: PORT, HOST, DATABASE_URL (else PGlite in QYZMET_DATA_DIR), QYZMET_REGULATIONS_DIR, QYZMET_WORKERS, QYZMET_FILING_POLICY, LOG_LEVEL.`;

async function start(demo: boolean): Promise<void> {
  // --demo runs the seeds' repealed versions as if in force (filing-policy.ts) unless QYZMET_FILING_POLICY says otherwise.
  const config = loadConfig(demo ? { QYZMET_FILING_POLICY: 'demonstration', ...process.env } : process.env);
  if (cluster.isPrimary && config.workers > 1) {
    await startWorkers(config, () => prepare(config, demo));
    return;
  }
  const ctx = cluster.isPrimary ? await prepare(config, demo) : await openApp(config);
  await serve(config, ctx);
}

/** Migrations, demo data and the demo CA with its key files: once, before any server process starts. */
async function prepare(config: Config, demo: boolean): Promise<AppContext> {
  // PGlite creates its data directory first: it refuses a folder that already holds something else (the pki/ below).
  const embedded = config.database.kind === 'pglite' ? await openDatabase(config) : undefined;
  // Demo keys next: they create the CA (or move it to QYZMET_PKI_PUBLIC_URL) that the verifier opened next trusts.
  const keys = demo ? await ensureDemoKeys(config.pkiDir, new Date(), config.pkiPublicUrl) : null;
  const ctx = await openApp(config, embedded ? { db: embedded } : {});
  if (demo && keys) {
    const { staffCreated } = await loadDemoData(ctx.db);
    console.log(`demo data loaded (${staffCreated} new staff accounts; password "${DEMO_PASSWORD}")`);
    console.log(`demo EDS key files: ${keys.keysDirectory}/<IIN>/RSA256_<IIN>.p12 (signing) and AUTH_RSA256_<IIN>.p12, password "${keys.password}" (${keys.issued} issued now, ${keys.kept} kept${keys.reissuedForNewProfile ? '; all issued again: the CA now publishes CRL, OCSP and caIssuers at ' + config.pkiPublicUrl + '/pki/' : ''})`);
  }
  return ctx;
}

async function serve(config: Config, ctx: AppContext): Promise<void> {
  const app = await buildServer(ctx, { logLevel: config.logLevel, trustedProxies: config.trustedProxies, compression: config.compression });
  const checkpointSigner = await openCheckpointSigner(config.pkiDir, ctx.clock());
  const sweeper =
    config.deadlineSweepSeconds > 0
      ? startIntervalScheduler(
          async () => {
            await refreshCalendar(ctx);
            const swept = await sweepDeadlines(ctx.db, ctx.clock());
            if (swept.stepsEscalated + swept.casesEscalated > 0) app.log.info(swept, 'deadline sweep');
            // Issue #14: a signed checkpoint of the history's chain heads that moved since the last one.
            const checkpoint = await takeCheckpoint(ctx.db, checkpointSigner, ctx.clock());
            if (checkpoint) app.log.info(checkpoint, 'audit checkpoint');
          },
          config.deadlineSweepSeconds * 1000,
          (error) => app.log.error({ err: error }, 'deadline sweep failed'),
        )
      : null;
  // Issue #17: the e-mail and SMS notices owed (notification_deliveries), sent and retried until they go out.
  const noticeDelivery =
    config.noticeDeliverySeconds > 0 && ctx.notificationSender
      ? startIntervalScheduler(
          async () => {
            const run = await deliverDueNotices(ctx, ctx.notificationSender!);
            if (run.sent + run.failed > 0) app.log.info(run, 'notice delivery');
          },
          config.noticeDeliverySeconds * 1000,
          (error) => app.log.error({ err: error }, 'notice delivery failed'),
        )
      : null;
  const shutdown = async () => {
    sweeper?.stop();
    noticeDelivery?.stop();
    await app.close();
    await ctx.db.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  await app.listen({ port: config.port, host: config.host });
  const worker = cluster.isWorker ? ` worker ${cluster.worker?.id}` : '';
  console.log(`Qyzmet${worker} on http://${config.host}:${config.port} (database: ${ctx.db.engine}; filing policy: ${config.filingPolicy}); API docs at /docs`);
  if (ctx.pkiPublication) console.log(`demo CA: CRL, OCSP responder and CA certificates at ${config.pkiPublicUrl}/pki/ (QYZMET_PKI_PUBLIC_URL)`);
}

function print(output: CommandOutput): number {
  for (const line of output.lines) console.log(line);
  return output.exitCode;
}

async function validate(directory: string | undefined): Promise<number> {
  const output = validateOutput(await checkRegulationFiles(directory ?? loadConfig().regulationsDir));
  // Cross-file checks (duplicate ids, act lifecycles naming unknown versions) run once every file is valid.
  if (output.exitCode === 0) await loadCatalogFiles(directory ?? loadConfig().regulationsDir);
  return print(output);
}

async function loadCatalog(): Promise<RegulationCatalog> {
  const { regulations, amendmentRecords, acts } = await loadCatalogFiles(loadConfig().regulationsDir);
  return new RegulationCatalog(regulations, amendmentRecords, acts);
}

async function main(argv: string[]): Promise<number> {
  const [first] = argv;
  // The catalog commands parse their own options.
  if (first === 'catalog') return print(catalogOutput(await loadCatalog(), argv.slice(1)));
  if (first === 'show') return print(showOutput(await loadCatalog(), argv.slice(1), await loadReferenceData(loadConfig().regulationsDir)));
  if (first === 'import') return print(await importOutput(argv.slice(1)));
  const { positionals, values } = parseArgs({ args: argv, allowPositionals: true, options: { demo: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } } });
  const [command, argument] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return command ? 0 : 1;
  }
  switch (command) {
    case 'start':
      await start(values.demo ?? false);
      return 0;
    case 'validate':
      return validate(argument);
    case 'audit': {
      const config = loadConfig();
      const ctx = await openApp(config);
      try {
        const signer = await openCheckpointSigner(config.pkiDir, ctx.clock());
        if (argument === 'verify') return print(await auditVerifyOutput(ctx.db, signer));
        if (argument === 'checkpoint') return print(await auditCheckpointOutput(ctx.db, signer, ctx.clock()));
        console.error(`audit: verify or checkpoint\n\n${USAGE}`);
        return 1;
      } finally {
        await ctx.db.close();
      }
    }
    case 'demo-data': {
      const ctx = await openApp(loadConfig());
      console.log(await loadDemoData(ctx.db));
      await ctx.db.close();
      return 0;
    }
    default:
      console.error(`unknown command "${command}"\n\n${USAGE}`);
      return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== 0) process.exit(code);
  },
  (error: unknown) => {
    if (isAppError(error)) console.error(`${error.code}: ${error.userMessage.kk}\n${error.userMessage.ru}\n${error.userMessage.en}`);
    else console.error(error);
    process.exit(1);
  },
);
