import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CmsSignatureVerifier, LocalCa, LocalCaStatusChecker, signDetachedCades, TrustStore, type IssuedKey } from '../../src/adapters/pki/index.ts';
import { DEMO_PASSWORD } from '../../src/composition/demo-data.ts';
import { withCheckDigit } from '../../src/core/identity/iin.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const REGULATION = 'zhambyl-2017-231-job-seeker-registration';
const formData = { 'desired-position': 'Accountant', 'education-level': 'higher', phone: '+77011234567', 'consent-publish': true };
const CA_NOW = new Date('2026-01-01T00:00:00Z');
const NOW = '2026-11-24T05:00:00Z';
const CONDITION_1_RU = 'Отказ в авторизации в связи с имеющимися нарушениями в данных услугополучателя.';
const CONDITION_2_RU = 'Отказ в запрашиваемой государственной услуге в связи с неподтверждением подлинности ЭЦП услугополучателя.';
const NEW_PERSON = withCheckDigit('91030350012')!;
const PDF = Buffer.from('%PDF-1.4\n% test\n').toString('base64');

describe('citizen portal: accounts, submission, cabinet and survey', () => {
  let app: TestApp;
  const keys: Record<string, IssuedKey> = {};

  beforeAll(async () => {
    const ca = await LocalCa.create({ now: CA_NOW, keyAlgorithm: 'ECDSA-P256' });
    const verifier = new CmsSignatureVerifier({
      trustStore: TrustStore.fromCertificates({ anchors: [ca.root.certificate], intermediates: [ca.intermediate.certificate] }),
      statusChecker: new LocalCaStatusChecker(ca),
    });
    app = await startTestApp(import.meta.url, NOW, { signatureVerifier: verifier });
    const individual = (iin: string, validityDays: number) =>
      ca.issue({ holder: { kind: 'individual', iin, name: { surname: 'DEMO', firstName: 'CITIZEN' } }, purpose: 'signing', notBefore: CA_NOW, validityDays, keyAlgorithm: 'ECDSA-P256' });
    keys.valid = await individual('880515300120', 365);
    keys.expired = await individual('950101400012', 30);
    // Sign-in takes the authentication key (AUTH_RSA256_…), as egov.kz asks for it (issue #13).
    keys.newPerson = await ca.issue({ holder: { kind: 'individual', iin: NEW_PERSON, name: { surname: 'DEMO', firstName: 'CITIZEN' } }, purpose: 'authentication', notBefore: CA_NOW, validityDays: 365, keyAlgorithm: 'ECDSA-P256' });
    const [executor] = await app.ctx.db.execute<{ iin: string }>(`select iin from staff where id = 'zhambyl.executor1'`);
    keys.executor = await ca.issue({
      holder: { kind: 'legalEntityEmployee', iin: executor!.iin, bin: '150940001238', organization: 'Taraz employment centre', name: { surname: 'AKHMETOVA', firstName: 'DINARA' } },
      purpose: 'signing',
      notBefore: CA_NOW,
      validityDays: 365,
      keyAlgorithm: 'ECDSA-P256',
    });
    await app.ctx.db.execute(`insert into persons (iin, surname, given_name, patronymic, birth_date, sex, region) values ($1, 'Жаңа', 'Азамат', null, '1991-03-03', 'male', 'zhambyl')`, [NEW_PERSON]);
  });
  afterAll(() => app.close());

  const cms = async (key: IssuedKey, bytes: Uint8Array) =>
    Buffer.from(await signDetachedCades({ contentBytes: bytes, signerCertificate: key.certificate, privateKey: key.privateKey, signingTime: new Date(NOW), extraCertificates: key.chain })).toString('base64');

  async function signIn(iin: string, password = DEMO_PASSWORD): Promise<string> {
    const response = await app.request('POST', '/api/portal/sign-in', undefined, { iin, password });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body.token as string;
  }

  /** The identity document every route of the service requires (issue #17: nothing is signed without it). */
  const identityScan = async (token: string) =>
    (await app.request('POST', '/api/attachments', token, { fileName: 'id.pdf', mediaType: 'application/pdf', contentBase64: PDF, documentId: 'identity-document' })).body.id as string;

  async function apply(token: string, key: IssuedKey, given: Record<string, unknown> = { regulationId: REGULATION, formData }) {
    const draft = { ...given, attachmentIds: [...((given.attachmentIds as string[] | undefined) ?? []), await identityScan(token)] };
    const bytes = await app.request('POST', '/api/requests/bytes', token, draft);
    expect(bytes.status, JSON.stringify(bytes.body)).toBe(200);
    return app.request('POST', '/api/portal/applications', token, { ...draft, signature: await cms(key, Buffer.from(bytes.body.bytesBase64, 'base64')) });
  }

  describe('sign-up and sign-in', () => {
    it('answers a wrong password or an unknown IIN alike, in plain words with the regulations’ condition 1 refusal', async () => {
      for (const iin of ['880515300120', withCheckDigit('77010150012')!]) {
        const refused = await app.request('POST', '/api/portal/sign-in?lang=ru', undefined, { iin, password: 'wrong-password1' });
        expect(refused.status).toBe(401);
        expect(refused.body.error).toMatchObject({ code: 'CITIZEN_SIGN_IN_FAILED', message: `Неверный ИИН или пароль. ${CONDITION_1_RU}` });
      }
    });

    it('signs in with the EDS authentication key over a one-time challenge, taking the IIN from the certificate', async () => {
      const { nonce } = (await app.request('POST', '/api/portal/eds-challenge')).body;
      const signature = await cms(keys.newPerson!, new TextEncoder().encode(nonce));
      const session = await app.request('POST', '/api/portal/eds-sign-in', undefined, { nonce, signature });
      expect(session.status).toBe(200);
      expect(session.body.citizen.iin).toBe(NEW_PERSON);
      const replay = await app.request('POST', '/api/portal/eds-sign-in', undefined, { nonce, signature });
      expect(replay.body.error.code).toBe('EDS_CHALLENGE_INVALID');
    });

    it('ends the session on sign-out', async () => {
      const token = await signIn('880515300208');
      expect((await app.request('POST', '/api/portal/sign-out', token)).status).toBe(204);
      expect((await app.request('GET', '/api/portal/me', token)).status).toBe(401);
    });
  });

  describe('catalog', () => {
    it("answers the region's services a page at a time with the total, finds them by words of the name, and reads one version", async () => {
      const token = await signIn('880515300120');
      const all = await app.request('GET', '/api/portal/catalog?limit=200', token);
      expect(all.status).toBe(200);
      const total = all.body.total as number;
      expect(total).toBeGreaterThan(1);
      expect(all.body).toMatchObject({ limit: 200, offset: 0 });
      expect(all.body.items).toHaveLength(total);
      const codes = all.body.items.map((s: { serviceCode: string }) => s.serviceCode);
      const second = await app.request('GET', '/api/portal/catalog?limit=1&offset=1', token);
      expect(second.body).toMatchObject({ total, limit: 1, offset: 1 });
      expect(second.body.items.map((s: { serviceCode: string }) => s.serviceCode)).toEqual([codes[1]]);
      const one = all.body.items.find((s: { regulationId: string }) => s.regulationId === REGULATION);
      expect(one).toMatchObject({ formFields: expect.any(Array), requiredDocuments: expect.any(Array), portalConditions: expect.any(Array) });
      const word = (one.name.ru as string).split(/\s+/).find((w: string) => w.length > 5)!.toLocaleUpperCase();
      const found = await app.request('GET', `/api/portal/catalog?q=${encodeURIComponent(word)}`, token);
      expect(found.body.items.map((s: { regulationId: string }) => s.regulationId)).toContain(REGULATION);
      expect(found.body.total).toBeLessThanOrEqual(total);
      expect((await app.request('GET', `/api/portal/catalog?q=${encodeURIComponent('нет-такой-услуги')}`, token)).body).toMatchObject({ items: [], total: 0 });
      const exact = await app.request('GET', `/api/portal/catalog?regulationId=${REGULATION}`, token);
      expect(exact.body).toMatchObject({ total: 1, items: [expect.objectContaining({ regulationId: REGULATION })] });
    });
  });

  describe('attachments', () => {
    it('accepts a PDF and refuses another type or a declared type the content does not match', async () => {
      const token = await signIn('880515300120');
      const ok = await app.request('POST', '/api/attachments', token, { fileName: 'id.pdf', mediaType: 'application/pdf', contentBase64: PDF, documentId: 'identity-document' });
      expect(ok.status).toBe(201);
      expect(ok.body).toMatchObject({ fileName: 'id.pdf', mediaType: 'application/pdf', sizeBytes: 16 });
      const gif = await app.request('POST', '/api/attachments?lang=en', token, { fileName: 'a.gif', mediaType: 'image/gif', contentBase64: Buffer.from('GIF89a').toString('base64') });
      expect(gif.status).toBe(415);
      expect(gif.body.error.messages.en).toContain('PDF, JPEG or PNG');
      const fake = await app.request('POST', '/api/attachments', token, { fileName: 'x.png', mediaType: 'image/png', contentBase64: PDF });
      expect(fake.body.error.code).toBe('ATTACHMENT_TYPE_NOT_ALLOWED');
    });

    it('refuses a file over 5 MB', async () => {
      const token = await signIn('880515300120');
      const big = Buffer.alloc(5 * 1024 * 1024 + 1, 0x20);
      Buffer.from('%PDF-').copy(big);
      const response = await app.request('POST', '/api/attachments', token, { fileName: 'big.pdf', mediaType: 'application/pdf', contentBase64: big.toString('base64') });
      expect(response.status).toBe(413);
      expect(response.body.error.code).toBe('ATTACHMENT_TOO_LARGE');
    });

    it('refuses staff other than State Corporation operators', async () => {
      const clerk = await app.signIn('zhambyl.clerk');
      const response = await app.request('POST', '/api/attachments', clerk, { fileName: 'id.pdf', mediaType: 'application/pdf', contentBase64: PDF });
      expect(response.body.error.code).toBe('FORBIDDEN_ROLE');
    });
  });

  describe('submission and the cabinet', () => {
    it('refuses a request signed with an expired certificate at submission, with condition 2’s message, filing nothing', async () => {
      const token = await signIn('950101400012');
      const refused = await apply(token, keys.expired!);
      expect(refused.status).toBe(422);
      expect(refused.body.error).toMatchObject({ code: 'INTAKE_REFUSED', messages: { ru: CONDITION_2_RU }, details: { cause: 'CERTIFICATE_EXPIRED', conditionNumber: 2 } });
      expect(await app.ctx.db.execute(`select 1 from cases where applicant_iin = '950101400012'`)).toHaveLength(0);
      expect(await app.ctx.db.execute(`select 1 from gateway_outbox where body->>'applicantIin' = '950101400012'`)).toHaveLength(0);
    });

    it('refuses a signature over other bytes than the submitted draft', async () => {
      const token = await signIn('880515300120');
      const attachmentIds = [await identityScan(token)];
      const bytes = (await app.request('POST', '/api/requests/bytes', token, { regulationId: REGULATION, formData, attachmentIds })).body.bytesBase64 as string;
      const refused = await app.request('POST', '/api/portal/applications', token, {
        regulationId: REGULATION,
        attachmentIds,
        formData: { ...formData, 'desired-position': 'Director' },
        signature: await cms(keys.valid!, Buffer.from(bytes, 'base64')),
      });
      expect(refused.body.error).toMatchObject({ code: 'INTAKE_REFUSED', details: { cause: 'SIGNATURE_INVALID' } });
    });

    it('files a signed application with its attachment and shows it in the cabinet with due times and a notification', async () => {
      const token = await signIn('880515300120');
      const upload = await app.request('POST', '/api/attachments', token, { fileName: 'diploma.pdf', mediaType: 'application/pdf', contentBase64: PDF, documentId: 'education-document' });
      const filed = await apply(token, keys.valid!, { regulationId: REGULATION, formData, attachmentIds: [upload.body.id] });
      expect(filed.status, JSON.stringify(filed.body)).toBe(201);
      const list = (await app.request('GET', '/api/portal/cases', token)).body;
      expect(list).toEqual([expect.objectContaining({ caseId: filed.body.caseId, status: 'received', sender: 'portal' })]);
      const detail = (await app.request('GET', `/api/portal/cases/${filed.body.caseId}`, token)).body;
      expect(detail.steps[0]).toMatchObject({ stepId: 'register', status: 'open', dueAt: expect.any(String) });
      expect(detail.attachments).toEqual(expect.arrayContaining([expect.objectContaining({ fileName: 'diploma.pdf', documentId: 'education-document' }), expect.objectContaining({ documentId: 'identity-document' })]));
      expect(detail.survey).toEqual({ answered: false, available: false });
      const notes = (await app.request('GET', '/api/portal/notifications', token)).body;
      expect(notes[0]).toMatchObject({ caseId: filed.body.caseId, kind: 'caseStatusChanged', payload: { status: 'received' } });
      const other = await signIn('880515300208');
      expect((await app.request('GET', `/api/portal/cases/${filed.body.caseId}`, other)).status).toBe(404);
      const clerk = await app.signIn('zhambyl.clerk');
      const file = await app.server.inject({ method: 'GET', url: `/api/attachments/${upload.body.id}`, headers: { authorization: `Bearer ${clerk}` } });
      expect(file.headers['content-type']).toBe('application/pdf');
    });

    it('takes the survey only from the applicant, only after the case ends, and only once', async () => {
      const token = await signIn('880515300120');
      const [{ caseId }] = (await app.request('GET', '/api/portal/cases', token)).body;
      const answers = { processAndResult: 'satisfactory', information: 'partlySatisfactory', comment: null };
      expect((await app.request('POST', `/api/portal/cases/${caseId}/survey`, token, answers)).body.error.code).toBe('SURVEY_NOT_AVAILABLE');
      // The provider refuses it (reasoned), which ends the case.
      const staff = Object.fromEntries(await Promise.all(['zhambyl.clerk', 'zhambyl.head', 'zhambyl.executor1'].map(async (l) => [l, await app.signIn(l)] as const)));
      let version = (await app.request('GET', `/api/cases/${caseId}`, staff['zhambyl.clerk'])).body.version as number;
      const step = async (login: string, stepId: string, input?: unknown) => {
        const r = await app.request('POST', `/api/cases/${caseId}/steps`, staff[login], { stepId, expectedVersion: version, ...(input ? { input } : {}) });
        expect(r.status, JSON.stringify(r.body)).toBe(200);
        version = r.body.version;
      };
      await step('zhambyl.clerk', 'register');
      await step('zhambyl.head', 'assign', { executorId: 'zhambyl.executor1' });
      await step('zhambyl.executor1', 'decide', { outcome: 'refusal', groundId: 'false-data', reasonText: 'The phone number given does not belong to the applicant.' });
      const other = await signIn('880515300208');
      expect((await app.request('GET', `/api/portal/cases/${caseId}`, token)).body.status).toBe('inWork');
      expect((await app.request('POST', `/api/portal/cases/${caseId}/survey`, token, answers)).body.error.code).toBe('SURVEY_NOT_AVAILABLE');
      const draft = (await app.request('GET', `/api/cases/${caseId}/document`, staff['zhambyl.executor1'])).body;
      await step('zhambyl.executor1', 'sign-by-executor', { signature: await cms(keys.executor!, Buffer.from(draft.contentBase64, 'base64')) });
      const ended = (await app.request('GET', `/api/portal/cases/${caseId}`, token)).body;
      expect(ended).toMatchObject({ status: 'refused', refusal: { groundId: 'false-data', reasonText: expect.stringContaining('phone') }, resultDocument: { kind: 'refusal' } });
      expect((await app.request('POST', `/api/portal/cases/${caseId}/survey`, other, answers)).body.error.code).toBe('SURVEY_NOT_AVAILABLE');
      // Issue #17: nothing comes pre-selected; an unanswered question is named in words, and nothing is recorded.
      const unanswered = await app.request('POST', `/api/portal/cases/${caseId}/survey?lang=ru`, token, { processAndResult: null, information: 'satisfactory' });
      expect(unanswered.status).toBe(400);
      expect(unanswered.body.error).toMatchObject({ code: 'SURVEY_ANSWER_MISSING', message: 'Выберите ответ на каждый вопрос анкеты: «Процесс и качество результата».' });
      const empty = await app.request('POST', `/api/portal/cases/${caseId}/survey?lang=kk`, token, {});
      expect(empty.body.error.message).toContain('«Процесс және нәтиженің сапасы», «Қызмет көрсету тәртібі туралы ақпарат»');
      expect((await app.request('GET', `/api/portal/cases/${caseId}`, token)).body.survey).toEqual({ answered: false, available: true });
      expect((await app.request('POST', `/api/portal/cases/${caseId}/survey`, token, answers)).status).toBe(204);
      expect((await app.request('POST', `/api/portal/cases/${caseId}/survey`, token, answers)).body.error.code).toBe('SURVEY_ALREADY_ANSWERED');
      expect((await app.request('GET', `/api/portal/cases/${caseId}`, token)).body.survey).toEqual({ answered: true, available: false });
    });
  });
});
