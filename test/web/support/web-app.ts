import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { vi } from 'vitest';
import { REPO_ROOT } from '../../support/paths.ts';
import { startTestApp, type TestApp } from '../../support/test-app.ts';

/**
 * The guard against a hung walk, for every file that drives Chromium (each imports this module; test/web/walk-guard.test.ts
 * checks that). A walk is many pages and requests in one test, so the suite's 60 s guard (vitest.config.ts) is tight for
 * it on a busy machine: the publishing walk of the real importer took 16 s alone and over 60 s with two suites running
 * side by side. A guard against hangs, not a performance check.
 */
export const BROWSER_WALK_TIMEOUT_MS = 240_000;
vi.setConfig({ testTimeout: BROWSER_WALK_TIMEOUT_MS, hookTimeout: BROWSER_WALK_TIMEOUT_MS });

export const CHROMIUM_PATH = process.env.QYZMET_CHROMIUM_PATH ?? '/usr/bin/chromium';
export const WEB_DIR = path.join(REPO_ROOT, 'web');
export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test-output/web');

/** Flags for Debian's Chromium in a container: no sandbox, GPU, network side-traffic or first-run screens. */
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const chromiumAvailable = (): boolean => existsSync(CHROMIUM_PATH);

/** Builds web/dist (unless the run's global setup already did) the way `npm run build:web` does (a child process, so the test worker's module graph stays clean). */
export async function buildWebApp(): Promise<void> {
  // Built once for the whole run by test/support/build-web-once.ts (parallel builds would empty each other's dist).
  if (process.env.QYZMET_WEB_BUILT === '1') return;
  const viteBin = path.join(REPO_ROOT, 'node_modules/vite/bin/vite.js');
  await promisify(execFile)(process.execPath, [viteBin, 'build', 'web', '--logLevel', 'warn'], { cwd: REPO_ROOT });
  if (!existsSync(path.join(WEB_DIR, 'dist/index.html'))) throw new Error('vite build left no web/dist/index.html');
}

export interface WebTestApp extends TestApp {
  /** http://127.0.0.1:<port> */
  readonly baseUrl: string;
}

/**
 * The whole server (API + built web app) on a free port, with its own database, the demo data and an injected clock
 * (see test/support/test-app.ts). Build the web app first: the server picks web/dist up when it is built.
 */
export async function startWebTestApp(testFile: string, startIso: string): Promise<WebTestApp> {
  const app = await startTestApp(testFile, startIso);
  await app.server.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.server.address();
  if (!address || typeof address === 'string') throw new Error('server has no TCP address');
  return { ...app, baseUrl: `http://127.0.0.1:${address.port}` };
}

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** A person's own browser: a fresh profile (own localStorage/sessionStorage), Kazakhstan's clock and a size. */
export function newPersonContext(browser: Browser, baseUrl: string, viewport = { width: 1280, height: 900 }): Promise<BrowserContext> {
  return browser.newContext({ baseURL: baseUrl, viewport, timezoneId: 'Asia/Almaty', locale: 'kk-KZ' });
}

export async function screenshotDir(): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  return SCREENSHOT_DIR;
}

/**
 * Resolves once the page has had an answer to each of these API paths (GET or otherwise). Call it before the action
 * that makes the requests and await it after: a walk that moves the server's clock or reads the database must wait
 * for what its own action produced. `page.waitForLoadState('networkidle')` is no such wait in a single-page app: it
 * resolves at once when the document reached idle before, even while the requests of a client-side page are in
 * flight (what made the portal-session walk flaky in CI).
 */
export function answersTo(page: Page, apiPaths: readonly string[], timeoutMs = 30_000): Promise<Response[]> {
  return Promise.all(apiPaths.map((apiPath) => page.waitForResponse((response) => new URL(response.url()).pathname === apiPath, { timeout: timeoutMs })));
}
