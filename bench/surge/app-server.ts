/**
 * One Qyzmet HTTP server process for the surge, started by bench/surge/surge.ts with an IPC channel:
 * → { type: 'ready', port }   when listening;   ← { type: 'cpu' } → { type: 'cpu', seconds };
 * ← { type: 'stats' } → { type: 'stats', groupCommit };   ← { type: 'stop' } → exits.
 * The database is prepared (migrated, demo data) by the parent before this process starts.
 */
import { buildServer } from '../../src/http/build-server.ts';
import { benchConfig, openBenchApp, openLocation, type DbLocation } from '../lib/databases.ts';

const location = JSON.parse(process.env.QYZMET_BENCH_DB ?? 'null') as DbLocation | null;
const pool = Number(process.env.QYZMET_BENCH_POOL ?? '20');
if (!location || !process.send) {
  console.error('app-server.ts is started by the benchmark (QYZMET_BENCH_DB and an IPC channel)');
  process.exit(2);
}

const db = await openLocation(location, pool);
const ctx = await openBenchApp(db);
const server = await buildServer(ctx, { logLevel: 'silent', compression: benchConfig().compression });
await server.listen({ port: 0, host: '127.0.0.1' });
const address = server.server.address();
const port = typeof address === 'object' && address ? address.port : 0;

process.on('message', (message: { type?: string }) => {
  if (message.type === 'cpu') {
    const usage = process.cpuUsage();
    process.send!({ type: 'cpu', seconds: (usage.user + usage.system) / 1e6 });
  } else if (message.type === 'stats') {
    // Group commit at intake: batches and filings of this process (null when QYZMET_INTAKE_GROUP_COMMIT=off).
    process.send!({ type: 'stats', groupCommit: ctx.intakeGroupCommit ? { ...ctx.intakeGroupCommit.stats } : null });
  } else if (message.type === 'stop') {
    void (async () => {
      await server.close();
      await db.close();
      process.exit(0);
    })();
  }
});
process.on('disconnect', () => process.exit(0));
process.on('SIGTERM', () => process.exit(0));
process.on('SIGINT', () => process.exit(0));
process.send({ type: 'ready', port });
