import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { caseAtDecide, decide, enterRegistryData, registryEntriesOf, signInAll } from './support/registry-fixtures.ts';

const SIGNATURE = 'MIAGCSqGSIb3DQEHAqCAMIACAQExDzAN';
const APPLICANT = '880515300120';
const WITHOUT_CARD = '950101400012';
const JOB_SEEKER_ONLY = '061211600012';

const jobSeekerForm = { 'desired-position': 'Сварщик', 'education-level': 'vocational', 'experience-years': 4, phone: '+77011234567', 'consent-publish': true };
const phoneOnly = { phone: '+77011234567' };

describe('journey across the labour-market services: job seeker → unemployed → referral → certificate for a period', () => {
  let app: TestApp;
  let t: Record<string, string>;

  /** Moves the clock and signs everyone in again (sessions last 12 hours). */
  async function moveTo(iso: string) {
    app.setNow(iso);
    t = await signInAll(app, ['zhambyl.clerk', 'zhambyl.head', 'zhambyl.executor1', 'aktobe.clerk', 'aktobe.head', 'aktobe.executor1']);
  }

  beforeAll(async () => {
    app = await startTestApp(import.meta.url, '2026-11-24T05:00:00Z'); // Tuesday 10:00 in UTC+5
    await moveTo('2026-11-24T05:00:00Z');
  });
  afterAll(() => app.close());

  /** The head signs and the clerk issues, closing the case. */
  async function finish(region: 'zhambyl' | 'aktobe', caseId: string, version: number) {
    const signed = await app.request('POST', `/api/cases/${caseId}/steps`, t[`${region}.head`], { stepId: 'sign', expectedVersion: version, input: { signature: SIGNATURE } });
    const issued = await app.request('POST', `/api/cases/${caseId}/steps`, t[`${region}.clerk`], { stepId: 'issue', expectedVersion: signed.body.version, input: { method: 'inPerson' } });
    expect(issued.body.closedAt).not.toBeNull();
    return issued.body;
  }

  it("should record each executor's registry work in the AIS inside the decide step, and print the certificate's flags as they happened", async () => {
    // 1. Registration as a job seeker (Zhambyl, "Employment" AIS).
    const seeker = await caseAtDecide(app, t, 'zhambyl', 'zhambyl-2017-231-job-seeker-registration', APPLICANT, jobSeekerForm);
    const seekerDecided = await decide(app, t, 'zhambyl', seeker, { outcome: 'positive' });
    expect(seekerDecided.status).toBe(200);
    const [seekerEntry] = await registryEntriesOf(app, t['zhambyl.executor1'], seeker.id);
    expect(seekerEntry).toMatchObject({ actor: { userId: 'zhambyl.executor1', role: 'executor' }, data: { stepId: 'decide', entry: { registry: 'ais-employment', action: 'jobSeekerRegistered' } } });
    await finish('zhambyl', seeker.id, seekerDecided.body.version);

    // 2. Registration as unemployed (Zhambyl 2017): opens the unemployed card.
    const unemployed = await caseAtDecide(app, t, 'zhambyl', 'zhambyl-2017-231-unemployed-registration', APPLICANT, phoneOnly);
    const unemployedDecided = await decide(app, t, 'zhambyl', unemployed, { outcome: 'positive' });
    expect(unemployedDecided.status).toBe(200);
    const [cardEntry] = await registryEntriesOf(app, t['zhambyl.executor1'], unemployed.id);
    expect(cardEntry?.data).toMatchObject({ stepId: 'decide', entry: { registry: 'ais-employment', action: 'unemployedRegistered' } });
    await finish('zhambyl', unemployed.id, unemployedDecided.body.version);

    // 3. A referral to public works, issued on the unemployed card; the person starts work the next week.
    await moveTo('2026-11-25T05:00:00Z');
    const referral = await caseAtDecide(app, t, 'zhambyl', 'zhambyl-2017-231-active-employment-referral', APPLICANT, { 'desired-measure': 'public-works', ...phoneOnly });
    const referralDecided = await decide(app, t, 'zhambyl', referral, { outcome: 'positive', resultId: 'referral-public-works' });
    expect(referralDecided.status).toBe(200);
    const [referralEntry] = await registryEntriesOf(app, t['zhambyl.executor1'], referral.id);
    expect(referralEntry?.data).toMatchObject({ entry: { action: 'referralIssued' } });
    await finish('zhambyl', referral.id, referralDecided.body.version);

    const history = await app.request('GET', `/api/persons/${APPLICANT}/labour-market`, t['aktobe.executor1']);
    expect(history.body.jobSeekerCards).toEqual([expect.objectContaining({ registeredOn: '2026-11-24', desiredOccupation: 'Сварщик', educationLevel: 'vocational', experienceYears: 4, closedOn: null })]);
    expect(history.body.unemployedCards).toEqual([expect.objectContaining({ id: cardEntry?.data.entry && (cardEntry.data.entry as { recordId: string }).recordId, registeredOn: '2026-11-24', deregisteredOn: null })]);
    expect(history.body.referrals).toEqual([expect.objectContaining({ measure: 'public-works', cardKind: 'unemployed', issuedOn: '2026-11-25', outcome: 'pending' })]);
    const referralId = history.body.referrals[0].id as string;

    await moveTo('2026-12-01T05:00:00Z');
    const otherProvider = await app.request('POST', `/api/labour-market/referrals/${referralId}/outcome`, t['aktobe.executor1'], { outcome: 'started' });
    expect(otherProvider.status).toBe(403);
    expect(otherProvider.body.error.code).toBe('RECORD_OF_ANOTHER_PROVIDER');
    const started = await app.request('POST', `/api/labour-market/referrals/${referralId}/outcome`, t['zhambyl.executor1'], { outcome: 'started' });
    expect(started.body).toMatchObject({ outcome: 'started', outcomeOn: '2026-12-01' });

    // 4. Targeted social assistance assigned for December–February (Aktobe, the executor enters amount and period).
    const tsa = await caseAtDecide(app, t, 'aktobe', 'aktobe-2016-285-targeted-social-assistance', APPLICANT, {
      'family-members-count': 4,
      'family-income': 120000,
      'bank-account': 'KZ12345678901234567',
      ...phoneOnly,
    });
    expect((await enterRegistryData(app, t, 'aktobe', tsa.id, { monthlyAmountTenge: 25_000, periodFrom: '2026-12-01', periodTo: '2027-02-28' })).statusCode).toBe(200);
    const tsaDecided = await decide(app, t, 'aktobe', tsa, { outcome: 'positive' });
    expect(tsaDecided.status).toBe(200);
    await finish('aktobe', tsa.id, tsaDecided.body.version);

    // 5. The certificate of unemployed status for November–December (seed 002's period and three flags).
    const certificate = await caseAtDecide(app, t, 'aktobe', 'aktobe-2016-285-unemployed-certificate', APPLICANT, phoneOnly);
    await enterRegistryData(app, t, 'aktobe', certificate.id, { periodFrom: '2026-11-01', periodTo: '2026-12-31' });
    const certified = await decide(app, t, 'aktobe', certificate, { outcome: 'positive' });
    expect(certified.status).toBe(200);
    const [certificateEntry] = await registryEntriesOf(app, t['aktobe.executor1'], certificate.id);
    expect(certificateEntry?.data).toMatchObject({ stepId: 'decide', entry: { registry: 'ais-labour-market', action: 'unemployedCertificateIssued' } });
    const record = await app.request('GET', `/api/registry-records/${(certificateEntry?.data.entry as { recordId: string }).recordId}`, t['aktobe.executor1']);
    expect(record.body).toMatchObject({
      kind: 'unemployed-certificate',
      caseId: certificate.id,
      validFrom: '2026-11-01',
      validTo: '2026-12-31',
      data: {
        card: { registeredOn: '2026-11-24', deregisteredOn: null },
        publicOrSocialWorks: true,
        trainingOrYouthPractice: false,
        socialOrHousingAssistance: true,
      },
    });
    await finish('aktobe', certificate.id, certified.body.version);
  });

  it('should refuse the referral with the reason when the applicant has no card, and let the executor give a reasoned refusal', async () => {
    const referral = await caseAtDecide(app, t, 'zhambyl', 'zhambyl-2017-231-active-employment-referral', WITHOUT_CARD, phoneOnly);
    const refused = await app.request('POST', `/api/cases/${referral.id}/steps?lang=en`, t['zhambyl.executor1'], {
      stepId: 'decide',
      expectedVersion: referral.version,
      input: { outcome: 'positive', resultId: 'referral-employment' },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({ code: 'REFERRAL_NEEDS_CARD', message: expect.stringContaining('has no individual card of the applicant as a job seeker or an unemployed person') });
    expect(refused.body.error.messages.kk).toContain('жұмыс іздеуші немесе жұмыссыз ретінде жеке картасы жоқ');
    const unchanged = await app.request('GET', `/api/cases/${referral.id}`, t['zhambyl.executor1']);
    expect(unchanged.body).toMatchObject({ version: referral.version, decision: null, openStep: { stepId: 'decide' } });

    const reasoned = await decide(app, t, 'zhambyl', referral, { outcome: 'refusal', groundId: 'not-registered', reasonText: 'Нет карточки ищущего работу или безработного в АИС.' });
    expect(reasoned.body.decision).toMatchObject({ outcome: 'refusal', groundId: 'not-registered' });
    const closed = await finish('zhambyl', referral.id, reasoned.body.version);
    expect(closed.status).toBe('refused');
    expect(await registryEntriesOf(app, t['zhambyl.executor1'], referral.id)).toEqual([]);
    expect((await app.request('GET', `/api/persons/${WITHOUT_CARD}/labour-market`, t['zhambyl.executor1'])).body.referrals).toEqual([]);
  });

  it('should issue the referral on the job-seeker card when the applicant has only that card', async () => {
    const seeker = await caseAtDecide(app, t, 'zhambyl', 'zhambyl-2017-231-job-seeker-registration', JOB_SEEKER_ONLY, jobSeekerForm);
    await finish('zhambyl', seeker.id, (await decide(app, t, 'zhambyl', seeker, { outcome: 'positive' })).body.version);
    const referral = await caseAtDecide(app, t, 'zhambyl', 'zhambyl-2017-231-active-employment-referral', JOB_SEEKER_ONLY, phoneOnly);
    expect((await decide(app, t, 'zhambyl', referral, { outcome: 'positive', resultId: 'referral-youth-practice' })).status).toBe(200);
    const history = await app.request('GET', `/api/persons/${JOB_SEEKER_ONLY}/labour-market`, t['zhambyl.executor1']);
    expect(history.body.referrals).toEqual([expect.objectContaining({ measure: 'youth-practice', cardKind: 'jobSeeker', cardId: history.body.jobSeekerCards[0].id })]);
  });

  it('should close the card on deregistration and refuse a certificate for a period after it', async () => {
    await moveTo('2027-01-11T05:00:00Z');
    const before = await app.request('GET', `/api/persons/${APPLICANT}/labour-market`, t['zhambyl.executor1']);
    const cardId = before.body.unemployedCards[0].id as string;
    const closed = await app.request('POST', `/api/labour-market/unemployed-cards/${cardId}/deregistration`, t['zhambyl.executor1'], { reason: 'employed', deregisteredOn: '2027-01-10' });
    expect(closed.body).toMatchObject({ deregisteredOn: '2027-01-10', deregistrationReason: 'employed' });
    const again = await app.request('POST', `/api/labour-market/unemployed-cards/${cardId}/deregistration`, t['zhambyl.executor1'], { reason: 'ownRequest' });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'UNEMPLOYED_CARD_CLOSED', details: { deregisteredOn: '2027-01-10' } });
    const future = await app.request('POST', `/api/labour-market/referrals/${before.body.referrals[0].id}/outcome`, t['zhambyl.executor1'], { outcome: 'completed', outcomeOn: '2027-02-01' });
    expect(future.status).toBe(400);
    // Said in the executor's words (issue #17), not only in English.
    expect(future.body.error.messages).toEqual({
      kk: '«нәтиже күні» өрісін тексеріңіз: 2027-01-11 күнінен кеш болмауы керек.',
      ru: 'Проверьте поле «дата результата»: должно быть не позже 2027-01-11.',
      en: 'Check the field "date of the outcome": must not be after 2027-01-11.',
    });

    const status = await app.request('GET', `/api/persons/${APPLICANT}/unemployed-status?from=2027-01-11&to=2027-01-31`, t['aktobe.executor1']);
    expect(status.body).toMatchObject({ card: null, publicOrSocialWorks: true, socialOrHousingAssistance: true });

    const certificate = await caseAtDecide(app, t, 'aktobe', 'aktobe-2016-285-unemployed-certificate', APPLICANT, phoneOnly);
    await enterRegistryData(app, t, 'aktobe', certificate.id, { periodFrom: '2027-01-11', periodTo: '2027-01-31' });
    const refused = await decide(app, t, 'aktobe', certificate, { outcome: 'positive' });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({ code: 'NOT_REGISTERED_UNEMPLOYED', details: { periodFrom: '2027-01-11', periodTo: '2027-01-31' } });
  });
});
