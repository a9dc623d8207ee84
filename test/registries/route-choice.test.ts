import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addProviderLocations } from '../../src/adapters/db/provider-locations-store.ts';
import { chooseApplicationRoute } from '../../src/application/registries/choose-application-route.ts';
import { akimRouteEligibility, chooseRoute } from '../../src/core/registries/route-choice.ts';
import type { Channel } from '../../src/core/regulation/schema.ts';
import { countingDatabase } from '../support/counting-database.ts';
import { loadRegulation } from '../support/regulations.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { addAkimOffice, addPersons, iin, person } from './support/registry-fixtures.ts';
import { officeApplication } from '../support/office-filing.ts';

describe('route choice by the application (pure)', () => {
  const routeOf = (regulationId: string, channel: Channel, form: Record<string, unknown>) => {
    const choice = chooseRoute(loadRegulation(regulationId), channel, form);
    return choice.ok ? choice.route.id : choice.problem;
  };
  const risk = (channel: Channel, form: Record<string, unknown>) => routeOf('aktobe-2016-285-social-risk-payments', channel, form);

  it('should route social payments by risk as seed 001 lines 1276-1284 say', () => {
    expect(risk('providerOffice', { 'social-risk': 'loss-of-job' })).toBe('department');
    expect(risk('providerOffice', { 'social-risk': 'child-care' })).toBe('notForThisApplication');
    expect(risk('stateCorporation', { 'social-risk': 'loss-of-job' })).toBe('notForThisApplication');
    expect(risk('stateCorporation', { 'social-risk': 'loss-of-job', 'has-unemployed-certificate': true })).toBe('state-corporation-job-loss');
    expect(risk('stateCorporation', { 'social-risk': 'maternity' })).toBe('state-corporation-other-risks');
    expect(risk('stateCorporation', { 'social-risk': 'loss-of-ability-to-work' })).toBe('state-corporation-other-risks');
    expect(risk('stateCorporation', { 'social-risk': 'loss-of-ability-to-work', 'disability-degree-first-set': true })).toBe('notForThisApplication');
    expect(risk('otherAuthority', { 'social-risk': 'loss-of-ability-to-work', 'disability-degree-first-set': true })).toBe('committee-unit');
    expect(risk('portal', { 'social-risk': 'child-care' })).toBe('portal-child-care');
    expect(risk('portal', { 'social-risk': 'loss-of-job' })).toBe('portal-job-loss');
    expect(risk('portal', { 'social-risk': 'maternity' })).toBe('notForThisApplication');
    expect(risk('ruralAkim', { 'social-risk': 'maternity' })).toBe('channelNotOffered');
  });

  it('should send a request for a duplicate certificate to the duplicate route where the regulation has one', () => {
    expect(routeOf('aktobe-2016-285-semipalatinsk-victims', 'providerOffice', { 'request-type': 'first-time' })).toBe('office');
    expect(routeOf('aktobe-2016-285-semipalatinsk-victims', 'providerOffice', { 'request-type': 'duplicate' })).toBe('office-duplicate');
    expect(routeOf('aktobe-2016-285-semipalatinsk-victims', 'stateCorporation', { 'request-type': 'duplicate' })).toBe('state-corporation-duplicate');
    expect(routeOf('aktobe-2016-285-rehabilitated-person-certificate', 'providerOffice', { 'request-type': 'duplicate' })).toBe('office');
  });

  it('should open the akim route only for a known locality with no provider office', () => {
    expect(akimRouteEligibility('alga-v3', [])).toEqual({ eligible: true });
    expect(akimRouteEligibility('alga', ['aktobe-city-employment-department'])).toEqual({ eligible: false, reason: 'providerAtResidence', providerId: 'aktobe-city-employment-department' });
    expect(akimRouteEligibility(null, [])).toEqual({ eligible: false, reason: 'residenceUnknown' });
  });
});

