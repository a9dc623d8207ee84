import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { addPersons, caseAtDecide, decide, enterRegistryData, iin, person, registryEntriesOf, signInAll } from './support/registry-fixtures.ts';

const TSA = 'aktobe-2016-285-targeted-social-assistance';
const phone = '+77011234567';
const tsaForm = { 'family-members-count': 3, 'family-income': 80_000, 'bank-account': 'KZ12345678901234567', phone };
const period = { periodFrom: '2026-12-01', periodTo: '2027-05-31' };
const [A, B, C, D, E] = [iin('79010130021'), iin('79020230022'), iin('79030330023'), iin('79040430024'), iin('79050530025')];

describe('the decide command carries the registry data (registryData) with the decision', () => {
  let app: TestApp;
  let t: Record<string, string>;

  beforeAll(async () => {
    app = await startTestApp(import.meta.url, '2026-11-24T05:00:00Z');
    await addPersons(app.ctx.db, [person({ iin: A }), person({ iin: B }), person({ iin: C }), person({ iin: D, region: 'zhambyl' }), person({ iin: E })]);
    t = await signInAll(app, ['aktobe.clerk', 'aktobe.head', 'aktobe.executor1', 'aktobe.executor2', 'zhambyl.clerk', 'zhambyl.head', 'zhambyl.executor1']);
  });
  afterAll(() => app.close());

  async function recordOf(caseId: string) {
    const [entry] = await registryEntriesOf(app, t['aktobe.executor1'], caseId);
    const recordId = (entry?.data.entry as { recordId: string }).recordId;
    return (await app.request('GET', `/api/registry-records/${recordId}`, t['aktobe.executor1'])).body;
  }

  const storedData = (caseId: string) => app.request('GET', `/api/cases/${caseId}/steps/decide/registry-data`, t['aktobe.executor1']);

  it('records the assignment from the data sent with a positive decision, in one command', async () => {
    const at = await caseAtDecide(app, t, 'aktobe', TSA, A, tsaForm);
    const decided = await decide(app, t, 'aktobe', at, { outcome: 'positive', registryData: { monthlyAmountTenge: 27_000, ...period } });
    expect(decided.status).toBe(200);
    expect(decided.body.openStep).toMatchObject({ stepId: 'sign' });
    expect(await recordOf(at.id)).toMatchObject({ kind: 'tsa-assignment', iin: A, validFrom: '2026-12-01', validTo: '2027-05-31', data: { monthlyAmountTenge: 27_000 } });
    expect((await storedData(at.id)).body).toMatchObject({ data: { monthlyAmountTenge: 27_000, ...period }, enteredBy: 'aktobe.executor1', enteredAt: '2026-11-24T05:00:00.000Z' });
  });

  it('prefers the data sent with the decision over an earlier PUT …/registry-data, which still works', async () => {
    const at = await caseAtDecide(app, t, 'aktobe', TSA, B, tsaForm);
    expect((await enterRegistryData(app, t, 'aktobe', at.id, { monthlyAmountTenge: 10_000, ...period })).statusCode).toBe(200);
    const decided = await decide(app, t, 'aktobe', at, { outcome: 'positive', registryData: { monthlyAmountTenge: 12_500, ...period } });
    expect(decided.status).toBe(200);
    expect((await recordOf(at.id)).data).toMatchObject({ monthlyAmountTenge: 12_500 });
  });

  it('rejects invalid data, or a case assigned to someone else, and changes nothing', async () => {
    const at = await caseAtDecide(app, t, 'aktobe', TSA, C, tsaForm);
    const invalid = await decide(app, t, 'aktobe', at, { outcome: 'positive', registryData: { monthlyAmountTenge: 27_000, periodFrom: '2026-12-01' } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error).toMatchObject({ code: 'INVALID_STEP_INPUT', details: { stepId: 'decide', reason: 'end of the period: is required', reason_ru: 'конец периода: обязательно для заполнения' } });
    const notAssigned = await app.request('POST', `/api/cases/${at.id}/steps`, t['aktobe.executor2'], {
      stepId: 'decide',
      expectedVersion: at.version,
      input: { outcome: 'positive', registryData: { monthlyAmountTenge: 27_000, ...period } },
    });
    expect(notAssigned.body.error.code).toBe('NOT_ASSIGNED_EXECUTOR');
    expect((await storedData(at.id)).status).toBe(404);
    const unchanged = await app.request('GET', `/api/cases/${at.id}`, t['aktobe.executor1']);
    expect(unchanged.body).toMatchObject({ version: at.version, openStep: { stepId: 'decide' } });
  });

  it("describes the decision's registry data fields for a form, from the schema the command checks", async () => {
    const at = await caseAtDecide(app, t, 'aktobe', TSA, E, tsaForm);
    const tsa = await app.request('GET', `/api/cases/${at.id}/steps/decide/registry-data-fields`, t['aktobe.executor1']);
    expect(tsa.status).toBe(200);
    expect(tsa.body.fields).toEqual([
      { name: 'monthlyAmountTenge', kind: 'integer', required: true },
      { name: 'periodFrom', kind: 'date', required: true },
      { name: 'periodTo', kind: 'date', required: true },
    ]);
  });

  it('rejects registry data on a service whose decision records none', async () => {
    const jobSeekerForm = { 'desired-position': 'Сварщик', 'education-level': 'vocational', phone, 'consent-publish': true };
    const at = await caseAtDecide(app, t, 'zhambyl', 'zhambyl-2017-231-job-seeker-registration', D, jobSeekerForm);
    expect((await app.request('GET', `/api/cases/${at.id}/steps/decide/registry-data-fields`, t['zhambyl.executor1'])).body).toEqual({ fields: [] });
    const sent = await decide(app, t, 'zhambyl', at, { outcome: 'positive', registryData: { monthlyAmountTenge: 1 } });
    expect(sent.body.error).toMatchObject({ code: 'INVALID_STEP_INPUT', details: { reason: 'this step records nothing in a registry' } });
    expect((await decide(app, t, 'zhambyl', at, { outcome: 'positive' })).status).toBe(200);
  });
});
