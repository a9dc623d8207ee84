import { execFile as execFileCallback, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const execFile = promisify(execFileCallback);

/**
 * Settings of the benchmark's own server. Durability stays at PostgreSQL's defaults (fsync on, synchronous_commit
 * on, full_page_writes on): every accepted application is on disk before the answer. The rest is the ordinary sizing
 * of a server on a 24 GiB machine, so the query side is not measured against 128 MB of buffers.
 */
export const BENCH_POSTGRES_SETTINGS: Readonly<Record<string, string>> = {
  listen_addresses: '127.0.0.1',
  max_connections: '200',
  shared_buffers: '2GB',
  effective_cache_size: '12GB',
  work_mem: '32MB',
  maintenance_work_mem: '1GB',
  max_wal_size: '8GB',
  checkpoint_timeout: '15min',
};

export interface BenchPostgres {
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  readonly binDir: string;
  readonly postmasterPid: () => Promise<number | null>;
  stop(options?: { keep?: boolean }): Promise<void>;
}

function findBinDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(path.join(root, v, 'bin', 'postgres')))
    .sort((a, b) => Number(a) - Number(b));
  const newest = versions[versions.length - 1];
  return newest ? path.join(root, newest, 'bin') : null;
}

/** Installs Debian's postgresql when no server binary is present, as scripts/start-test-postgres.sh does. */
function ensureBinDir(log: (line: string) => void): string {
  const found = findBinDir();
  if (found) return found;
  log('no PostgreSQL server binary found: installing Debian\'s postgresql (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', 'postgresql']]) {
    const result = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (status ${result.status}); install PostgreSQL and retry`);
  }
  const installed = findBinDir();
  if (!installed) throw new Error('postgresql was installed but no server binary was found under /usr/lib/postgresql');
  return installed;
}

/** The ports scripts/start-test-postgres.sh servers use on a shared machine (543xx); the benchmark stays off them. */
const RESERVED_TEST_PORTS = { from: 54300, to: 54399 } as const;

async function freePort(): Promise<number> {
  for (;;) {
    const port = await anyFreePort();
    if (port < RESERVED_TEST_PORTS.from || port > RESERVED_TEST_PORTS.to) return port;
  }
}

async function anyFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a throwaway PostgreSQL server for the benchmark, in the same way as scripts/start-test-postgres.sh (initdb in
 * a temporary directory, trust authentication, run as the postgres user when we are root) but on a free port and with
 * durable defaults; `extraSettings` are added (e.g. --pg-stats). `stop()` shuts it down and removes its data directory.
 */
export async function startBenchPostgres(log: (line: string) => void, extraSettings: Readonly<Record<string, string>> = {}): Promise<BenchPostgres> {
  const binDir = ensureBinDir(log);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'qyzmet-bench-pg-'));
  const runAs: string[] = [];
  if (process.getuid?.() === 0) {
    const { stdout } = await execFile('id', ['-u', 'postgres']);
    const { stdout: gid } = await execFile('id', ['-g', 'postgres']);
    await chown(dataDir, Number(stdout.trim()), Number(gid.trim()));
    runAs.push('runuser', '-u', 'postgres', '--');
  }
  const run = (binary: string, args: string[]) => {
    const command = [...runAs, path.join(binDir, binary), ...args];
    return execFile(command[0]!, command.slice(1), { maxBuffer: 16 * 1024 * 1024 });
  };
  await run('initdb', ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8']);
  const port = await freePort();
  const settings = Object.entries({ ...BENCH_POSTGRES_SETTINGS, ...extraSettings })
    .map(([key, value]) => `-c ${key}=${value}`)
    .join(' ');
  try {
    await run('pg_ctl', ['-D', dataDir, '-l', path.join(dataDir, 'server.log'), '-w', '-o', `-p ${port} -k ${dataDir} ${settings}`, 'start']);
  } catch (error) {
    const serverLog = await readFile(path.join(dataDir, 'server.log'), 'utf8').catch(() => '');
    throw new Error(`the benchmark PostgreSQL did not start: ${String(error)}\n${serverLog.slice(-2000)}`);
  }
  let stopped = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    binDir,
    async postmasterPid() {
      const text = await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8').catch(() => '');
      const pid = Number(text.split('\n')[0]);
      return Number.isInteger(pid) && pid > 0 ? pid : null;
    },
    async stop(options = {}) {
      if (stopped) return;
      stopped = true;
      await run('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']).catch((error: unknown) => log(`pg_ctl stop: ${String(error)}`));
      if (!options.keep) await rm(dataDir, { recursive: true, force: true });
      else log(`benchmark PostgreSQL data kept in ${dataDir}`);
    },
  };
}
