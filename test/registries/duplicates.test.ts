import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { addPersons, caseAtDecide, decide, iin, person, signInAll } from './support/registry-fixtures.ts';
import { officeApplication } from '../support/office-filing.ts';

const SIGNATURE = 'MIAGCSqGSIb3DQEHAqCAMIACAQExDzAN';
const PARENT = iin('80020240015');
const CHILD_ONE = iin('12030350016');
const CHILD_TWO = iin('14040450017');

const unemployedForm = { phone: '+77011234567' };
const homeSchooling = (childIin: string) => ({
  'child-iin': childIin,
  school: 'Ақтөбе қаласының №5 мектебі',
  'schooling-period': { from: '2026-09-01', to: '2027-05-25' },
  'bank-account': 'KZ12345678901234567',
  phone: '+77011234567',
});

describe('duplicates: one open application per person and service', () => {
  let app: TestApp;
  let t: Record<string, string>;

  beforeAll(async () => {
    app = await startTestApp(import.meta.url, '2026-11-24T05:00:00Z');
    await addPersons(app.ctx.db, [person({ iin: PARENT }), person({ iin: CHILD_ONE, birthDate: '2012-03-03' }), person({ iin: CHILD_TWO, birthDate: '2014-04-04' })]);
    t = await signInAll(app, ['zhambyl.clerk', 'zhambyl.head', 'zhambyl.executor1', 'aktobe.clerk', 'aktobe.head', 'aktobe.executor1']);
  });
  afterAll(() => app.close());

  const file = (region: 'zhambyl' | 'aktobe', regulationId: string, applicantIin: string, formData: Record<string, unknown>) =>
    app.request('POST', '/api/cases?lang=en', t[`${region}.clerk`], officeApplication(app.ctx, { regulationId, applicantIin, formData }));

  async function countCases(applicantIin: string): Promise<number> {
    const [row] = await app.ctx.db.execute<{ count: number }>('select count(*)::int as count from cases where applicant_iin = $1', [applicantIin]);
    return row!.count;
  }

  it('should not file a second open application of the same person for the same service, and link it to the first', async () => {
    const first = await file('zhambyl', 'zhambyl-2017-231-unemployed-registration', '950101400012', unemployedForm);
    expect(first.status).toBe(201);
    const second = await file('zhambyl', 'zhambyl-2017-231-unemployed-registration', '950101400012', { ...unemployedForm, 'last-employer': 'ТОО «Таразэнерго»' });
    expect(second.status).toBe(409);
    expect(second.body.error).toMatchObject({
      code: 'DUPLICATE_APPLICATION',
      message: `The applicant already has an open application for this service (case ${first.body.id}). The repeated application was not filed; it is linked to the first.`,
      details: { existingCaseId: first.body.id, duplicateId: expect.any(String) },
    });
    expect(await countCases('950101400012')).toBe(1);
    const linked = await app.request('GET', `/api/cases/${first.body.id}/duplicates`, t['zhambyl.head']);
    expect(linked.body).toEqual([{ id: second.body.error.details.duplicateId, channel: 'providerOffice', providerId: 'zhambyl-taraz-employment-centre', receivedBy: 'zhambyl.clerk', attemptedAt: '2026-11-24T05:00:00.000Z' }]);
  });

  it("should recognise the same service at another region's provider as a duplicate too", async () => {
    const elsewhere = await file('aktobe', 'aktobe-2016-285-unemployed-registration', '950101400012', { 'education-level': 'higher', 'desired-occupation': 'Бухгалтер', phone: '+77011234567' });
    expect(elsewhere.status).toBe(409);
    expect(elsewhere.body.error.code).toBe('DUPLICATE_APPLICATION');
  });

  it('should file a new application once the first one has closed', async () => {
    const at = await caseAtDecide(app, t, 'zhambyl', 'zhambyl-2017-231-job-seeker-registration', '880515300120', {
      'desired-position': 'Аспаз',
      'education-level': 'secondary',
      phone: '+77011234567',
      'consent-publish': true,
    });
    const decided = await decide(app, t, 'zhambyl', at, { outcome: 'positive' });
    const signed = await app.request('POST', `/api/cases/${at.id}/steps`, t['zhambyl.head'], { stepId: 'sign', expectedVersion: decided.body.version, input: { signature: SIGNATURE } });
    await app.request('POST', `/api/cases/${at.id}/steps`, t['zhambyl.clerk'], { stepId: 'issue', expectedVersion: signed.body.version, input: { method: 'inPerson' } });
    const again = await file('zhambyl', 'zhambyl-2017-231-job-seeker-registration', '880515300120', { 'desired-position': 'Аспаз', 'education-level': 'secondary', phone: '+77011234567', 'consent-publish': true });
    expect(again.status).toBe(201);
    expect(again.body.id).not.toBe(at.id);
  });

  it('should file one application per child for home-schooling compensation, and a second one for the same child as a duplicate', async () => {
    const regulationId = 'aktobe-2016-285-disabled-children-home-schooling';
    expect((await file('aktobe', regulationId, PARENT, homeSchooling(CHILD_ONE))).status).toBe(201);
    expect((await file('aktobe', regulationId, PARENT, homeSchooling(CHILD_TWO))).status).toBe(201);
    const same = await file('aktobe', regulationId, PARENT, homeSchooling(CHILD_ONE));
    expect(same.body.error?.code).toBe('DUPLICATE_APPLICATION');
    expect(await countCases(PARENT)).toBe(2);
  });

  it('should file exactly one case when the same application arrives twice at once', async () => {
    const body = officeApplication(app.ctx, { regulationId: 'zhambyl-2017-231-unemployed-registration', applicantIin: '061211600012', formData: unemployedForm });
    const answers = await Promise.all([app.request('POST', '/api/cases', t['zhambyl.clerk'], body), app.request('POST', '/api/cases', t['zhambyl.clerk'], body)]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    const filed = answers.find((a) => a.status === 201)!;
    expect(answers.find((a) => a.status === 409)!.body.error.details.existingCaseId).toBe(filed.body.id);
    expect(await countCases('061211600012')).toBe(1);
  });
});
