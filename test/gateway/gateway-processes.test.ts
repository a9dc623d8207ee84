import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CmsSignatureVerifier, LocalCa, LocalCaStatusChecker, signDetachedCades, TrustStore, type IssuedKey } from '../../src/adapters/pki/index.ts';
import type { Database } from '../../src/adapters/db/database.ts';
import { requestBytes, submitThroughGateway, type ChannelSubmission } from '../../src/application/gateway/submit-through-gateway.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { storedScan } from '../support/attachments.ts';
import { createSharedTestDatabase } from '../support/test-database.ts';

const REGULATION = 'zhambyl-2017-231-job-seeker-registration';
const formData = { 'desired-position': 'Accountant', 'education-level': 'higher', phone: '+77011234567', 'consent-publish': true };
const CA_NOW = new Date('2026-01-01T00:00:00Z');
const NOW = '2026-11-24T05:00:00Z';

/**
 * The gateway with several server processes (QYZMET_WORKERS, issue #15): on PostgreSQL the second "process" is a
 * connection pool of its own, as a second worker has; PGlite serves one process, so there both share one handle.
 */
describe('the gateway across server processes', () => {
  let app: TestApp;
  let other: Database;
  let ca: LocalCa;
  const keys: Record<string, IssuedKey> = {};

  beforeAll(async () => {
    ca = await LocalCa.create({ now: CA_NOW, keyAlgorithm: 'ECDSA-P256' });
    const verifier = new CmsSignatureVerifier({
      trustStore: TrustStore.fromCertificates({ anchors: [ca.root.certificate], intermediates: [ca.intermediate.certificate] }),
      statusChecker: new LocalCaStatusChecker(ca),
    });
    const storage = await createSharedTestDatabase(import.meta.url);
    app = await startTestApp(import.meta.url, NOW, { signatureVerifier: verifier, db: await storage.open() });
    other = process.env.QYZMET_TEST_DB === 'postgres' ? await storage.open() : app.ctx.db;
    for (const [name, iin] of [['first', '880515300120'], ['second', '950101400012'], ['third', '061211600012']] as const) {
      keys[name] = await ca.issue({ holder: { kind: 'individual', iin, name: { surname: 'DEMO', firstName: 'CITIZEN' } }, purpose: 'signing', notBefore: CA_NOW, validityDays: 365, keyAlgorithm: 'ECDSA-P256' });
    }
  });
  afterAll(async () => {
    if (other !== app.ctx.db) await other.close();
    await app.close();
  });

  async function signedSubmission(iin: string, key: IssuedKey): Promise<ChannelSubmission> {
    const unsigned = { sender: 'portal' as const, submittedBy: { kind: 'citizen' as const, id: iin }, regulationId: REGULATION, applicantIin: iin, formData, attachmentIds: [await storedScan(app.ctx.db, { kind: 'citizen', id: iin })], representative: null };
    const der = await signDetachedCades({ contentBytes: requestBytes(unsigned), signerCertificate: key.certificate, privateKey: key.privateKey, signingTime: new Date(NOW) });
    return { ...unsigned, requestSignature: Buffer.from(der).toString('base64') };
  }

  it('files one case when two processes take the same person’s application at the same moment, and refuses the other as a duplicate', async () => {
    const submission = await signedSubmission('880515300120', keys.first!);
    const results = await Promise.allSettled([submitThroughGateway(app.ctx, submission), submitThroughGateway({ ...app.ctx, db: other }, submission)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(refused.map((r) => (r.reason as { code?: string }).code)).toEqual(['DUPLICATE_APPLICATION']);
    const cases = await app.ctx.db.execute('select 1 from cases where applicant_iin = $1', ['880515300120']);
    expect(cases).toHaveLength(1);
    const inbox = await app.ctx.db.execute<{ outcome: string }>('select outcome from gateway_inbox order by outcome');
    expect(inbox.map((row) => row.outcome)).toEqual(['filed', 'refused']);
  });

  it('skips re-checking the envelope the submitting call has just signed, unless QYZMET_GATEWAY_ENVELOPE_CHECK=always', async () => {
    const verifications = vi.spyOn(CmsSignatureVerifier.prototype, 'verify');
    try {
      await submitThroughGateway(app.ctx, await signedSubmission('950101400012', keys.second!));
      // The applicant's request only: the envelope signed in this call is handed over in memory.
      expect(verifications).toHaveBeenCalledTimes(1);
      verifications.mockClear();
      const receipt = await submitThroughGateway({ ...app.ctx, gatewayEnvelopeCheck: 'always' }, await signedSubmission('061211600012', keys.third!));
      expect(verifications).toHaveBeenCalledTimes(2);
      expect(receipt.status).toBe('received');
    } finally {
      verifications.mockRestore();
    }
  });
});
