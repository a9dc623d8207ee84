import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CmsSignatureVerifier, encodePem, LocalCa, LocalCaStatusChecker, signDetachedCades, TrustStore, type IssuedKey } from '../../src/adapters/pki/index.ts';
import { findStaff } from '../../src/adapters/db/staff-store.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { officeApplication } from '../support/office-filing.ts';

const REGULATION = 'zhambyl-2017-231-job-seeker-registration';
const formData = { 'desired-position': 'Accountant', 'education-level': 'higher', phone: '+77011234567', 'consent-publish': true };

describe('signing a result document with a real EDS (CAdES-BES over the canonical document bytes)', () => {
  let app: TestApp;
  let ca: LocalCa;
  let headKey: IssuedKey;
  let clerkKey: IssuedKey;
  let revokedHeadKey: IssuedKey;
  let headKeyOfAnotherProvider: IssuedKey;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    const caNow = new Date('2026-01-01T00:00:00Z');
    ca = await LocalCa.create({ now: caNow });
    const verifier = new CmsSignatureVerifier({
      trustStore: TrustStore.fromCertificates({ anchors: [ca.root.certificate], intermediates: [ca.intermediate.certificate] }),
      statusChecker: new LocalCaStatusChecker(ca),
    });
    app = await startTestApp(import.meta.url, '2026-11-24T05:00:00Z', { signatureVerifier: verifier });
    const head = (await findStaff(app.ctx.db, 'zhambyl.head'))!;
    const clerk = (await findStaff(app.ctx.db, 'zhambyl.clerk'))!;
    const issue = (iin: string, surname: string, bin = '150940001238') =>
      ca.issue({
        holder: { kind: 'legalEntityEmployee', iin, bin, organization: 'Taraz employment centre', name: { surname, firstName: 'Demo' } },
        purpose: 'signing',
        notBefore: caNow,
        validityDays: 365,
      });
    headKey = await issue(head.iin, 'OMAROV');
    clerkKey = await issue(clerk.iin, 'SEITOVA');
    revokedHeadKey = await issue(head.iin, 'OMAROV');
    ca.revoke(revokedHeadKey.certificate, new Date('2026-06-01T00:00:00Z'));
    // The head's own IIN, but an employee key of the Aktobe department (its BIN), not of the Taraz centre that signs.
    headKeyOfAnotherProvider = await issue(head.iin, 'OMAROV', '160240004566');
    for (const login of ['zhambyl.clerk', 'zhambyl.head', 'zhambyl.executor1']) tokens[login] = await app.signIn(login);
  });
  afterAll(() => app.close());

  async function caseAtSigning(iin: string) {
    const post = (url: string, login: string, body: unknown) => app.request('POST', url, tokens[login], body);
    const filed = await post('/api/cases', 'zhambyl.clerk', officeApplication(app.ctx, { regulationId: REGULATION, applicantIin: iin, formData }));
    const id = filed.body.id as string;
    let state = (await post(`/api/cases/${id}/steps`, 'zhambyl.clerk', { stepId: 'register', expectedVersion: filed.body.version })).body;
    state = (await post(`/api/cases/${id}/steps`, 'zhambyl.head', { stepId: 'assign', expectedVersion: state.version, input: { executorId: 'zhambyl.executor1' } })).body;
    state = (await post(`/api/cases/${id}/steps`, 'zhambyl.executor1', { stepId: 'decide', expectedVersion: state.version, input: { outcome: 'positive' } })).body;
    const draft = (await app.request('GET', `/api/cases/${id}/document`, tokens['zhambyl.head'])).body;
    return { id, version: state.version as number, draft };
  }

  async function sign(key: IssuedKey, contentBase64: string): Promise<string> {
    const der = await signDetachedCades({
      contentBytes: Buffer.from(contentBase64, 'base64'),
      signerCertificate: key.certificate,
      privateKey: key.privateKey,
      signingTime: new Date('2026-11-24T05:00:00Z'),
      extraCertificates: key.chain,
    });
    return encodePem('CMS', der);
  }

  it('accepts the head’s signature, records the verified signer and publishes the document by its code', async () => {
    const { id, version, draft } = await caseAtSigning('880515300120');
    const signed = await app.request('POST', `/api/cases/${id}/steps`, tokens['zhambyl.head'], { stepId: 'sign', expectedVersion: version, input: { signature: await sign(headKey, draft.contentBase64) } });
    expect(signed.status).toBe(200);
    const history = await app.request('GET', `/api/cases/${id}/history`, tokens['zhambyl.head']);
    const signature = history.body.find((e: { type: string }) => e.type === 'documentSigned').data.signature;
    expect(signature).toMatchObject({ verified: true, signerIin: (await findStaff(app.ctx.db, 'zhambyl.head'))!.iin });

    const check = await app.request('GET', `/api/documents/${draft.verificationCode}`);
    expect(check.status).toBe(200);
    expect(check.body.signature).toMatchObject({ verified: true, signerName: expect.stringContaining('OMAROV') });
    expect(check.body.document).toMatchObject({ kind: 'positive', applicant: { iinLast4: '0120' } });
    const pdf = await app.server.inject({ method: 'GET', url: `/api/documents/${draft.verificationCode}/pdf` });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses a signature by someone else’s key, a revoked key, or over other bytes, and changes nothing', async () => {
    const { id, version, draft } = await caseAtSigning('950101400012');
    const attempt = async (signature: string) =>
      app.request('POST', `/api/cases/${id}/steps?lang=ru`, tokens['zhambyl.head'], { stepId: 'sign', expectedVersion: version, input: { signature } });

    const foreign = await attempt(await sign(clerkKey, draft.contentBase64));
    expect(foreign.status).toBe(422);
    expect(foreign.body.error.code).toBe('SIGNER_IIN_MISMATCH');
    expect(foreign.body.error.message).toContain('ИИН');

    const otherProvider = await attempt(await sign(headKeyOfAnotherProvider, draft.contentBase64));
    expect(otherProvider.status).toBe(422);
    expect(otherProvider.body.error).toMatchObject({ code: 'SIGNER_BIN_MISMATCH', details: { expected: '150940001238', actual: '160240004566' } });
    expect(otherProvider.body.error.messages.ru).toContain('БИН в регистрационном свидетельстве (160240004566)');
    expect(otherProvider.body.error.messages.kk).toContain('БСН');
    expect(otherProvider.body.error.messages.en).toContain('differs from the provider’s BIN (150940001238)');

    const revoked = await attempt(await sign(revokedHeadKey, draft.contentBase64));
    expect(revoked.body.error.code).toBe('CERTIFICATE_REVOKED');

    const otherBytes = await attempt(await sign(headKey, Buffer.from('another document').toString('base64')));
    expect(otherBytes.body.error.code).toBe('SIGNATURE_INVALID');

    const after = await app.request('GET', `/api/cases/${id}`, tokens['zhambyl.head']);
    expect(after.body).toMatchObject({ version, openStep: { stepId: 'sign' } });
    expect((await app.request('GET', `/api/documents/${draft.verificationCode}`)).status).toBe(404);
  });
});
