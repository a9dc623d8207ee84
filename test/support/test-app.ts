import type { FastifyInstance } from 'fastify';
import { loadDemoData } from '../../src/composition/demo-data.ts';
import { openApp } from '../../src/composition/open-app.ts';
import { loadConfig } from '../../src/config/config.ts';
import type { AppContext } from '../../src/application/app-context.ts';
import type { StepEffect } from '../../src/application/cases/step-effect.ts';
import { buildServer } from '../../src/http/build-server.ts';
import { DEMO_PASSWORD } from '../../src/composition/demo-data.ts';
import { CALENDAR_FILE, REGULATIONS_DIR } from './paths.ts';
import { openTestDatabase } from './test-database.ts';
import type { Database } from '../../src/adapters/db/database.ts';
import type { SignatureVerifier } from '../../src/core/ports/signature-verifier.ts';
import type { RegulationImporter } from '../../src/core/importer/import-contract.ts';
import type { NotificationSender } from '../../src/core/ports/notification-sender.ts';

/** The verification-code secret every test app uses (a running server keeps its own in the data directory). */
export const TEST_DOCUMENT_CODE_KEY = new Uint8Array(32).fill(42);

export interface TestApp {
  readonly ctx: AppContext;
  readonly server: FastifyInstance;
  /** Moves the injected clock; nothing in the app reads the real time. */
  setNow(iso: string): void;
  signIn(login: string): Promise<string>;
  request(method: 'GET' | 'POST' | 'PUT', url: string, token?: string, body?: unknown): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

export async function startTestApp(
  testFile: string,
  startIso: string,
  options: {
    stepEffects?: readonly StepEffect[];
    db?: Database;
    signatureVerifier?: SignatureVerifier | null;
    publicUrl?: string;
    filingPolicy?: 'inForceOnly' | 'demonstration';
    /** How notices leave Qyzmet (e.g. SMTP to a test server), given the test's database; default: the local outbox. */
    notificationSender?: (db: Database) => NotificationSender;
    regulationImporter?: RegulationImporter;
  } = {},
): Promise<TestApp> {
  let now = new Date(startIso);
  const db = options.db ?? (await openTestDatabase(testFile));
  const base = await openApp(
    loadConfig({
      QYZMET_REGULATIONS_DIR: REGULATIONS_DIR,
      QYZMET_CALENDAR_FILE: CALENDAR_FILE,
      QYZMET_PUBLIC_URL: options.publicUrl,
      // The seeds' acts are all repealed and the tests file cases in 2026: demonstration mode unless a test asks otherwise.
      QYZMET_FILING_POLICY: options.filingPolicy ?? 'demonstration',
    }),
    {
      db,
      clock: () => now,
      signatureVerifier: options.signatureVerifier ?? null,
      // A fixed stand-in for the data directory's key file: tests write nothing outside their database.
      documentCodeKey: TEST_DOCUMENT_CODE_KEY,
      // Gateway system keys in memory per database: a test writes nothing outside its database.
      gatewayKeysDir: null,
      ...(options.regulationImporter ? { regulationImporter: options.regulationImporter } : {}),
      ...(options.notificationSender ? { notificationSender: options.notificationSender(db) } : {}),
    },
  );
  const ctx: AppContext = { ...base, stepEffects: options.stepEffects ?? base.stepEffects };
  await loadDemoData(db);
  const server = await buildServer(ctx, { logLevel: 'silent' });
  let signIns = 0;
  const request: TestApp['request'] = async (method, url, token, body) => {
    const response = await server.inject({
      method,
      url,
      headers: token ? { authorization: `Bearer ${token}` } : {},
      ...(body !== undefined ? { payload: body as object } : {}),
    });
    return { status: response.statusCode, body: response.body ? JSON.parse(response.body) : null };
  };
  return {
    ctx,
    server,
    setNow: (iso) => {
      now = new Date(iso);
    },
    async signIn(login) {
      // Each sign-in as from a computer of its own: a suite that signs in many people (the authorization matrix, the
      // fuzzer) would otherwise meet the per-address sign-in limit, whose own tests send from one address.
      signIns++;
      const answer = await server.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        remoteAddress: `127.0.${Math.floor(signIns / 250) % 250}.${(signIns % 250) + 1}`,
        payload: { login, password: DEMO_PASSWORD },
      });
      const response = { status: answer.statusCode, body: answer.body ? JSON.parse(answer.body) : null };
      if (response.status !== 200) throw new Error(`sign-in ${login}: ${JSON.stringify(response.body)}`);
      return response.body.token as string;
    },
    request,
    async close() {
      await server.close();
      await db.close();
    },
  };
}
