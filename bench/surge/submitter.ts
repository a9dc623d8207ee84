import { DEMO_PASSWORD } from '../../src/composition/demo-data.ts';
import { paperOriginalsFor, type Application } from '../lib/fixtures.ts';
import { JsonClient } from './http-client.ts';

/** What became of one submitted application, as the submitter saw it. */
export type SubmitOutcome =
  /** A new case was filed; `version` is its number of history events. */
  | { readonly kind: 'accepted'; readonly caseId: string; readonly version: number }
  /** The system recognised a resubmission and filed nothing new (`caseId`: the case it points to, when it says). */
  | { readonly kind: 'duplicate'; readonly caseId: string | null }
  /** Refused with an error code (4xx/5xx). */
  | { readonly kind: 'rejected'; readonly status: number; readonly code: string }
  /** No answer (connection error). */
  | { readonly kind: 'failed'; readonly message: string };

/**
 * The one function the surge calls per application. Today: a clerk files it at the desk (POST /api/cases). When the
 * citizen portal lands, a `portalSubmitter` (sign the application with the applicant's test key, POST it to the
 * portal endpoint) replaces it here without touching the rest of the surge.
 */
export interface Submitter {
  readonly name: string;
  /** What the submitter does that the real surge would do too, and what it does not yet do. */
  readonly notes: readonly string[];
  submit(application: Application): Promise<SubmitOutcome>;
  close(): void;
}

const errorCode = (body: unknown): string => {
  const error = (body as { error?: { code?: unknown } } | null)?.error;
  return typeof error?.code === 'string' ? error.code : 'UNKNOWN';
};

/**
 * Classifies an answer to a submission. A duplicate is recognised by an error code naming it (DUPLICATE_APPLICATION,
 * 409, with details.existingCaseId, as being built now) or a body that points to the earlier case (`duplicateOf`);
 * check this against the endpoint when duplicate detection lands, so the surge counts what the system caught.
 */
export function classifyAnswer(status: number, body: unknown): SubmitOutcome {
  const record = (body ?? {}) as { id?: unknown; version?: unknown; duplicateOf?: unknown; existingCaseId?: unknown };
  const pointer = typeof record.duplicateOf === 'string' ? record.duplicateOf : typeof record.existingCaseId === 'string' ? record.existingCaseId : null;
  if (status >= 400) {
    const code = errorCode(body);
    if (code.includes('DUPLICATE')) {
      const details = (body as { error?: { details?: { caseId?: unknown; existingCaseId?: unknown } } }).error?.details;
      const first = details?.existingCaseId ?? details?.caseId;
      return { kind: 'duplicate', caseId: typeof first === 'string' ? first : null };
    }
    return { kind: 'rejected', status, code };
  }
  if (pointer) return { kind: 'duplicate', caseId: pointer };
  if (status === 201 && typeof record.id === 'string' && typeof record.version === 'number') {
    return { kind: 'accepted', caseId: record.id, version: record.version };
  }
  return { kind: 'rejected', status, code: `UNEXPECTED_${status}` };
}

/** Signs a staff member in over HTTP; the session is in the database, so its token works on every app process. */
export async function signInOverHttp(client: JsonClient, baseUrl: string, login: string): Promise<string> {
  const response = await client.request(baseUrl, 'POST', '/api/auth/sign-in', null, { login, password: DEMO_PASSWORD });
  const token = (response.body as { token?: unknown } | null)?.token;
  if (response.status !== 200 || typeof token !== 'string') throw new Error(`sign-in ${login}: ${response.status} ${JSON.stringify(response.body)}`);
  return token;
}

/** Files each application as the provider's clerk through POST /api/cases, spreading requests over the app processes. */
export async function clerkSubmitter(baseUrls: readonly string[], logins: readonly string[], concurrency: number): Promise<Submitter> {
  const client = new JsonClient(Math.ceil(concurrency / baseUrls.length) + 1);
  const tokens = new Map<string, string>();
  for (const login of new Set(logins)) tokens.set(login, await signInOverHttp(client, baseUrls[0]!, login));
  return {
    name: 'clerk desk: POST /api/cases with a bearer session',
    notes: [
      'no signature verification on this path (the signed portal submission is being built)',
      'duplicates: counted as caught only when the server answers DUPLICATE_APPLICATION (or points to the first case)',
    ],
    async submit(application) {
      const baseUrl = baseUrls[application.index % baseUrls.length]!;
      try {
        const response = await client.request(baseUrl, 'POST', '/api/cases', tokens.get(application.service.clerkLogin) ?? null, {
          regulationId: application.service.regulationId,
          channel: 'providerOffice',
          applicantIin: application.applicantIin,
          formData: application.formData,
          paperDocumentIds: paperOriginalsFor(application.service.regulation),
        });
        return classifyAnswer(response.status, response.body);
      } catch (error) {
        return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
      }
    },
    close: () => client.close(),
  };
}
