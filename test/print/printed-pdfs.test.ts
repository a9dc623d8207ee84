import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AKTOBE_CITIZEN, forwardFromAktobeDesk } from '../access/support/access-fixtures.ts';
import { run } from '../interop/support/outside-tools.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

// 05:00Z is 10:00 in Taraz and Aktobe (UTC+5).
const START = '2026-11-24T05:00:00Z';
const REGULATION = 'zhambyl-2017-231-job-seeker-registration';
const FORM = { 'desired-position': 'Бухгалтер', 'education-level': 'higher', phone: '+77011234567', 'consent-publish': true };
const APPLICANT = '880515300120';
const SERVICE = { kk: 'Жұмыс іздеп жүрген адамдарды тіркеу', ru: 'Регистрация лиц, ищущих работу' };
const IDENTITY = { kk: 'Жеке басын куәландыратын құжат', ru: 'Документ, удостоверяющий личность' };

/** The text poppler's pdftotext reads from a PDF (pages separated by form feeds), after qpdf --check found no errors. */
async function checkedPdfText(bytes: Buffer): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'qyzmet-print-'));
  try {
    const file = path.join(dir, 'printed.pdf');
    await writeFile(file, bytes);
    const checked = await run('qpdf', ['--check', file]);
    expect(checked.stdout).toContain('No syntax or stream encoding errors found');
    return (await run('pdftotext', ['-enc', 'UTF-8', file, '-'])).stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Issue #17 printing: the receipt of accepted documents as an A4 PDF at the office and at the desk, with the paper
 * documents the clerk ticked; the signed result printed for issue in person; the incoming journal for a period. Each
 * PDF is checked by qpdf and read back by pdftotext.
 */
describe('printed forms: receipt, result for issue in person, journal', () => {
  let app: TestApp;
  let token: Record<string, string>;
  let caseId = '';

  const pdf = async (url: string, login: string) => {
    const response = await app.server.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token[login]}` } });
    return { status: response.statusCode, type: response.headers['content-type'], bytes: response.rawPayload };
  };

  beforeAll(async () => {
    app = await startTestApp(import.meta.url, START);
    token = {};
    for (const login of ['zhambyl.clerk', 'zhambyl.head', 'zhambyl.executor1', 'zhambyl.supervisor', 'aktobe.clerk', 'aktobe.operator', 'zhambyl.operator']) token[login] = await app.signIn(login);
  });
  afterAll(() => app.close());

  it('should refuse an office application whose required paper document was not handed over, naming it in kk, ru and en', async () => {
    const refused = await app.request('POST', '/api/cases', token['zhambyl.clerk'], { regulationId: REGULATION, applicantIin: APPLICANT, formData: FORM, paperDocumentIds: ['education-document'] });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('APPLICATION_INCOMPLETE');
    expect(refused.body.error.details.missingDocuments).toBe('identity-document');
    expect(refused.body.error.messages.kk).toContain(`құжат тапсырылмаған: «${IDENTITY.kk}»`);
    expect(refused.body.error.messages.ru).toContain(`не сдан документ: «${IDENTITY.ru}»`);
    expect(refused.body.error.messages.en).toContain('document not handed over');
    const unknown = await app.request('POST', '/api/cases', token['zhambyl.clerk'], { regulationId: REGULATION, applicantIin: APPLICANT, formData: FORM, paperDocumentIds: ['identity-document', 'marriage-certificate'] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.messages.ru).toContain('сданные бумажные документы');
    const [{ count }] = (await app.ctx.db.execute<{ count: number }>('select count(*)::int as count from cases where applicant_iin = $1', [APPLICANT])) as [{ count: number }];
    expect(count).toBe(0);
  });

  it('should refuse an office application sent without the paper documents field, naming each required document in kk, ru and en', async () => {
    // Issue #17: the API once skipped the check when `paperDocumentIds` was left out (only the web form always sent it).
    const refused = await app.request('POST', '/api/cases', token['zhambyl.clerk'], { regulationId: REGULATION, applicantIin: APPLICANT, formData: FORM });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('APPLICATION_INCOMPLETE');
    expect(refused.body.error.details.missingDocuments).toBe('identity-document');
    expect(refused.body.error.messages.kk).toContain(`құжат тапсырылмаған: «${IDENTITY.kk}»`);
    expect(refused.body.error.messages.ru).toContain(`не сдан документ: «${IDENTITY.ru}»`);
    expect(refused.body.error.messages.en).toContain('document not handed over: «Identity document»');
    const [{ count }] = (await app.ctx.db.execute<{ count: number }>('select count(*)::int as count from cases where applicant_iin = $1', [APPLICANT])) as [{ count: number }];
    expect(count).toBe(0);
  });

  it('should record the paper documents with the case and print them on the office receipt PDF with the date the result is due', async () => {
    const filed = await app.request('POST', '/api/cases', token['zhambyl.clerk'], {
      regulationId: REGULATION,
      applicantIin: APPLICANT,
      formData: FORM,
      paperDocumentIds: ['education-document', 'identity-document'],
    });
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    caseId = filed.body.id;
    const receipt = await app.request('GET', `/api/cases/${caseId}/receipt`, token['zhambyl.clerk']);
    expect(receipt.status).toBe(200);
    // In the regulation's order, as paper originals (no file).
    expect(receipt.body.documents).toEqual([
      { fileName: null, documentId: 'identity-document', name: expect.objectContaining({ ru: IDENTITY.ru }) },
      { fileName: null, documentId: 'education-document', name: expect.objectContaining({ ru: 'Документ об образовании (при наличии)' }) },
    ]);
    expect(receipt.body.resultDueText).toMatch(/^2026-\d\d-\d\d \d\d:\d\d \(UTC\+05:00\)$/);

    const printed = await pdf(`/api/cases/${caseId}/receipt/pdf`, 'zhambyl.clerk');
    expect(printed.status).toBe(200);
    expect(printed.type).toBe('application/pdf');
    const text = await checkedPdfText(printed.bytes);
    const flat = text.replace(/\s+/g, ' ');
    for (const expected of ['Құжаттарды қабылдағаны туралы қолхат', 'Расписка о приёме документов', SERVICE.kk, SERVICE.ru, receipt.body.provider.name.kk, receipt.body.provider.name.ru, `БИН ${receipt.body.provider.bin}`, `ИИН ${APPLICANT}`, receipt.body.resultDueText, '2026-11-24 10:00 (UTC+05:00)', IDENTITY.kk, IDENTITY.ru, 'бумажный оригинал', 'қағаз түпнұсқа', 'Сейітова Айгүл Маратқызы']) {
      expect(flat, expected).toContain(expected);
    }
    expect(receipt.body.applicant.fullName).toBeTruthy();
    expect(flat).toContain(receipt.body.applicant.fullName);
    // Two A4 pages: Kazakh, then Russian.
    expect(text.split('\f').filter((page) => page.trim()).length).toBe(2);
    const [event] = await app.ctx.db.execute<{ data: { paperDocumentIds: string[] } }>(`select data from case_events where case_id = $1 and type = 'caseFiled'`, [caseId]);
    expect(event!.data.paperDocumentIds).toEqual(['identity-document', 'education-document']);
    // Another provider's staff are told the case does not exist.
    expect((await pdf(`/api/cases/${caseId}/receipt/pdf`, 'aktobe.clerk')).status).toBe(404);
  });

  it("should print the desk's receipt PDF with the branch as the organisation that accepted the scan", async () => {
    const deskCase = await forwardFromAktobeDesk(app, token['aktobe.operator']!, AKTOBE_CITIZEN);
    const receipt = (await app.request('GET', `/api/desk/submissions/${deskCase}/receipt`, token['aktobe.operator'])).body;
    const printed = await pdf(`/api/desk/submissions/${deskCase}/receipt/pdf`, 'aktobe.operator');
    expect(printed.status).toBe(200);
    const flat = (await checkedPdfText(printed.bytes)).replace(/\s+/g, ' ');
    for (const expected of [receipt.acceptedBy.organisation.name.ru, receipt.acceptedBy.organisation.name.kk, receipt.provider.name.ru, 'id.pdf', `ИИН ${AKTOBE_CITIZEN}`, 'Сапаров Ерболат Жомартұлы']) expect(flat, expected).toContain(expected);
    expect((await pdf(`/api/desk/submissions/${deskCase}/receipt/pdf`, 'zhambyl.operator')).status).toBe(404);
  });

  it('should print the signed result for issue in person: its text, signer, verification code and QR, and the very PDF issued at signing', async () => {
    expect((await app.request('GET', `/api/cases/${caseId}/result-for-issue`, token['zhambyl.clerk'])).status).toBe(404);
    const inputs: Record<string, unknown> = { assign: { executorId: 'zhambyl.executor1' }, decide: { outcome: 'positive' }, sign: { signature: 'MIAGCSqGSIb3DQEHAqCAMIACAQExDzAN' } };
    const actor: Record<string, string> = { register: 'zhambyl.clerk', assign: 'zhambyl.head', decide: 'zhambyl.executor1', sign: 'zhambyl.head' };
    for (const stepId of ['register', 'assign', 'decide', 'sign']) {
      const view = (await app.request('GET', `/api/cases/${caseId}`, token['zhambyl.clerk'])).body;
      const done = await app.request('POST', `/api/cases/${caseId}/steps`, token[actor[stepId]!], { stepId, expectedVersion: view.version, ...(inputs[stepId] ? { input: inputs[stepId] } : {}) });
      expect(done.status, JSON.stringify(done.body)).toBe(200);
    }
    const result = await app.request('GET', `/api/cases/${caseId}/result-for-issue`, token['zhambyl.clerk']);
    expect(result.status, JSON.stringify(result.body)).toBe(200);
    const [document] = result.body.documents;
    expect(document).toMatchObject({ kind: 'positive', service: { ru: SERVICE.ru }, signerName: 'Омаров Нұрлан Серікұлы', hasPdf: true });
    expect(document.verifyUrl).toMatch(new RegExp(`/verify/${document.verificationCode}$`));
    expect(document.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(document.signedAtText).toBe('2026-11-24 10:00 (UTC+05:00)');

    const printed = await pdf(`/api/cases/${caseId}/results/${document.verificationCode}/pdf`, 'zhambyl.clerk');
    expect(printed.status).toBe(200);
    const issued = await app.server.inject({ method: 'GET', url: `/api/documents/${document.verificationCode}/pdf` });
    expect(Buffer.compare(printed.bytes, issued.rawPayload)).toBe(0);
    const flat = (await checkedPdfText(printed.bytes)).replace(/\s+/g, ' ');
    for (const expected of [document.verificationCode, document.number, 'Омаров Нұрлан Серікұлы', document.title.kk, document.title.ru]) expect(flat, expected).toContain(expected);
    expect((await app.request('GET', `/api/cases/${caseId}/result-for-issue`, token['aktobe.clerk'])).status).toBe(404);
    expect((await pdf(`/api/cases/${caseId}/results/${document.verificationCode}/pdf`, 'aktobe.clerk')).status).toBe(404);
  });

  it('should print the incoming journal for a period for the clerk and the head of the provider only', async () => {
    const sheet = await app.request('GET', '/api/journal/print?from=2026-11-24&to=2026-11-24', token['zhambyl.head']);
    expect(sheet.status, JSON.stringify(sheet.body)).toBe(200);
    const registered = (await app.request('GET', `/api/cases/${caseId}`, token['zhambyl.clerk'])).body.journalNumber as string;
    expect(sheet.body).toMatchObject({ from: '2026-11-24', to: '2026-11-24', printedBy: 'Омаров Нұрлан Серікұлы', printedText: '2026-11-24 10:00 (UTC+05:00)' });
    expect(sheet.body.entries).toContainEqual(expect.objectContaining({ journalNumber: registered, applicantIin: APPLICANT, registeredText: '2026-11-24 10:00 (UTC+05:00)', status: 'inWork' }));
    // Another day's journal does not list it.
    expect((await app.request('GET', '/api/journal/print?from=2026-11-25&to=2026-11-30', token['zhambyl.head'])).body.entries).toEqual([]);

    const printed = await pdf('/api/journal/pdf?from=2026-11-24&to=2026-11-24', 'zhambyl.clerk');
    expect(printed.status).toBe(200);
    const flat = (await checkedPdfText(printed.bytes)).replace(/\s+/g, ' ');
    for (const expected of ['Кіріс құжаттарды тіркеу журналы', 'Журнал регистрации входящих документов', '2026-11-24 — 2026-11-24', registered, APPLICANT, 'В работе', 'Жұмыста', sheet.body.provider.name.ru, 'Сейітова Айгүл Маратқызы']) expect(flat, expected).toContain(expected);
    // The journal is the provider's own: the executor keeps none, and Aktobe's clerk does not see Zhambyl's cases.
    expect((await pdf('/api/journal/pdf', 'zhambyl.executor1')).status).toBe(403);
    const aktobe = await app.request('GET', '/api/journal/print', token['aktobe.clerk']);
    expect(aktobe.body.entries.map((entry: { applicantIin: string }) => entry.applicantIin)).not.toContain(APPLICANT);
    expect((await app.request('GET', '/api/journal/print?from=2026-11-30&to=2026-11-01', token['zhambyl.clerk'])).status).toBe(400);
  });
});
