import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CmsSignatureVerifier, encodePem, LocalCa, LocalCaStatusChecker, signDetachedCades, TrustStore, type IssuedKey } from '../../src/adapters/pki/index.ts';
import { findStaff } from '../../src/adapters/db/staff-store.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { officeApplication } from '../support/office-filing.ts';

/*
 * Issue #16: Semipalatinsk's positive result is two documents — the decision recognising the applicant AND the
 * certificate (seed 001 lines 232-234: "шешім және куәлік"). Each is its own PDF with its own CMS signature, checked on
 * its own at the public check; the case completes only once both (and the compensation) are issued.
 */
const SEMIPALATINSK = 'aktobe-2016-285-semipalatinsk-victims';
const AKTOBE_DEPARTMENT_BIN = '160240004566';
const formData = { 'request-type': 'first-time', 'residence-period': { from: '1949-08-29', to: '1963-07-05' }, 'risk-zone': 'extreme', 'personal-account': 'KZ12345678901234567', 'serving-sentence': false, phone: '+77011234567' };

interface DocumentToSign {
  resultId: string;
  verificationCode: string;
  contentBase64: string;
  document: { title: { en: string }; number: string };
}

describe('each result document of a case is its own signed PDF (seed 001 lines 232-234)', () => {
  let app: TestApp;
  let headKey: IssuedKey;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    const caNow = new Date('2026-01-01T00:00:00Z');
    const ca = await LocalCa.create({ now: caNow });
    const verifier = new CmsSignatureVerifier({
      trustStore: TrustStore.fromCertificates({ anchors: [ca.root.certificate], intermediates: [ca.intermediate.certificate] }),
      statusChecker: new LocalCaStatusChecker(ca),
    });
    app = await startTestApp(import.meta.url, '2026-11-24T05:00:00Z', { signatureVerifier: verifier });
    const head = (await findStaff(app.ctx.db, 'aktobe.head'))!;
    headKey = await ca.issue({
      holder: { kind: 'legalEntityEmployee', iin: head.iin, bin: AKTOBE_DEPARTMENT_BIN, organization: 'Aktobe employment department', name: { surname: 'BEKMUKHAMBETOV', firstName: 'Arman' } },
      purpose: 'signing',
      notBefore: caNow,
      validityDays: 365,
    });
    for (const login of ['aktobe.clerk', 'aktobe.head', 'aktobe.executor1']) tokens[login] = await app.signIn(login);
  });
  afterAll(() => app.close());

  const step = (id: string, login: string, body: unknown) => app.request('POST', `/api/cases/${id}/steps`, tokens[login], body);

  async function sign(contentBase64: string): Promise<string> {
    const der = await signDetachedCades({
      contentBytes: Buffer.from(contentBase64, 'base64'),
      signerCertificate: headKey.certificate,
      privateKey: headKey.privateKey,
      signingTime: new Date('2026-11-24T05:00:00Z'),
      extraCertificates: headKey.chain,
    });
    return encodePem('CMS', der);
  }

  async function caseAtSigning(iin: string) {
    const filed = await app.request('POST', '/api/cases', tokens['aktobe.clerk'], officeApplication(app.ctx, { regulationId: SEMIPALATINSK, applicantIin: iin, formData }));
    expect(filed.status).toBe(201);
    const id = filed.body.id as string;
    let state = (await step(id, 'aktobe.clerk', { stepId: 'register', expectedVersion: filed.body.version })).body;
    state = (await step(id, 'aktobe.head', { stepId: 'assign', expectedVersion: state.version, input: { executorId: 'aktobe.executor1' } })).body;
    state = (await step(id, 'aktobe.executor1', { stepId: 'decide', expectedVersion: state.version, input: { outcome: 'positive', registryData: { compensationAmountTenge: 226_000 } } })).body;
    // The certificate's number goes to the registry before the certificate step completes (service-records.ts).
    const entered = await app.request('PUT', `/api/cases/${id}/steps/prepare-certificate/registry-data`, tokens['aktobe.executor1'], { data: { certificateNumber: `S-${iin.slice(-4)}` } });
    expect(entered.status, JSON.stringify(entered.body)).toBeLessThan(300);
    state = (await step(id, 'aktobe.executor1', { stepId: 'prepare-certificate', expectedVersion: state.version, input: {} })).body;
    expect(state.openStep?.stepId, JSON.stringify(state).slice(0, 600)).toBe('sign');
    const draft = (await app.request('GET', `/api/cases/${id}/document`, tokens['aktobe.head'])).body as DocumentToSign & { documents: DocumentToSign[] };
    return { id, version: state.version as number, draft };
  }

  it('hands over the decision and the certificate as two documents to sign, each with its own code, number and bytes', async () => {
    const { draft } = await caseAtSigning('880515300120');
    expect(draft.documents.map((d) => d.resultId)).toEqual(['recognition-decision', 'certificate']);
    const [decision, certificate] = draft.documents as [DocumentToSign, DocumentToSign];
    expect(decision.verificationCode).not.toBe(certificate.verificationCode);
    expect(decision.contentBase64).not.toBe(certificate.contentBase64);
    expect(certificate.document.number).toBe(`${decision.document.number}-2`);
    // The first stays where single-document signers read it.
    expect(draft.verificationCode).toBe(decision.verificationCode);
  });

  it('refuses one signature for a case with two documents, naming the certificate, and signs nothing', async () => {
    const { id, version, draft } = await caseAtSigning('950101400012');
    const answer = await step(id, 'aktobe.head', { stepId: 'sign', expectedVersion: version, input: { signature: await sign(draft.contentBase64) } });
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('INVALID_STEP_INPUT');
    // Named by its name in the reader's language (issue #17), not by its id in English.
    expect(answer.body.error.messages.ru).toContain('приложите подпись документа-результата «Удостоверение гражданина, пострадавшего вследствие ядерных испытаний');
    expect(answer.body.error.messages.kk).toContain('«Семей ядролық сынақ полигонындағы ядролық сынақтардан зардап шеккен азаматтың куәлігі» нәтиже құжатының қолтаңбасын беріңіз');
    expect(answer.body.error.details.reason).toContain('Certificate of a citizen affected');
    for (const document of draft.documents) expect((await app.request('GET', `/api/documents/${document.verificationCode}`)).status).toBe(404);
  });

  it('stores each document with its own verified signature and PDF, checkable on its own, and completes once all results are issued', async () => {
    const { id, version, draft } = await caseAtSigning('061211600012');
    const signatures = Object.fromEntries(await Promise.all(draft.documents.map(async (d) => [d.resultId, await sign(d.contentBase64)] as const)));
    // The decision's signature over the certificate's bytes is refused: each signature covers its own document.
    const swapped = await step(id, 'aktobe.head', { stepId: 'sign', expectedVersion: version, input: { signatures: { 'recognition-decision': signatures.certificate, certificate: signatures['recognition-decision'] } } });
    expect(swapped.body.error?.code).toBe('SIGNATURE_INVALID');

    const signed = await step(id, 'aktobe.head', { stepId: 'sign', expectedVersion: version, input: { signatures } });
    expect(signed.status).toBe(200);
    const history = (await app.request('GET', `/api/cases/${id}/history`, tokens['aktobe.head'])).body as Array<{ type: string; data: { signature?: { resultId?: string; verified: boolean } } }>;
    expect(history.filter((e) => e.type === 'documentSigned').map((e) => [e.data.signature?.resultId, e.data.signature?.verified])).toEqual([
      ['recognition-decision', true],
      ['certificate', true],
    ]);

    const hashes = new Set<string>();
    for (const document of draft.documents) {
      const check = await app.request('GET', `/api/documents/${document.verificationCode}`);
      expect(check.status).toBe(200);
      expect(check.body).toMatchObject({ signature: { verified: true, certificateStatus: 'good' }, supersededBy: null });
      expect(check.body.document.title.en).toBe(document.document.title.en);
      const pdf = await app.server.inject({ method: 'GET', url: `/api/documents/${document.verificationCode}/pdf` });
      expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      const uploaded = await app.request('POST', '/api/documents/verify-pdf', undefined, { pdfBase64: pdf.rawPayload.toString('base64') });
      expect(uploaded.status).toBe(200);
      expect(JSON.stringify(uploaded.body)).toContain(document.verificationCode);
      hashes.add(check.body.pdfSha256 as string);
    }
    expect(hashes.size).toBe(2);

    const issued = await step(id, 'aktobe.clerk', { stepId: 'issue', expectedVersion: signed.body.version, input: { method: 'inPerson' } });
    expect(issued.status).toBe(200);
    expect(issued.body.status).toBe('completed');
    const results = issued.body.results as Array<{ resultId: string; issued: { method: string } | null }>;
    expect(results.map((r) => [r.resultId, r.issued?.method])).toEqual([
      ['recognition-decision', 'inPerson'],
      ['certificate', 'inPerson'],
      ['compensation-personal-account', 'accountTransfer'],
    ]);
  });
});
