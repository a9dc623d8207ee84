import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CmsSignatureVerifier, LocalCa, LocalCaStatusChecker, signDetachedCades, TrustStore, type IssuedKey } from '../../src/adapters/pki/index.ts';
import { deliverMessage } from '../../src/application/gateway/deliver-message.ts';
import { requestBytes, submitThroughGateway, type ChannelSubmission } from '../../src/application/gateway/submit-through-gateway.ts';
import { storedScan } from '../support/attachments.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const REGULATION = 'zhambyl-2017-231-job-seeker-registration';
const APPLICANT = '880515300120';
const formData = { 'desired-position': 'Accountant', 'education-level': 'higher', phone: '+77011234567', 'consent-publish': true };
const CA_NOW = new Date('2026-01-01T00:00:00Z');
const NOW = '2026-11-24T05:00:00Z';

describe('a repeated application through the gateway takes the same filing path as the office (issue #19)', () => {
  let app: TestApp;
  let key: IssuedKey;

  beforeAll(async () => {
    const ca = await LocalCa.create({ now: CA_NOW, keyAlgorithm: 'ECDSA-P256' });
    const verifier = new CmsSignatureVerifier({
      trustStore: TrustStore.fromCertificates({ anchors: [ca.root.certificate], intermediates: [ca.intermediate.certificate] }),
      statusChecker: new LocalCaStatusChecker(ca),
    });
    app = await startTestApp(import.meta.url, NOW, { signatureVerifier: verifier });
    key = await ca.issue({ holder: { kind: 'individual', iin: APPLICANT, name: { surname: 'DEMO', firstName: 'CITIZEN' } }, purpose: 'signing', notBefore: CA_NOW, validityDays: 365, keyAlgorithm: 'ECDSA-P256' });
  });
  afterAll(() => app.close());

  async function portalSubmission(data: Record<string, unknown>): Promise<ChannelSubmission> {
    const unsigned = { sender: 'portal' as const, submittedBy: { kind: 'citizen' as const, id: APPLICANT }, regulationId: REGULATION, applicantIin: APPLICANT, formData: data, attachmentIds: [await storedScan(app.ctx.db, { kind: 'citizen', id: APPLICANT })], representative: null };
    const der = await signDetachedCades({ contentBytes: requestBytes(unsigned), signerCertificate: key.certificate, privateKey: key.privateKey, signingTime: new Date(NOW), extraCertificates: key.chain });
    return { ...unsigned, requestSignature: Buffer.from(der).toString('base64') };
  }

  it('keeps a second portal application for the same open service in duplicate_applications, linked to the first case, and files nothing', async () => {
    const first = await submitThroughGateway(app.ctx, await portalSubmission(formData));
    const second = submitThroughGateway(app.ctx, await portalSubmission({ ...formData, 'desired-position': 'Auditor' }));
    await expect(second).rejects.toMatchObject({ code: 'DUPLICATE_APPLICATION', details: { existingCaseId: first.caseId, duplicateId: expect.any(String) } });

    const duplicates = await app.ctx.db.execute<{ first_case_id: string; channel: string; provider_id: string; received_by: string | null; applicant_iin: string }>(
      'select first_case_id, channel, provider_id, received_by, applicant_iin from duplicate_applications where applicant_iin = $1',
      [APPLICANT],
    );
    expect(duplicates).toEqual([{ first_case_id: first.caseId, channel: 'portal', provider_id: 'zhambyl-taraz-employment-centre', received_by: null, applicant_iin: APPLICANT }]);
    const cases = await app.ctx.db.execute('select id from cases where applicant_iin = $1', [APPLICANT]);
    expect(cases).toHaveLength(1);

    // The message's answer is kept: a redelivery refuses the same way and keeps no second duplicate.
    const [refused] = await app.ctx.db.execute<{ message_id: string; outcome: string; case_id: string | null; refusal_code: string }>(
      "select message_id, outcome, case_id, refusal_code from gateway_inbox where refusal_code = 'DUPLICATE_APPLICATION'",
    );
    expect(refused).toMatchObject({ outcome: 'refused', case_id: null });
    await expect(deliverMessage(app.ctx, refused!.message_id)).rejects.toMatchObject({ code: 'DUPLICATE_APPLICATION', details: { existingCaseId: first.caseId } });
    expect(await app.ctx.db.execute('select 1 from duplicate_applications where applicant_iin = $1', [APPLICANT])).toHaveLength(1);
    const submissions = await app.ctx.db.execute('select 1 from gateway_submissions where applicant_iin = $1', [APPLICANT]);
    expect(submissions).toHaveLength(1);
  });
});