describe('route choice when an application is received', () => {
  let app: TestApp;
  let akimClerk: string;
  let departmentClerk: string;
  const VILLAGER = iin('81010130021');
  const TOWNSMAN = iin('82020230022');
  const fuelForm = { sphere: 'education', employer: 'Алға ауданының №3 мектебі', 'bank-account': 'KZ12345678901234567', phone: '+77011234567' };

  beforeAll(async () => {
    app = await startTestApp(import.meta.url, '2026-11-24T05:00:00Z');
    const login = await addAkimOffice(app.ctx.db, { id: 'alga-v3-akim', code: 'ALG3', region: 'aktobe', binFirst11: '16024000789' });
    await addProviderLocations(app.ctx.db, [
      { providerId: 'aktobe-city-employment-department', region: 'aktobe', district: 'aktobe-city', locality: 'aktobe' },
      { providerId: 'aktobe-city-employment-department', region: 'aktobe', district: 'alga', locality: 'alga' },
      { providerId: 'alga-v3-akim', region: 'aktobe', district: 'alga', locality: 'alga-v3' },
    ]);
    await addPersons(app.ctx.db, [
      person({ iin: VILLAGER, region: 'aktobe', district: 'alga', locality: 'alga-v3' }),
      person({ iin: TOWNSMAN, region: 'aktobe', district: 'alga', locality: 'alga' }),
    ]);
    akimClerk = await app.signIn(login);
    departmentClerk = await app.signIn('aktobe.clerk');
  });
  afterAll(() => app.close());

  const fileAtAkim = (applicantIin: string) =>
    app.request('POST', '/api/cases?lang=ru', akimClerk, officeApplication(app.ctx, { regulationId: 'aktobe-2016-285-rural-specialists-fuel-assistance', channel: 'ruralAkim', applicantIin, formData: fuelForm }));

  it('should read the administrator’s reading choices only for a channel with a route that is one reading (issue #19: no detour otherwise)', async () => {
    const db = countingDatabase(app.ctx.db);
    const ctx = { ...app.ctx, db };
    const social = app.ctx.catalog.get('aktobe-2016-285-social-risk-payments');
    expect(social.routes.some((route) => route.channel === 'providerOffice' && route.reading)).toBe(true);
    db.reset();
    expect((await chooseApplicationRoute(ctx, social, 'providerOffice', { 'social-risk': 'loss-of-job' }, null)).id).toBe('department');
    expect(db.roundTrips().statements.join(' ')).toMatch(/reading/);
    const certificate = app.ctx.catalog.get('aktobe-2016-285-rehabilitated-person-certificate');
    expect(certificate.routes.some((route) => route.reading)).toBe(false);
    db.reset();
    expect((await chooseApplicationRoute(ctx, certificate, 'providerOffice', { 'request-type': 'first-time' }, null)).id).toBe('office');
    expect(db.roundTrips().count).toBe(0);
  });

  it("should file through the akim when the applicant's village has no provider office", async () => {
    const filed = await fileAtAkim(VILLAGER);
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({ routeId: 'rural-akim', channel: 'ruralAkim', providerId: 'alga-v3-akim', openStep: { stepId: 'akim-register' } });
  });

  it('should refuse the akim route with AKIM_ROUTE_NOT_ELIGIBLE when a provider has an office where the applicant lives', async () => {
    const refused = await fileAtAkim(TOWNSMAN);
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({
      code: 'AKIM_ROUTE_NOT_ELIGIBLE',
      message: 'По месту жительства заявителя есть услугодатель; через акима заявление подается, только если его нет. Обратитесь к услугодателю.',
      details: { providerId: 'aktobe-city-employment-department' },
    });
  });

  it('should refuse the akim route with RESIDENCE_UNKNOWN when the persons database gives no locality', async () => {
    const refused = await fileAtAkim('880515300208');
    expect(refused.body.error.code).toBe('RESIDENCE_UNKNOWN');
  });

  it('should refuse a social payment at a channel that does not take its risk, naming the risk', async () => {
    const refused = await app.request('POST', '/api/cases?lang=en', departmentClerk, {
      regulationId: 'aktobe-2016-285-social-risk-payments',
      applicantIin: '880515300208',
      formData: { 'social-risk': 'child-care', 'bank-account': 'KZ12345678901234567', phone: '+77011234567' },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({ code: 'ROUTE_NOT_FOR_APPLICATION', details: { channel: 'providerOffice', field: 'social-risk', value: 'child-care' } });
    const filed = await app.request('POST', '/api/cases', departmentClerk, officeApplication(app.ctx, {
      regulationId: 'aktobe-2016-285-social-risk-payments',
      applicantIin: '880515300208',
      formData: { 'social-risk': 'loss-of-job', 'bank-account': 'KZ12345678901234567', phone: '+77011234567' },
    }));
    expect(filed.body).toMatchObject({ routeId: 'department' });
  });
});
