import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AKTOBE_CITIZEN, citizenToken, fileOnPortal, forwardFromAktobeDesk, ZHAMBYL_CITIZEN } from '../access/support/access-fixtures.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

// 05:00Z is 10:00 in Taraz and Aktobe (UTC+5).
const START = '2026-11-24T05:00:00Z';

/** Issue #17: the receipt of accepted documents (расписка / қолхат) at the provider office and at the desk. */
describe('the receipt of accepted documents', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp(import.meta.url, START);
  });
  afterAll(() => app.close());

  it('should give the office the provider from its record, the service, the documents accepted and the date the result is due', async () => {
    const citizen = await citizenToken(app, ZHAMBYL_CITIZEN);
    const { caseId } = await fileOnPortal(app, citizen);
    const clerk = await app.signIn('zhambyl.clerk');
    const view = (await app.request('GET', `/api/cases/${caseId}`, clerk)).body;
    const receipt = await app.request('GET', `/api/cases/${caseId}/receipt`, clerk);
    expect(receipt.status, JSON.stringify(receipt.body)).toBe(200);
    const [provider] = await app.ctx.db.execute<{ name: { ru: string }; bin: string }>('select name, bin from providers where id = $1', [view.providerId]);
    expect(receipt.body).toMatchObject({
      caseId,
      service: { name: { ru: 'Регистрация лиц, ищущих работу', kk: 'Жұмыс іздеп жүрген адамдарды тіркеу' } },
      provider: { name: { ru: provider!.name.ru }, bin: provider!.bin },
      acceptedBy: { staffName: expect.any(String), at: START.replace('Z', '.000Z'), atText: '2026-11-24 10:00 (UTC+05:00)' },
      applicant: { iin: ZHAMBYL_CITIZEN },
      documents: [{ fileName: 'diploma.pdf', documentId: 'identity-document', name: expect.objectContaining({ ru: expect.any(String) }) }],
      resultDueAt: view.overallDueAt,
    });
    expect(receipt.body.resultDueAt).not.toBeNull();
    expect(receipt.body.resultDueText).toMatch(/^2026-\d\d-\d\d \d\d:\d\d \(UTC\+05:00\)$/);
    // Staff of another provider do not learn the case exists.
    expect((await app.request('GET', `/api/cases/${caseId}/receipt`, await app.signIn('aktobe.clerk'))).status).toBe(404);
  });

  it('should give the desk the branch as the organisation that accepted the documents, and nobody else’s case', async () => {
    const operator = await app.signIn('aktobe.operator');
    const caseId = await forwardFromAktobeDesk(app, operator, AKTOBE_CITIZEN);
    const receipt = await app.request('GET', `/api/desk/submissions/${caseId}/receipt`, operator);
    expect(receipt.status, JSON.stringify(receipt.body)).toBe(200);
    expect(receipt.body).toMatchObject({
      acceptedBy: { organisation: { id: 'aktobe-sc-branch' }, staffName: expect.any(String) },
      applicant: { iin: AKTOBE_CITIZEN },
      documents: [{ fileName: 'id.pdf', documentId: 'identity-document' }],
    });
    expect(receipt.body.provider.id).not.toBe('aktobe-sc-branch');
    const [due] = await app.ctx.db.execute<{ overall_due_at: Date | null }>('select overall_due_at from cases where id = $1', [caseId]);
    expect(receipt.body.resultDueAt).toBe(due!.overall_due_at ? new Date(due!.overall_due_at).toISOString() : null);
    expect((await app.request('GET', `/api/desk/submissions/${caseId}/receipt`, await app.signIn('zhambyl.operator'))).status).toBe(404);
  });
});
