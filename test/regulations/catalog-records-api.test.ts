import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const RECORD = 'zhambyl-2017-231-tsa-recipient-certificate';

describe('catalog API: amendment records and acts', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(import.meta.url, '2026-11-24T05:00:00Z');
  });
  afterAll(() => app.close());

  it('keeps the default listing to executable versions and lists the record when asked', async () => {
    const plain = await app.request('GET', '/api/regulations');
    expect(plain.body).toHaveLength(19);
    expect(plain.body.every((s: { kind: string; textAvailable: boolean }) => s.kind === 'regulation' && s.textAvailable)).toBe(true);
    const all = await app.request('GET', '/api/regulations?includeRecords=true&region=zhambyl');
    expect(all.body.map((s: { id: string }) => s.id)).toContain(RECORD);
    expect(all.body.find((s: { id: string }) => s.id === RECORD)).toMatchObject({ kind: 'amendmentRecord', textAvailable: false, channels: [], actId: 'zhambyl-2017-231' });
    expect((await app.request('GET', '/api/regulations?includeRecords=false&region=zhambyl')).body).toHaveLength(3);
  });

  it('answers the in-force question for Zhambyl TSA-belonging certificates in 2019 with REGULATION_TEXT_NOT_AVAILABLE', async () => {
    const response = await app.request('GET', '/api/regulations/in-force?region=zhambyl&serviceCode=tsa-recipient-certificate&at=2019-05-01');
    expect(response.status).toBe(422);
    expect(response.body.error).toMatchObject({ code: 'REGULATION_TEXT_NOT_AVAILABLE', details: { regulationId: RECORD, reason: 'textNotInCatalog', endEarliest: '2021-03-19', endLatest: '2021-05-29' } });
    expect(Object.keys(response.body.error.messages)).toEqual(['kk', 'ru', 'en']);
    const later = await app.request('GET', '/api/regulations/in-force?region=zhambyl&serviceCode=tsa-recipient-certificate&at=2022-01-10');
    expect(later.body.error).toMatchObject({ code: 'REGULATION_NOT_IN_FORCE', details: { reason: 'repealed' } });
  });

  it('refuses to file an application under the record, in kk, ru and en', async () => {
    const token = await app.signIn('zhambyl.clerk');
    const filed = await app.request('POST', '/api/cases?lang=ru', token, { regulationId: RECORD, applicantIin: '950101400012', formData: {} });
    expect(filed.status).toBe(422);
    expect(filed.body.error.code).toBe('REGULATION_TEXT_NOT_AVAILABLE');
    expect(filed.body.error.message).toContain('её текста нет в каталоге');
    expect(filed.body.error.messages.en).toContain('no application can be filed under it');
    expect(filed.body.error.messages.kk).toContain(RECORD);
  });

  it('shows the record itself, and refuses it as an executable definition', async () => {
    const record = await app.request('GET', `/api/regulations/amendment-records/${RECORD}`);
    expect(record.body).toMatchObject({ kind: 'amendmentRecord', textAvailable: false, changes: [{ id: 'paragraph-1-sub-3' }] });
    expect((await app.request('GET', `/api/regulations/${RECORD}`)).status).toBe(422);
    expect((await app.request('GET', '/api/regulations/amendment-records/zhambyl-2017-231-job-seeker-registration')).status).toBe(404);
  });

  it('gives act details with what each act approves, amends and repeals', async () => {
    const zhambyl = (await app.request('GET', '/api/regulations/acts/zhambyl-2017-231')).body;
    expect(zhambyl).toMatchObject({ lifecycleRecorded: true, number: '231', act: { repealedBy: { number: '73' } } });
    expect(zhambyl.versions).toHaveLength(4);
    expect(zhambyl.amends[0].changes[0]).toMatchObject({ change: 'deletion', source: { line: 477 } });
    const aktobe = (await app.request('GET', '/api/regulations/acts/aktobe-2016-285')).body;
    expect(aktobe.repeals).toEqual([expect.objectContaining({ number: '213', date: '2016-05-25' })]);
    const kyzylorda = (await app.request('GET', '/api/regulations/acts/kyzylorda-2018-1057')).body;
    expect(kyzylorda.repeals.map((r: { number: string }) => r.number)).toEqual(['141', '380']);
    const acts = (await app.request('GET', '/api/regulations/acts')).body as Array<{ id: string; lifecycleRecorded: boolean }>;
    expect(acts.filter((a) => a.lifecycleRecorded).map((a) => a.id)).toEqual(['aktobe-2016-285', 'kyzylorda-2018-1057', 'zhambyl-2017-231']);
    expect(acts).toHaveLength(5);
    expect((await app.request('GET', '/api/regulations/acts/mars-2099-1')).status).toBe(404);
  });
});
