import { createHash } from 'node:crypto';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Database } from '../../src/adapters/db/database.ts';
import { createCitizenSession, insertCitizenAccount } from '../../src/adapters/db/citizen-store.ts';
import { insertAttachment } from '../../src/adapters/db/portal-attachment-store.ts';
import { insertPersons } from '../../src/adapters/registries/persons-bulk-insert.ts';
import { requestBytes } from '../../src/core/gateway/envelope.ts';
import type { Application } from '../lib/fixtures.ts';
import { JsonClient } from './http-client.ts';
import { openApplicantKeys } from './applicant-keys.ts';
import { classifyAnswer, type Submitter } from './submitter.ts';

/**
 * The surge as the April-2020 applicants made it: each citizen, signed in on the portal, signs their application with
 * their own EDS and submits it (POST /api/portal/applications). The server checks condition 1, verifies the CMS
 * (chain, validity, revocation, IIN = applicant: condition 2) against the CA it trusts, and sends the application
 * through the gateway (signed envelope, outbox → inbox exactly once) to the provider, where the case is filed.
 *
 * What is prepared before the clock starts, and why: the certificates (one per applicant, ECDSA P-256 from a bench CA
 * that the app processes trust through QYZMET_PKI_DIR), the citizen accounts and sessions (sign-in is a separate
 * burst with its own scrypt cost, not the submission's), and the signatures themselves — in April 2020 each
 * applicant's computer signed, not the server's machine, so the signing CPU must not be charged to this 2-core box.
 */
export interface PortalSurgeKeys {
  /** Environment for the app processes: verification on, trusting the bench CA. */
  readonly appEnv: Readonly<Record<string, string>>;
  readonly sessions: ReadonlyMap<string, string>;
  readonly signatures: ReadonlyMap<number, string>;
}

/**
 * The identity document uploaded for one application (a resubmission uploads again: an attachment belongs to the one
 * application it was sent with). Its id follows from the applicant and the position, so the signed bytes are the same
 * in every run and the cached signatures fit.
 */
function identityScanId(application: Application): string {
  const hex = createHash('sha256').update(`bench-identity-scan:${application.applicantIin}:${application.index}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const SCAN = new TextEncoder().encode('%PDF-1.4\n% identity document scan (benchmark)\n');
const SCAN_SHA256 = createHash('sha256').update(SCAN).digest('hex');

const unsignedOf = (application: Application) => ({
  sender: 'portal' as const,
  submittedBy: { kind: 'citizen' as const, id: application.applicantIin },
  regulationId: application.service.regulationId,
  applicantIin: application.applicantIin,
  formData: application.formData,
  attachmentIds: [identityScanId(application)],
  representative: null,
});

/** Issues the applicants' keys, opens their sessions and signs every application (outside the measured time). */
export async function preparePortalSurge(db: Database, batches: ReadonlyArray<readonly Application[]>, now: Date, log: (line: string) => void): Promise<PortalSurgeKeys> {
  const started = performance.now();
  const pkiDir = await mkdtemp(path.join(tmpdir(), 'qyzmet-bench-pki-'));
  // The bench CA and the applicants' keys and signatures come from bench/.cache when an earlier run made them.
  const applicantKeys = await openApplicantKeys(now);
  await cp(applicantKeys.caDir, path.join(pkiDir, 'ca'), { recursive: true });
  const applicants = [...new Set(batches.flatMap((batch) => batch.map((a) => a.applicantIin)))];
  // A portal session belongs to a person of the state database of individuals: the applicants are put there first.
  const regionOf = new Map(batches.flatMap((batch) => batch.map((a) => [a.applicantIin, a.service.regulation.region] as const)));
  await insertPersons(
    db,
    applicants.map((iin) => ({
      iin,
      surname: 'Өтінішбеков',
      givenName: 'Сынақ',
      birthDate: birthDateOf(iin),
      sex: Number(iin[6]) % 2 === 1 ? ('male' as const) : ('female' as const),
      citizenship: 'KAZ',
      region: regionOf.get(iin) ?? 'zhambyl',
    })),
  );
  const sessions = new Map<string, string>();
  for (const iin of applicants) {
    // Any hash: nobody signs in with a password during the surge (the session is opened here).
    await insertCitizenAccount(db, iin, 'scrypt$bench$not-a-password', now);
    sessions.set(iin, (await createCitizenSession(db, iin, 'password', now, 24)).token);
  }
  const signatures = new Map<number, string>();
  let batchOffset = 0;
  for (const batch of batches) {
    for (const application of batch) {
      // Every portal route asks for the identity document (issue #17): uploaded before the surge, as applicants do.
      await insertAttachment(db, {
        id: identityScanId(application),
        owner: { kind: 'citizen', id: application.applicantIin },
        fileName: 'identity-document.pdf',
        mediaType: 'application/pdf',
        sizeBytes: SCAN.length,
        sha256: SCAN_SHA256,
        documentId: 'identity-document',
        content: SCAN,
        createdAt: now,
      });
      // As NCALayer signs (chain: []): only the signer's certificate in the CMS; the server's trust store has the chain.
      signatures.set(batchOffset + application.index, await applicantKeys.sign(application.applicantIin, requestBytes(unsignedOf(application))));
    }
    batchOffset += 1_000_000_000;
  }
  log(
    `  portal surge: ${applicants.length} applicants' sessions, ${signatures.size} signed applications prepared in ${Math.round((performance.now() - started) / 1000)} s ` +
      `(${applicantKeys.made.keys} keys and ${applicantKeys.made.signatures} signatures made, the rest from bench/.cache)`,
  );
  return { appEnv: { QYZMET_EDS_VERIFICATION: 'local', QYZMET_PKI_DIR: pkiDir }, sessions, signatures };
}

