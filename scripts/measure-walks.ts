/**
 * Measures the two walks of ARCHITECTURE.md ("Two walks"): which `src` files one request runs code in, by V8 precise
 * coverage (`Profiler.startPreciseCoverage` with call counts, detailed) taken around that one request alone.
 *
 *   npx tsx scripts/measure-walks.ts            # both walks, files in order of first reach, both counts
 *   npx tsx scripts/measure-walks.ts --json     # the same as JSON
 *
 * The app is started as the tests start it (test/support/test-app.ts: in-memory PGlite, demo data, injected clock)
 * with the server's own EDS verifier (`createLocalPki`, as `start` makes it, over a throwaway PKI directory).
 *
 * - portal application: a citizen signs in, uploads the identity scan, asks for the request bytes and signs them
 *   with a key of the demo CA; coverage is taken around `POST /api/portal/applications` alone — the first
 *   application of a freshly started server.
 * - step command: a clerk signs in and files an office application (`POST /api/cases`); coverage is taken around
 *   `POST /api/cases/:id/steps` (register) alone.
 *
 * A file counts when one of its functions ran during the request (its call count after the request, the counters
 * being reset just before it). Order of first reach: coverage is also taken before every asynchronous continuation
 * of the request (async_hooks), so files are ordered by the continuation that first ran them; within one
 * continuation, a file comes before the files it imports.
 *
 * "By hand" leaves out what ARCHITECTURE.md names as mechanism under every request or only a definition
 * (PLUMBING below) and re-export files.
 */
import { createHook } from 'node:async_hooks';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { Session, type Profiler } from 'node:inspector';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { signDetachedCades, type IssuedKey } from '../src/adapters/pki/index.ts';
import { createLocalPki } from '../src/composition/signature-verification.ts';
import { DEMO_PASSWORD } from '../src/composition/demo-data.ts';
import { officeApplication } from '../test/support/office-filing.ts';
import { startTestApp, type TestApp } from '../test/support/test-app.ts';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SRC = path.join(REPO_ROOT, 'src') + path.sep;
const REGULATION = 'zhambyl-2017-231-job-seeker-registration';
const FORM_DATA = { 'desired-position': 'Accountant', 'education-level': 'higher', phone: '+77011234567', 'consent-publish': true };
const NOW = '2026-11-24T05:00:00Z';
const CA_NOW = new Date('2026-01-01T00:00:00Z');
const CITIZEN_IIN = '880515300120';
const PDF = Buffer.from('%PDF-1.4\n% test\n').toString('base64');

/**
 * The files ARCHITECTURE.md's "by hand" count leaves out: the database engine behind the port, the context's
 * closures, response headers and the route kit, constants and byte/text helpers, the calendar's first load, the demo
 * CA's own state. Re-export files (`index.ts` that only re-export) are left out as well.
 */
const PLUMBING = new Set([
  'adapters/db/pglite-database.ts',
  'adapters/db/query-builder.ts',
  'composition/open-app.ts',
  'http/security-headers.ts',
  'http/route-kit.ts',
  'adapters/pki/oids.ts',
  'core/regulation/schema.ts',
  'core/i18n/text.ts',
  'adapters/pki/bytes.ts',
  'adapters/pki/bounded-cache.ts',
  'adapters/pki/pem.ts',
  'adapters/pki/name-attributes.ts',
  'core/calendar/holiday-calendar-schema.ts',
  'core/calendar/index.ts',
  'adapters/pki/local-ca.ts',
]);

interface Walk {
  readonly name: string;
  readonly files: readonly string[];
  readonly byHand: readonly string[];
  readonly status: number;
}

type Coverage = Profiler.ScriptCoverage[];

function post<T>(session: Session, method: string, params?: object): T {
  let result: T | undefined;
  let failure: Error | null = null;
  // Session.post dispatches synchronously on the thread's own session: the callback has run when post returns.
  session.post(method, params ?? {}, (error, answer) => {
    failure = error;
    result = answer as T;
  });
  if (failure) throw failure;
  return result as T;
}

/** The src files (relative to src/) with a function that ran since the counters were last reset. */
function ranFiles(coverage: Coverage): Set<string> {
  const files = new Set<string>();
  for (const script of coverage) {
    if (!script.url.startsWith('file://')) continue;
    const file = fileURLToPath(script.url.split('?')[0]!);
    if (!file.startsWith(SRC)) continue;
    // A module evaluated during the request counts too (its top-level function ran).
    if (script.functions.some((fn) => fn.ranges[0]!.count > 0)) files.add(file.slice(SRC.length));
  }
  return files;
}

/** Relative imports of a src file, as src-relative paths. */
function importsOf(file: string): Set<string> {
  const text = readFileSync(path.join(SRC, file), 'utf8');
  const found = new Set<string>();
  for (const match of text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
    found.add(path.relative(SRC, path.resolve(path.dirname(path.join(SRC, file)), match[1]!)));
  }
  return found;
}

