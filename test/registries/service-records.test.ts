import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { addPersons, caseAtDecide, decide, enterRegistryData, iin, person, registryEntriesOf, signInAll } from './support/registry-fixtures.ts';
import { officeApplication } from '../support/office-filing.ts';

const SIGNATURE = 'MIAGCSqGSIb3DQEHAqCAMIACAQExDzAN';
const HUSBAND = iin('78050530018');
const WIFE = iin('80060640019');
const NEIGHBOUR = iin('75070730020');
const phone = '+77011234567';
const tsaForm = { 'family-members-count': 4, 'family-income': 95_000, 'bank-account': 'KZ12345678901234567', phone };

describe('service records: the decision each executor records, with the data the registry needs', () => {
  let app: TestApp;
  let t: Record<string, string>;

  beforeAll(async () => {
    app = await startTestApp(import.meta.url, '2026-11-24T05:00:00Z');
    await addPersons(app.ctx.db, [person({ iin: HUSBAND }), person({ iin: WIFE, sex: 'female' }), person({ iin: NEIGHBOUR })], [
      { personIin: HUSBAND, relativeIin: WIFE, relation: 'spouse' },
      { personIin: WIFE, relativeIin: HUSBAND, relation: 'spouse' },
    ]);
    t = await signInAll(app, ['aktobe.clerk', 'aktobe.head', 'aktobe.executor1', 'aktobe.executor2']);
  });
  afterAll(() => app.close());

  async function finish(caseId: string, version: number) {
    // One signature per result document (Semipalatinsk: the decision and the certificate, seed 001 lines 232-234).
    const draft = await app.request('GET', `/api/cases/${caseId}/document`, t['aktobe.head']);
    const signatures = Object.fromEntries((draft.body.documents as Array<{ resultId: string }>).map((d) => [d.resultId, SIGNATURE]));
    const signed = await app.request('POST', `/api/cases/${caseId}/steps`, t['aktobe.head'], { stepId: 'sign', expectedVersion: version, input: { signatures } });
    return app.request('POST', `/api/cases/${caseId}/steps`, t['aktobe.clerk'], { stepId: 'issue', expectedVersion: signed.body.version, input: { method: 'inPerson' } });
  }

  async function recordOf(caseId: string) {
    const [entry] = await registryEntriesOf(app, t['aktobe.executor1'], caseId);
    const recordId = (entry?.data.entry as { recordId: string }).recordId;
    return (await app.request('GET', `/api/registry-records/${recordId}`, t['aktobe.executor1'])).body;
  }

  it('should refuse a positive TSA decision until the executor enters amount and period, then record the assignment in force for that period', async () => {
    const at = await caseAtDecide(app, t, 'aktobe', 'aktobe-2016-285-targeted-social-assistance', HUSBAND, tsaForm);
    const missing = await decide(app, t, 'aktobe', at, { outcome: 'positive' });
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatchObject({ code: 'REGISTRY_DATA_REQUIRED', details: { stepId: 'decide', reason: expect.stringContaining(`/api/cases/${at.id}/steps/decide/registry-data`) } });

    const entered = await enterRegistryData(app, t, 'aktobe', at.id, { monthlyAmountTenge: 31_500, periodFrom: '2026-11-01', periodTo: '2027-04-30' });
    expect(entered.statusCode).toBe(200);
    const decided = await decide(app, t, 'aktobe', at, { outcome: 'positive' });
    expect(decided.status).toBe(200);
    const [entry] = await registryEntriesOf(app, t['aktobe.executor1'], at.id);
    expect(entry).toMatchObject({ actor: { userId: 'aktobe.executor1' }, data: { stepId: 'decide', entry: { registry: 'social-assistance-register', action: 'recorded:tsa-assignment' } } });
    expect(await recordOf(at.id)).toMatchObject({
      kind: 'tsa-assignment',
      iin: HUSBAND,
      outcome: 'positive',
      resultId: 'assignment-notice',
      validFrom: '2026-11-01',
      validTo: '2027-04-30',
      recordedOn: '2026-11-24',
      recordedBy: 'aktobe.executor1',
      data: { monthlyAmountTenge: 31_500, 'family-members-count': 4, 'family-income': 95_000 },
    });
    expect((await finish(at.id, decided.body.version)).body.status).toBe('completed');
  });

  it('should refuse registry data that does not fit the service, and data from anyone but the assigned executor', async () => {
    const at = await caseAtDecide(app, t, 'aktobe', 'aktobe-2016-285-targeted-social-assistance', NEIGHBOUR, tsaForm);
    const backwards = await enterRegistryData(app, t, 'aktobe', at.id, { monthlyAmountTenge: 10_000, periodFrom: '2027-01-01', periodTo: '2026-12-01' });
    expect(backwards.statusCode).toBe(400);
    expect(JSON.parse(backwards.body).error).toMatchObject({ code: 'INVALID_STEP_INPUT', details: { reason: 'end of the period: must not be before the start of the period', reason_ru: 'конец периода: не раньше начала периода' } });
    const unknown = await enterRegistryData(app, t, 'aktobe', at.id, { monthlyAmountTenge: 10_000, periodFrom: '2026-12-01', periodTo: '2027-01-01', bonus: 1 });
    expect(unknown.statusCode).toBe(400);
    const notAssigned = await app.server.inject({
      method: 'PUT',
      url: `/api/cases/${at.id}/steps/decide/registry-data`,
      headers: { authorization: `Bearer ${t['aktobe.executor2']}` },
      payload: { data: { monthlyAmountTenge: 10_000, periodFrom: '2026-12-01', periodTo: '2027-01-01' } },
    });
    expect(JSON.parse(notAssigned.body).error.code).toBe('NOT_ASSIGNED_EXECUTOR');

    // A refusal needs no data and is recorded with its ground.
    const refused = await decide(app, t, 'aktobe', at, { outcome: 'refusal', groundId: 'income-above-poverty-line', reasonText: 'Среднедушевой доход выше черты бедности.' });
    expect(refused.status).toBe(200);
    expect(await recordOf(at.id)).toMatchObject({ kind: 'tsa-assignment', outcome: 'refusal', resultId: 'refusal-notice', groundId: 'income-above-poverty-line', validFrom: null });
    await finish(at.id, refused.body.version);
  });

  it('should let the registry decide between "belongs" and "does not belong" to TSA recipients, family included', async () => {
    const wife = await caseAtDecide(app, t, 'aktobe', 'aktobe-2016-285-tsa-recipient-certificate', WIFE, { phone });
    const wrong = await decide(app, t, 'aktobe', wife, { outcome: 'positive', resultId: 'not-belongs-certificate' });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error).toMatchObject({ code: 'REGISTRY_RESULT_MISMATCH', details: { expectedResultId: 'belongs-certificate' } });
    const right = await decide(app, t, 'aktobe', wife, { outcome: 'positive', resultId: 'belongs-certificate' });
    expect(right.status).toBe(200);
    expect(await recordOf(wife.id)).toMatchObject({ kind: 'tsa-recipient-certificate', resultId: 'belongs-certificate', data: { belongs: true, onDate: '2026-11-24' } });

    const neighbour = await caseAtDecide(app, t, 'aktobe', 'aktobe-2016-285-tsa-recipient-certificate', NEIGHBOUR, { phone });
    expect((await decide(app, t, 'aktobe', neighbour, { outcome: 'positive', resultId: 'belongs-certificate' })).body.error.details).toEqual({ expectedResultId: 'not-belongs-certificate' });
    expect((await decide(app, t, 'aktobe', neighbour, { outcome: 'positive', resultId: 'not-belongs-certificate' })).status).toBe(200);
  });

  it('should issue a duplicate of a rehabilitated-person certificate only when the original is in the registry', async () => {
    const regulationId = 'aktobe-2016-285-rehabilitated-person-certificate';
    const duplicateFirst = await caseAtDecide(app, t, 'aktobe', regulationId, NEIGHBOUR, { 'request-type': 'duplicate', phone });
    await enterRegistryData(app, t, 'aktobe', duplicateFirst.id, { certificateNumber: 'R-2026-0002' });
    const refused = await decide(app, t, 'aktobe', duplicateFirst, { outcome: 'positive', resultId: 'certificate-duplicate' });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({ code: 'ORIGINAL_DOCUMENT_NOT_FOUND', details: { kind: 'rehabilitated-certificate' } });
    const reasoned = await decide(app, t, 'aktobe', duplicateFirst, { outcome: 'refusal', groundId: 'not-rehabilitated', reasonText: 'Исходная справка не выдавалась.' });
    await finish(duplicateFirst.id, reasoned.body.version);

    const original = await caseAtDecide(app, t, 'aktobe', regulationId, NEIGHBOUR, { 'request-type': 'original', phone });
    await enterRegistryData(app, t, 'aktobe', original.id, { certificateNumber: 'R-2026-0001' });
    const issued = await decide(app, t, 'aktobe', original, { outcome: 'positive', resultId: 'certificate' });
    await finish(original.id, issued.body.version);

    const duplicate = await caseAtDecide(app, t, 'aktobe', regulationId, NEIGHBOUR, { 'request-type': 'duplicate', phone });
    await enterRegistryData(app, t, 'aktobe', duplicate.id, { certificateNumber: 'R-2026-0001-D' });
    expect((await decide(app, t, 'aktobe', duplicate, { outcome: 'positive', resultId: 'certificate-duplicate' })).status).toBe(200);
    expect(await recordOf(duplicate.id)).toMatchObject({ kind: 'rehabilitated-certificate-duplicate', data: { certificateNumber: 'R-2026-0001-D', 'request-type': 'duplicate' } });
  });

  it('should record a Semipalatinsk recognition with its compensation, then the certificate, and route a duplicate request to its own steps', async () => {
    const regulationId = 'aktobe-2016-285-semipalatinsk-victims';
    const first = await caseAtDecide(app, t, 'aktobe', regulationId, HUSBAND, { 'request-type': 'first-time', 'risk-zone': 'maximum', phone });
    await enterRegistryData(app, t, 'aktobe', first.id, { compensationAmountTenge: 226_000 });
    const recognised = await decide(app, t, 'aktobe', first, { outcome: 'positive', resultId: 'recognition-decision' });
    expect(recognised.body.openStep).toMatchObject({ stepId: 'prepare-certificate' });
    await enterRegistryData(app, t, 'aktobe', first.id, { certificateNumber: 'S-0042' }, 'prepare-certificate');
    const prepared = await app.request('POST', `/api/cases/${first.id}/steps`, t['aktobe.executor1'], { stepId: 'prepare-certificate', expectedVersion: recognised.body.version, input: {} });
    expect(prepared.status).toBe(200);
    const entries = await registryEntriesOf(app, t['aktobe.executor1'], first.id);
    expect(entries.map((e) => [e.data.stepId, (e.data.entry as { action: string }).action])).toEqual([
      ['decide', 'recorded:semipalatinsk-recognition'],
      ['prepare-certificate', 'recorded:semipalatinsk-certificate'],
    ]);
    await finish(first.id, prepared.body.version);

    const duplicate = await app.request('POST', '/api/cases', t['aktobe.clerk'], officeApplication(app.ctx, { regulationId, applicantIin: HUSBAND, formData: { 'request-type': 'duplicate', phone } }));
    expect(duplicate.body).toMatchObject({ routeId: 'office-duplicate' });
    const records = await app.request('GET', `/api/persons/${HUSBAND}/registry-records?kind=semipalatinsk-recognition,semipalatinsk-certificate`, t['aktobe.head']);
    expect(records.body.map((r: { kind: string; data: Record<string, unknown> }) => [r.kind, r.data])).toEqual([
      ['semipalatinsk-recognition', { 'risk-zone': 'maximum', compensationAmountTenge: 226_000 }],
      ['semipalatinsk-certificate', { 'risk-zone': 'maximum', certificateNumber: 'S-0042' }],
    ]);
  });
});
