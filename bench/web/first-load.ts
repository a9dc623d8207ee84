/**
 * `npm run bench:web` — first load of each web area on a slow-3G connection in Debian's Chromium (issue #15): a fresh
 * browser profile per area (nothing cached), the network throttled through the DevTools protocol, the time from
 * navigation to the area's `main h1` on screen and the bytes that crossed the wire. Run with compression on (the
 * default) and, in the same sitting, off (QYZMET_COMPRESSION=off), unless `--compression on|off` picks one.
 *
 * The profile is Chrome DevTools' "Slow 3G" preset as Puppeteer publishes it (PredefinedNetworkConditions, "generally
 * aligned with DevTools", third_party/devtools-frontend/src/front_end/core/sdk/NetworkManager.ts): download and upload
 * (500 kbit/s × 0.8) = 50,000 bytes/s each, latency 400 ms × 5 = 2,000 ms added to each request.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { openPgliteDatabase } from '../../src/adapters/db/pglite-database.ts';
import { buildServer } from '../../src/http/build-server.ts';
import { benchConfig, openBenchApp, REPO_ROOT } from '../lib/databases.ts';
import { machineFacts } from '../lib/machine.ts';
import { fmt, formatTable, type Row } from '../lib/report.ts';

export const SLOW_3G = { downloadBytesPerSecond: 50_000, uploadBytesPerSecond: 50_000, latencyMs: 2_000 } as const;

/** The areas of web/src/app/areas.ts, by the path that opens each. */
const AREAS = ['/portal', '/office', '/desk', '/supervision', '/handbook', '/verify'] as const;

const CHROMIUM_PATH = process.env.QYZMET_CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const FIRST_LOAD_TIMEOUT_MS = 300_000;

export interface AreaFirstLoad {
  readonly area: string;
  readonly compression: boolean;
  /** From navigation start to `main h1` visible. */
  readonly msToHeading: number;
  /** Bytes received for every response of the page up to the heading (headers and bodies as sent, i.e. compressed). */
  readonly transferredBytes: number;
  readonly requests: number;
}

async function firstLoad(browser: Browser, baseUrl: string, area: string, compression: boolean): Promise<AreaFirstLoad> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 412, height: 900 }, locale: 'kk-KZ', timezoneId: 'Asia/Almaty' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: SLOW_3G.latencyMs,
      downloadThroughput: SLOW_3G.downloadBytesPerSecond,
      uploadThroughput: SLOW_3G.uploadBytesPerSecond,
    });
    let transferredBytes = 0;
    let requests = 0;
    cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
      transferredBytes += event.encodedDataLength;
      requests += 1;
    });
    const started = performance.now();
    await page.goto(area, { waitUntil: 'commit', timeout: FIRST_LOAD_TIMEOUT_MS });
    await page.locator('main h1').first().waitFor({ state: 'visible', timeout: FIRST_LOAD_TIMEOUT_MS });
    const msToHeading = performance.now() - started;
    return { area, compression, msToHeading: Math.round(msToHeading), transferredBytes, requests };
  } finally {
    await context.close();
  }
}

async function serveWebApp(compression: boolean) {
  const db = await openPgliteDatabase();
  const ctx = await openBenchApp(db);
  const server = await buildServer(ctx, { logLevel: 'silent', compression });
  await server.listen({ port: 0, host: '127.0.0.1' });
  const address = server.server.address();
  if (!address || typeof address === 'string') throw new Error('the server has no TCP address');
  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    close: async () => {
      await server.close();
      await db.close();
    },
  };
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { compression: { type: 'string' }, build: { type: 'boolean', default: false } } });
  if (values.compression !== undefined && !['on', 'off'].includes(values.compression)) throw new Error('--compression: on or off');
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or QYZMET_CHROMIUM_PATH)`);
  if (values.build || !existsSync(path.join(REPO_ROOT, 'web', 'dist', 'index.html'))) {
    console.log('building the web app (vite build web)…');
    await promisify(execFile)(process.execPath, [path.join(REPO_ROOT, 'node_modules/vite/bin/vite.js'), 'build', 'web', '--logLevel', 'warn'], { cwd: REPO_ROOT });
  }
  const settings = values.compression ? [values.compression === 'on'] : [benchConfig().compression, !benchConfig().compression];
  const facts = await machineFacts();
  console.log(`Web first load on slow 3G (${fmt(SLOW_3G.downloadBytesPerSecond)} B/s down and up, ${fmt(SLOW_3G.latencyMs)} ms latency), Chromium ${CHROMIUM_PATH}; load ${facts.loadAverageAtStart.join(' ')}`);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const loads: AreaFirstLoad[] = [];
  try {
    for (const compression of settings) {
      const server = await serveWebApp(compression);
      try {
        for (const area of AREAS) {
          const load = await firstLoad(browser, server.baseUrl, area, compression);
          console.log(`  ${area} (compression ${compression ? 'on' : 'off'}): ${fmt(load.msToHeading / 1000, 1)} s, ${fmt(load.transferredBytes / 1024, 1)} KiB in ${load.requests} responses`);
          loads.push(load);
        }
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
  }
  const rows: Row[] = loads.map((l) => ({
    section: `${l.area} (compression ${l.compression ? 'on' : 'off'})`,
    metric: 'time to main h1; transferred',
    value: `${fmt(l.msToHeading / 1000, 1)} s; ${fmt(l.transferredBytes / 1024, 1)} KiB (${l.requests} responses)`,
  }));
  console.log(`\n${formatTable(rows)}`);
  const resultsDir = path.join(REPO_ROOT, 'bench', 'results');
  await mkdir(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `web-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  await writeFile(file, `${JSON.stringify({ machine: facts, profile: { name: 'Slow 3G (Chrome DevTools / Puppeteer PredefinedNetworkConditions)', ...SLOW_3G }, chromium: CHROMIUM_PATH, loads }, null, 2)}\n`);
  console.log(`\nResults: ${path.relative(process.cwd(), file)}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