/** Whether a file only re-exports (a barrel), which the by-hand count leaves out. */
function isReExportFile(file: string): boolean {
  const lines = readFileSync(path.join(SRC, file), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//') && !line.startsWith('*') && !line.startsWith('/*'));
  return lines.every((line) => line.startsWith('export ') && / from '/.test(line));
}

/** Within one continuation, a file before the files it imports (directly or not). */
function orderSegment(files: readonly string[]): string[] {
  const remaining = [...files].sort();
  const ordered: string[] = [];
  const reach = new Map(remaining.map((file) => [file, importsOf(file)]));
  while (remaining.length > 0) {
    const next = remaining.find((file) => !remaining.some((other) => other !== file && reach.get(other)!.has(file))) ?? remaining[0]!;
    ordered.push(next);
    remaining.splice(remaining.indexOf(next), 1);
  }
  return ordered;
}

/** Runs `act` with coverage counters reset before it, and records the files it ran, in order of first reach. */
async function measure(session: Session, name: string, act: () => Promise<number>): Promise<Walk> {
  post(session, 'Profiler.takePreciseCoverage');
  const order: string[] = [];
  const seen = new Set<string>();
  let recording = false;
  const note = () => {
    if (!recording) return;
    recording = false;
    const segment = [...ranFiles(post<{ result: Coverage }>(session, 'Profiler.takePreciseCoverage').result)].filter((file) => !seen.has(file));
    for (const file of orderSegment(segment)) {
      seen.add(file);
      order.push(file);
    }
    recording = true;
  };
  const hook = createHook({ before: note });
  hook.enable();
  recording = true;
  let status: number;
  try {
    status = await act();
  } finally {
    note();
    recording = false;
    hook.disable();
  }
  return { name, files: order, byHand: order.filter((file) => !PLUMBING.has(file) && !isReExportFile(file)), status };
}

async function signIn(app: TestApp, iin: string): Promise<string> {
  const answer = await app.request('POST', '/api/portal/sign-in', undefined, { iin, password: DEMO_PASSWORD });
  if (answer.status !== 200) throw new Error(`portal sign-in: ${JSON.stringify(answer.body)}`);
  return answer.body.token as string;
}

async function portalWalk(session: Session): Promise<Walk> {
  const pkiDir = await mkdtemp(path.join(os.tmpdir(), 'qyzmet-walk-pki-'));
  const now = new Date(NOW);
  const pki = await createLocalPki({ mode: 'local', pkiDir, publicUrl: 'http://127.0.0.1:3000', now: CA_NOW, clock: () => now });
  const app = await startTestApp(import.meta.url, NOW, { signatureVerifier: pki.signatureVerifier });
  try {
    const key: IssuedKey = await pki.ca!.issue({
      holder: { kind: 'individual', iin: CITIZEN_IIN, name: { surname: 'DEMO', firstName: 'CITIZEN' } },
      purpose: 'signing',
      notBefore: CA_NOW,
      validityDays: 365,
      keyAlgorithm: 'ECDSA-P256',
    });
    const token = await signIn(app, CITIZEN_IIN);
    const scan = await app.request('POST', '/api/attachments', token, { fileName: 'id.pdf', mediaType: 'application/pdf', contentBase64: PDF, documentId: 'identity-document' });
    const draft = { regulationId: REGULATION, formData: FORM_DATA, attachmentIds: [scan.body.id as string] };
    const bytes = await app.request('POST', '/api/requests/bytes', token, draft);
    if (bytes.status !== 200) throw new Error(`request bytes: ${JSON.stringify(bytes.body)}`);
    const signature = Buffer.from(
      await signDetachedCades({ contentBytes: Buffer.from(bytes.body.bytesBase64, 'base64'), signerCertificate: key.certificate, privateKey: key.privateKey, signingTime: now, extraCertificates: key.chain }),
    ).toString('base64');
    const body = { ...draft, signature };
    return await measure(session, 'portal application (POST /api/portal/applications)', async () => {
      const answer = await app.request('POST', '/api/portal/applications', token, body);
      if (answer.status !== 201) throw new Error(`portal application: ${answer.status} ${JSON.stringify(answer.body)}`);
      return answer.status;
    });
  } finally {
    await app.close();
    await rm(pkiDir, { recursive: true, force: true });
  }
}

async function stepWalk(session: Session): Promise<Walk> {
  const app = await startTestApp(import.meta.url, NOW);
  try {
    const clerk = await app.signIn('zhambyl.clerk');
    const filed = await app.request(
      'POST',
      '/api/cases',
      clerk,
      officeApplication(app.ctx, { regulationId: REGULATION, channel: 'providerOffice', applicantIin: CITIZEN_IIN, formData: FORM_DATA }),
    );
    if (filed.status !== 201) throw new Error(`office filing: ${JSON.stringify(filed.body)}`);
    const command = { stepId: 'register', expectedVersion: filed.body.version as number, input: {} };
    return await measure(session, 'step command (POST /api/cases/:id/steps, register)', async () => {
      const answer = await app.request('POST', `/api/cases/${filed.body.id as string}/steps`, clerk, command);
      if (answer.status !== 200) throw new Error(`register: ${answer.status} ${JSON.stringify(answer.body)}`);
      return answer.status;
    });
  } finally {
    await app.close();
  }
}

/** Both walks, measured in this process. */
export async function measureWalks(): Promise<Walk[]> {
  const session = new Session();
  session.connect();
  try {
    post(session, 'Profiler.enable');
    post(session, 'Profiler.startPreciseCoverage', { callCount: true, detailed: true });
    return [await portalWalk(session), await stepWalk(session)];
  } finally {
    post(session, 'Profiler.stopPreciseCoverage');
    session.disconnect();
  }
}

async function main(): Promise<void> {
  const walks = await measureWalks();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(walks, null, 2));
    return;
  }
  for (const walk of walks) {
    console.log(`\n${walk.name}: ${walk.files.length} measured, ${walk.byHand.length} by hand (answer ${walk.status})`);
    const byHand = new Set(walk.byHand);
    let n = 0;
    for (const file of walk.files) console.log(byHand.has(file) ? `${String(++n).padStart(3)}  src/${file}` : `     (src/${file})`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
