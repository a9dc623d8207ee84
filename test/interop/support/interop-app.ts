import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { LocalCa } from '../../../src/adapters/pki/local-ca.ts';
import type { AppContext } from '../../../src/application/app-context.ts';
import { loadDemoData } from '../../../src/composition/demo-data.ts';
import { ensureDemoKeys } from '../../../src/composition/demo-keys.ts';
import { openApp } from '../../../src/composition/open-app.ts';
import { createLocalPki } from '../../../src/composition/signature-verification.ts';
import { type Config, loadConfig } from '../../../src/config/config.ts';
import { buildServer } from '../../../src/http/build-server.ts';
import { CALENDAR_FILE, REGULATIONS_DIR } from '../../support/paths.ts';
import { openTestDatabase } from '../../support/test-database.ts';

export interface InteropApp {
  readonly baseUrl: string;
  readonly config: Config;
  readonly ctx: AppContext;
  readonly server: FastifyInstance;
  /** The demo CA the server runs (revoke through it: the responder, the CRL and the verifier's cache follow). */
  readonly ca: LocalCa;
  readonly pkiDir: string;
  /** The app's fixed clock: the wall time at start in whole seconds, because OpenSSL judges times by the wall clock. */
  readonly now: Date;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (address && typeof address !== 'string' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * The application as `npm start --demo` runs it, on a real TCP port of its own: the demo CA in a temporary directory
 * publishes at this address (QYZMET_PKI_PUBLIC_URL, and QYZMET_PUBLIC_URL for the links and QR codes), every demo person
 * has key files, and the database is the test database of the run (PGlite or PostgreSQL).
 */
export async function startInteropApp(testFile: string, options: { demoKeys?: boolean } = {}): Promise<InteropApp> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const pkiDir = await mkdtemp(path.join(os.tmpdir(), 'qyzmet-interop-pki-'));
  const config = loadConfig({
    PORT: String(port),
    QYZMET_REGULATIONS_DIR: REGULATIONS_DIR,
    QYZMET_CALENDAR_FILE: CALENDAR_FILE,
    // The seeds' acts are all repealed: filed as the demo does (filing-policy.ts).
    QYZMET_FILING_POLICY: 'demonstration',
    QYZMET_EDS_VERIFICATION: 'local',
    QYZMET_PKI_DIR: pkiDir,
    QYZMET_PKI_PUBLIC_URL: baseUrl,
    QYZMET_PUBLIC_URL: baseUrl,
  });
  const now = new Date(Math.floor(Date.now() / 1000) * 1000);
  const clock = () => now;
  if (options.demoKeys ?? true) await ensureDemoKeys(pkiDir, now, config.pkiPublicUrl);
  const pki = await createLocalPki({ mode: 'local', pkiDir, publicUrl: config.pkiPublicUrl, now, clock });
  const db = await openTestDatabase(testFile);
  const ctx = await openApp(config, { db, clock, signatureVerifier: pki.signatureVerifier, pkiPublication: pki.publication });
  await loadDemoData(db);
  const server = await buildServer(ctx, { logLevel: 'silent' });
  await server.listen({ port, host: '127.0.0.1' });
  return {
    baseUrl,
    config,
    ctx,
    server,
    ca: pki.ca!,
    pkiDir,
    now,
    async close() {
      await server.close();
      await db.close();
      await rm(pkiDir, { recursive: true, force: true });
    },
  };
}

/**
 * The public base the app builds its links and QR codes from. `docs` adds QYZMET_PUBLIC_URL (config.publicUrl); until
 * then the server's own address, which this app also publishes its PKI at, is the only configured one.
 */
export function configuredPublicBase(app: InteropApp): string {
  return (app.config as Config & { publicUrl?: string }).publicUrl ?? app.config.pkiPublicUrl;
}