/** Submits each prepared, signed application through the portal endpoint; `batch` tells apart warm-up and run. */
export function portalSubmitter(baseUrls: readonly string[], keys: PortalSurgeKeys, concurrency: number, batch: number): Submitter {
  const client = new JsonClient(Math.ceil(concurrency / baseUrls.length) + 1);
  return {
    name: 'citizen portal: POST /api/portal/applications, CMS signed by the applicant, through the gateway',
    notes: [
      'real signature verification on the server (chain, validity, revocation, IIN = applicant) against the bench CA',
      'gateway: envelope signed by the portal system key and checked by the provider side; inbox keyed by message id',
      'applicants sign on their own machines: signatures, keys and sessions are prepared before the clock starts',
      'duplicates: counted as caught when the server answers DUPLICATE_APPLICATION',
    ],
    async submit(application) {
      const baseUrl = baseUrls[application.index % baseUrls.length]!;
      const { sender: _sender, submittedBy: _by, representative: _representative, ...draft } = unsignedOf(application);
      try {
        const response = await client.request(baseUrl, 'POST', '/api/portal/applications', keys.sessions.get(application.applicantIin) ?? null, {
          ...draft,
          signature: keys.signatures.get(batch * 1_000_000_000 + application.index) ?? null,
        });
        // The portal answers a receipt (no case version): the count check reads the versions from the database.
        const body = response.body as { caseId?: unknown } | null;
        if (response.status === 201 && typeof body?.caseId === 'string') return { kind: 'accepted', caseId: body.caseId, version: -1 };
        return classifyAnswer(response.status, response.body);
      } catch (error) {
        return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
      }
    },
    close: () => client.close(),
  };
}

/** The birth date an IIN encodes: YYMMDD, the 7th digit giving the century (1-2: 1800s, 3-4: 1900s, 5-6: 2000s). */
function birthDateOf(iin: string): string {
  const century = 1800 + Math.floor((Number(iin[6]) - 1) / 2) * 100;
  return `${century + Number(iin.slice(0, 2))}-${iin.slice(2, 4)}-${iin.slice(4, 6)}`;
}
