import cluster, { type Worker } from 'node:cluster';
import type { AppContext } from '../application/app-context.ts';
import type { Config } from '../config/config.ts';

/** A worker that dies this soon after starting is not restarted again: a crash loop should stop the server, not spin. */
const MIN_UPTIME_FOR_RESTART_MS = 10_000;

/**
 * The primary process of `start` with QYZMET_WORKERS > 1 (issue #15): it prepares the database and demo files once,
 * then runs that many server processes with node:cluster. Each worker opens its own pool and listens on the same port
 * (the primary hands out connections). Every worker also sweeps deadlines: the escalations primary key and the
 * gateway inbox key make each escalation and each delivery happen once, whichever process gets there first.
 */
export async function startWorkers(config: Config, prepare: () => Promise<AppContext>): Promise<void> {
  const ctx = await prepare();
  // The gateway system keys are made here, once, and every worker reads them (an envelope one signs, another checks).
  await ctx.gatewayKeys(ctx.clock());
  await ctx.db.close();
  const startedAt = new Map<Worker, number>();
  let stopping = false;
  const fork = (): void => {
    const worker = cluster.fork();
    // The primary has no other clock use; start times only decide whether a crashed worker is restarted.
    startedAt.set(worker, performance.now());
  };
  cluster.on('exit', (worker, code, signal) => {
    const started = startedAt.get(worker) ?? 0;
    startedAt.delete(worker);
    if (stopping) {
      if (startedAt.size === 0) process.exit(0);
      return;
    }
    console.error(`worker ${worker.id} stopped (${signal ?? `exit code ${code}`})`);
    if (performance.now() - started >= MIN_UPTIME_FOR_RESTART_MS) fork();
    else if (startedAt.size === 0) process.exit(1);
  });
  const stop = (): void => {
    stopping = true;
    for (const worker of startedAt.keys()) worker.process.kill('SIGTERM');
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  for (let i = 0; i < config.workers; i++) fork();
  console.log(`Qyzmet: ${config.workers} server processes (QYZMET_WORKERS) on http://${config.host}:${config.port}`);
}
