import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/composition/demo-data.ts';
import { withCheckDigit } from '../../src/core/identity/iin.ts';
import { extractPdfText } from '../support/pdf-reading.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { officeApplication } from '../support/office-filing.ts';

/*
 * Issue #17 through the API: staff see the scans they decide on, the document before signing, the head returns a
 * case for rework, intake refuses what the regulation requires before anything is signed, errors name the field.
 */
const REGULATION = 'zhambyl-2017-231-job-seeker-registration';
const CITIZEN = '880515300120';
const formData = { 'desired-position': 'Accountant', 'education-level': 'higher', phone: '+77011234567', 'consent-publish': true };
const SIGNATURE = 'MIAGCSqGSIb3DQEHAqCAMIACAQExDzAN';
// A 1×1 PNG: a scan as a citizen uploads it.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

describe('staff work and intake (issue #17)', () => {
  let app: TestApp;
  const tokens: Record<string, string> = {};
  let citizen = '';

  beforeAll(async () => {
    app = await startTestApp(import.meta.url, '2026-11-24T05:00:00Z');
    for (const login of ['zhambyl.clerk', 'zhambyl.head', 'zhambyl.executor1', 'aktobe.clerk']) tokens[login] = await app.signIn(login);
    const session = await app.request('POST', '/api/portal/sign-in', undefined, { iin: CITIZEN, password: DEMO_PASSWORD });
    citizen = session.body.token as string;
  });
  afterAll(() => app.close());

  const upload = (documentId: string) => app.request('POST', '/api/attachments', citizen, { fileName: 'удостоверение.png', mediaType: 'image/png', contentBase64: PNG.toString('base64'), documentId });

  async function fileOfficeCaseToSign(iin: string): Promise<{ caseId: string; version: number }> {
    const post = (url: string, login: string, body: unknown) => app.request('POST', url, tokens[login], body);
    const received = await post('/api/cases', 'zhambyl.clerk', officeApplication(app.ctx, { regulationId: REGULATION, applicantIin: iin, formData }));
    expect(received.status, JSON.stringify(received.body)).toBe(201);
    const caseId = received.body.id as string;
    let state = (await post(`/api/cases/${caseId}/steps`, 'zhambyl.clerk', { stepId: 'register', expectedVersion: received.body.version })).body;
    state = (await post(`/api/cases/${caseId}/steps`, 'zhambyl.head', { stepId: 'assign', expectedVersion: state.version, input: { executorId: 'zhambyl.executor1' } })).body;
    state = (await post(`/api/cases/${caseId}/steps`, 'zhambyl.executor1', { stepId: 'decide', expectedVersion: state.version, input: { outcome: 'positive' } })).body;
    expect(state.openStep.stepId).toBe('sign');
    return { caseId, version: state.version };
  }

  describe('intake enforces the route before anything is signed', () => {
    it('refuses to offer a portal application without the consent and the identity document for signing, naming both', async () => {
      const draft = { regulationId: REGULATION, formData: { ...formData, 'consent-publish': false } };
      const bytes = await app.request('POST', '/api/requests/bytes?lang=ru', citizen, draft);
      expect(bytes.status).toBe(422);
      expect(bytes.body.error.code).toBe('APPLICATION_INCOMPLETE');
      expect(bytes.body.error.message).toContain('«Согласен на размещение моих данных на Электронной бирже труда» — нужно дать согласие');
      expect(bytes.body.error.message).toContain('«Документ, удостоверяющий личность»');
      expect(bytes.body.error.messages.kk).toContain('«Жеке басын куәландыратын құжат»');
      expect(bytes.body.error.details).toMatchObject({ missingFields: 'consent-publish', missingDocuments: 'identity-document' });
    });

    it('refuses the submission itself when a client skips the check, filing nothing', async () => {
      const before = await app.ctx.db.execute(`select 1 from cases where applicant_iin = $1`, [CITIZEN]);
      const submitted = await app.request('POST', '/api/portal/applications?lang=kk', citizen, { regulationId: REGULATION, formData: { ...formData, 'consent-publish': false }, signature: SIGNATURE });
      expect(submitted.status).toBe(422);
      expect(submitted.body.error.code).toBe('APPLICATION_INCOMPLETE');
      expect(await app.ctx.db.execute(`select 1 from cases where applicant_iin = $1`, [CITIZEN])).toHaveLength(before.length);
    });

    it('refuses a badly written phone number before signing, naming the field', async () => {
      const document = await upload('identity-document');
      const bytes = await app.request('POST', '/api/requests/bytes?lang=ru', citizen, { regulationId: REGULATION, formData: { ...formData, phone: '12345' }, attachmentIds: [document.body.id] });
      expect(bytes.status).toBe(422);
      expect(bytes.body.error.message).toBe('Заявление заполнено не полностью: «Телефон» — номер телефона должен быть в виде +7 701 123 45 67.');
    });

    it('refuses an office application whose required consent is declined, naming it', async () => {
      const received = await app.request('POST', '/api/cases?lang=en', tokens['zhambyl.clerk'], officeApplication(app.ctx, { regulationId: REGULATION, applicantIin: '950101400012', formData: { ...formData, 'consent-publish': false } }));
      expect(received.status).toBe(422);
      expect(received.body.error.message).toBe('The application is incomplete: «I agree to my data being published on the Electronic Labour Exchange» — consent must be given.');
    });
  });

  describe('staff open the scans they decide on', () => {
    let caseId = '';
    let attachmentId = '';

    beforeAll(async () => {
      const document = await upload('identity-document');
      attachmentId = document.body.id as string;
      const draft = { regulationId: REGULATION, formData, attachmentIds: [attachmentId] };
      expect((await app.request('POST', '/api/requests/bytes', citizen, draft)).status).toBe(200);
      const filed = await app.request('POST', '/api/portal/applications', citizen, { ...draft, signature: SIGNATURE });
      expect(filed.status, JSON.stringify(filed.body)).toBe(201);
      caseId = filed.body.caseId as string;
    });

    it("lists the case's files against the regulation's checklist for the provider's staff", async () => {
      for (const login of ['zhambyl.clerk', 'zhambyl.head', 'zhambyl.executor1']) {
        const listed = await app.request('GET', `/api/cases/${caseId}/attachments`, tokens[login]);
        expect(listed.status).toBe(200);
        const identity = listed.body.checklist.find((d: { documentId: string }) => d.documentId === 'identity-document');
        expect(identity).toMatchObject({ required: true, attachments: [{ id: attachmentId, mediaType: 'image/png', fileName: 'удостоверение.png' }] });
        expect(listed.body.checklist.find((d: { documentId: string }) => d.documentId === 'education-document').attachments).toEqual([]);
      }
      expect((await app.request('GET', `/api/cases/${caseId}/attachments`, tokens['aktobe.clerk'])).status).toBe(404);
    });

    it('serves a scan inline with its type, a sandbox CSP and nosniff, and records the read', async () => {
      const response = await app.server.inject({ method: 'GET', url: `/api/attachments/${attachmentId}`, headers: { authorization: `Bearer ${tokens['zhambyl.head']}` } });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('image/png');
      expect(response.headers['content-disposition']).toBe(`inline; filename*=UTF-8''${encodeURIComponent('удостоверение.png')}`);
      expect(response.headers['content-security-policy']).toContain('sandbox');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(Buffer.compare(response.rawPayload, PNG)).toBe(0);
      const download = await app.server.inject({ method: 'GET', url: `/api/attachments/${attachmentId}?download=1`, headers: { authorization: `Bearer ${tokens['zhambyl.head']}` } });
      expect(download.headers['content-disposition']).toMatch(/^attachment;/);
      const reads = await app.ctx.db.execute<{ staff_id: string }>(`select staff_id from read_audit_log where object_kind = 'attachment' and object_id = $1`, [attachmentId]);
      expect(reads.map((r) => r.staff_id)).toContain('zhambyl.head');
      const other = await app.server.inject({ method: 'GET', url: `/api/attachments/${attachmentId}`, headers: { authorization: `Bearer ${tokens['aktobe.clerk']}` } });
      expect(other.statusCode).toBe(404);
    });
  });

  describe('preview before signing', () => {
    it('gives the head the document to be signed as a PDF marked as a draft, which the public check does not know', async () => {
      const { caseId } = await fileOfficeCaseToSign('950101400012');
      const response = await app.server.inject({ method: 'GET', url: `/api/cases/${caseId}/document/preview`, headers: { authorization: `Bearer ${tokens['zhambyl.head']}` } });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      const pdf = new Uint8Array(response.rawPayload);
      const text = (await extractPdfText(pdf)).replace(/\s+/g, ' ');
      expect(text).toContain('ПРОЕКТ — НЕДЕЙСТВИТЕЛЕН');
      expect(text).toContain('не подписан, юридической силы не имеет и проверке не подлежит');
      const signing = await app.request('GET', `/api/cases/${caseId}/document`, tokens['zhambyl.head']);
      expect(text).not.toContain(signing.body.verificationCode);
      expect(text).toContain(signing.body.document.title.ru);
      const checked = await app.request('POST', '/api/documents/verify-pdf', undefined, { pdfBase64: Buffer.from(pdf).toString('base64') });
      expect(checked.status).toBe(422);
      expect((await app.server.inject({ method: 'GET', url: `/api/cases/${caseId}/document/preview`, headers: { authorization: `Bearer ${tokens['zhambyl.clerk']}` } })).statusCode).toBe(403);
    });
  });

  describe('return for rework', () => {
    it('requires a reason, reopens the executor’s step with its full limit, and shows the reason in the inbox and on the case', async () => {
      const iin = withCheckDigit('85020230012')!;
      await app.ctx.db.execute(`insert into persons (iin, surname, given_name, patronymic, birth_date, sex, region) values ($1, 'Қайта', 'Әсел', null, '1985-02-02', 'female', 'zhambyl') on conflict do nothing`, [iin]);
      const { caseId, version } = await fileOfficeCaseToSign(iin);
      const noReason = await app.request('POST', `/api/cases/${caseId}/rework?lang=ru`, tokens['zhambyl.head'], { stepId: 'sign', expectedVersion: version, reason: '  ' });
      expect(noReason.status).toBe(400);
      expect(noReason.body.error).toMatchObject({ code: 'REWORK_REASON_REQUIRED', message: 'Укажите причину возврата на доработку (не короче 10 символов).' });
      const byExecutor = await app.request('POST', `/api/cases/${caseId}/rework`, tokens['zhambyl.executor1'], { stepId: 'sign', expectedVersion: version, reason: 'Please check the education level again' });
      expect(byExecutor.status).toBe(403);

      app.setNow('2026-11-24T07:00:00Z');
      const reason = 'Уровень образования не подтверждён документом';
      const returned = await app.request('POST', `/api/cases/${caseId}/rework`, tokens['zhambyl.head'], { stepId: 'sign', expectedVersion: version, reason });
      expect(returned.status, JSON.stringify(returned.body)).toBe(200);
      // The full 2 working hours again from the return (seed 000 line 716): 12:00 in Taraz (UTC+5), the 13:00-14:30
      // lunch break not counted, 15:30 local, 10:30 UTC.
      expect(returned.body.openStep).toMatchObject({ stepId: 'decide', dueAt: '2026-11-24T10:30:00.000Z' });
      expect(returned.body.rework).toMatchObject({ stepId: 'decide', reason, returnedBy: 'zhambyl.head' });
      expect(returned.body.decision).toBeNull();
      expect(returned.body.steps.find((s: { stepId: string }) => s.stepId === 'sign').status).toBe('pending');

      const inbox = await app.request('GET', '/api/inbox', tokens['zhambyl.executor1']);
      expect(inbox.body.items.find((row: { caseId: string }) => row.caseId === caseId)).toMatchObject({ openStepId: 'decide', reworkReason: reason });
      const history = await app.request('GET', `/api/cases/${caseId}/history`, tokens['zhambyl.executor1']);
      expect(history.body.find((e: { type: string }) => e.type === 'returnedForRework')).toMatchObject({ actor: { userId: 'zhambyl.head' }, data: { reason, returnedFromStepId: 'sign' } });
      const [chained] = await app.ctx.db.execute<{ hash: string }>(`select hash from case_events where case_id = $1 and type = 'returnedForRework'`, [caseId]);
      expect(chained?.hash).toMatch(/^[0-9a-f]{64}$/);

      const decided = await app.request('POST', `/api/cases/${caseId}/steps`, tokens['zhambyl.executor1'], { stepId: 'decide', expectedVersion: returned.body.version, input: { outcome: 'positive' } });
      expect(decided.body).toMatchObject({ openStep: { stepId: 'sign' }, rework: null });
    });
  });

  describe('errors in plain words', () => {
    it('tells a mistyped IIN apart from a wrong password, without saying whether an account exists', async () => {
      const badDigit = `${CITIZEN.slice(0, 11)}${(Number(CITIZEN[11]) + 1) % 10}`;
      const mistyped = await app.request('POST', '/api/portal/sign-in?lang=ru', undefined, { iin: badDigit, password: 'wrong-password1' });
      expect(mistyped.status).toBe(400);
      expect(mistyped.body.error).toMatchObject({ code: 'INVALID_IIN', message: '«ИИН»: ИИН неверен — нужно 12 цифр с правильным контрольным разрядом.' });
      for (const iin of [CITIZEN, withCheckDigit('77010150012')!]) {
        const refused = await app.request('POST', '/api/portal/sign-in?lang=ru', undefined, { iin, password: 'wrong-password1' });
        expect(refused.status).toBe(401);
        expect(refused.body.error.code).toBe('CITIZEN_SIGN_IN_FAILED');
        expect(refused.body.error.message).toMatch(/^Неверный ИИН или пароль\./);
      }
    });

    it('names a schema field in words, not by its path', async () => {
      const empty = await app.request('POST', '/api/portal/sign-in?lang=kk', undefined, { iin: '', password: 'x' });
      expect(empty.status).toBe(400);
      expect(empty.body.error.message).toBe('«ЖСН» өрісін тексеріңіз: бос болмауы керек.');
      expect(empty.body.error.message).not.toMatch(/body\.|Too small/);
      const office = await app.request('POST', '/api/cases?lang=ru', tokens['zhambyl.clerk'], { regulationId: REGULATION, applicantIin: '123', formData });
      expect(office.body.error.message).toBe('«ИИН заявителя»: ИИН неверен — нужно 12 цифр с правильным контрольным разрядом.');
    });

    it('refuses a file over 5 MB with 413 stating the file limit, however far Base64 grows the body', async () => {
      for (const megabytes of [5.5, 6.2, 10]) {
        const big = Buffer.alloc(Math.round(megabytes * 1024 * 1024), 0x20);
        Buffer.from('%PDF-').copy(big);
        const response = await app.request('POST', '/api/attachments?lang=ru', citizen, { fileName: 'big.pdf', mediaType: 'application/pdf', contentBase64: big.toString('base64') });
        expect(response.status).toBe(413);
        expect(response.body.error).toMatchObject({ code: 'ATTACHMENT_TOO_LARGE', message: 'Файл слишком большой: не более 5 МБ.' });
      }
    });

    it('accepts a verification code in any case and spacing on the public check', async () => {
      const typed = await app.request('GET', `/api/documents/${encodeURIComponent('abcde fghjk lmnpq rstuv')}`);
      expect(typed.status).toBe(404);
      expect(typed.body.error.code).not.toBe('VALIDATION_FAILED');
    });
  });
});
