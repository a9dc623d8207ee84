import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlExecutor } from '../../src/adapters/db/database.ts';
import { chooseRegistries } from '../../src/adapters/registries/choose-registries.ts';
import { loadConfig } from '../../src/config/config.ts';
import { createLocalPersonsRegistry } from '../../src/adapters/registries/local-persons-registry.ts';
import { receiveApplication } from '../../src/application/cases/receive-application.ts';
import type { RegistryContext } from '../../src/application/registries/registries.ts';
import { findStaff } from '../../src/adapters/db/staff-store.ts';
import { isAppError } from '../../src/core/errors/app-error.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { addPersons, iin, person, signInAll } from './support/registry-fixtures.ts';
import { officeApplication } from '../support/office-filing.ts';

const MOTHER = iin('70030340012');
const FATHER = iin('68111230013');
const CHILD = iin('05070150014');
const NOBODY = iin('99123130077');

/** A database whose every statement fails, as when the registry's host is down. */
const unreachable: SqlExecutor = {
  query: async () => {
    throw new Error('connect ECONNREFUSED 10.0.0.1:5432');
  },
  execute: async () => {
    throw new Error('connect ECONNREFUSED 10.0.0.1:5432');
  },
  exec: async () => {
    throw new Error('connect ECONNREFUSED 10.0.0.1:5432');
  },
};

describe('persons database (ГБД ФЛ): lookup by IIN', () => {
  let app: TestApp;
  let tokens: Record<string, string>;

  beforeAll(async () => {
    app = await startTestApp(import.meta.url, '2026-11-24T05:00:00Z');
    await addPersons(
      app.ctx.db,
      [
        person({ iin: MOTHER, surname: 'Қасымова', givenName: 'Гүлнар', patronymic: 'Әбілқызы', surnameRu: 'Касымова', givenNameRu: 'Гульнар', patronymicRu: 'Абиловна', birthDate: '1970-03-03', sex: 'female', region: 'aktobe', district: 'alga', locality: 'alga', addressLine: 'Абай көшесі, 12' }),
        person({ iin: FATHER, surname: 'Қасымов', givenName: 'Ерлан', birthDate: '1968-11-12', citizenship: 'RUS' }),
        person({ iin: CHILD, surname: 'Қасымов', givenName: 'Айдос', birthDate: '2005-07-01' }),
      ],
      [
        { personIin: MOTHER, relativeIin: FATHER, relation: 'spouse' },
        { personIin: MOTHER, relativeIin: CHILD, relation: 'child' },
        { personIin: CHILD, relativeIin: MOTHER, relation: 'parent' },
      ],
    );
    tokens = await signInAll(app, ['aktobe.clerk', 'aktobe.executor1', 'aktobe.supervisor']);
  });
  afterAll(() => app.close());

  it('should return names in Kazakh and Russian, birth date, sex, citizenship, address and family when the IIN is in the registry', async () => {
    const found = await app.request('GET', `/api/persons/${MOTHER}`, tokens['aktobe.executor1']);
    expect(found.status).toBe(200);
    expect(found.body).toEqual({
      iin: MOTHER,
      name: { kk: { surname: 'Қасымова', givenName: 'Гүлнар', patronymic: 'Әбілқызы' }, ru: { surname: 'Касымова', givenName: 'Гульнар', patronymic: 'Абиловна' } },
      birthDate: '1970-03-03',
      sex: 'female',
      citizenship: 'KAZ',
      address: { region: 'aktobe', district: 'alga', locality: 'alga', line: 'Абай көшесі, 12' },
      deathDate: null,
      family: [
        { relation: 'child', iin: CHILD, fullName: 'Қасымов Айдос' },
        { relation: 'spouse', iin: FATHER, fullName: 'Қасымов Ерлан' },
      ],
    });
  });

  it('should give the Kazakh spelling in Russian too when the registry holds one spelling', async () => {
    const registry = createLocalPersonsRegistry(app.ctx.db);
    const demo = await registry.findByIin('880515300120');
    expect(demo?.name.ru).toEqual({ surname: 'Серікбаев', givenName: 'Данияр', patronymic: 'Ерланұлы' });
    expect(demo?.address).toEqual({ region: 'zhambyl', district: null, locality: null, line: null });
  });

  it('should answer null from the registry and 404 PERSON_NOT_FOUND from the API when nobody has the IIN', async () => {
    expect(await createLocalPersonsRegistry(app.ctx.db).findByIin(NOBODY)).toBeNull();
    const missing = await app.request('GET', `/api/persons/${NOBODY}?lang=ru`, tokens['aktobe.clerk']);
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({ code: 'PERSON_NOT_FOUND', message: `В государственной базе данных «Физические лица» нет лица с ИИН ${NOBODY}.` });
  });

  it('should answer 400 INVALID_IIN when the IIN has a wrong check digit', async () => {
    const wrong = await app.request('GET', '/api/persons/880515300121', tokens['aktobe.clerk']);
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.code).toBe('INVALID_IIN');
  });

  it('should throw PERSONS_REGISTRY_UNAVAILABLE, an external error, when the registry cannot answer', async () => {
    const error = await createLocalPersonsRegistry(unreachable).findByIin(MOTHER).catch((e: unknown) => e);
    expect(isAppError(error) && { code: error.code, status: error.httpStatus, errorClass: error.errorClass }).toEqual({
      code: 'PERSONS_REGISTRY_UNAVAILABLE',
      status: 503,
      errorClass: 'external',
    });
  });

  it('should refuse the lookup to a supervisor, who handles no applications', async () => {
    const refused = await app.request('GET', `/api/persons/${MOTHER}`, tokens['aktobe.supervisor']);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('FORBIDDEN_ROLE');
  });

  it("should take the applicant's name from the registry when an application is received", async () => {
    const filed = await app.request('POST', '/api/cases', tokens['aktobe.clerk'], officeApplication(app.ctx, {
      regulationId: 'aktobe-2016-285-unemployed-registration',
      applicantIin: MOTHER,
      formData: { 'education-level': 'higher', 'desired-occupation': 'Бухгалтер', phone: '+77011234567' },
    }));
    expect(filed.status).toBe(201);
    expect(filed.body.applicant).toEqual({ iin: MOTHER, fullName: 'Қасымова Гүлнар Әбілқызы' });
  });

  it("should refuse a State Corporation application with the seed's 'no data' message when the person is not in the registry", async () => {
    // The State Corporation's intake flow runs when the desk forwards the application through the gateway (an office
    // files only its own channel, access-policy.ts).
    const operator = await app.signIn('aktobe.operator');
    await app.request('POST', '/api/desk/tickets', operator);
    const ticket = await app.request('POST', '/api/desk/tickets/call-next', operator);
    const refused = await app.request('POST', '/api/desk/submissions?lang=ru', operator, {
      ticketId: ticket.body.id,
      regulationId: 'aktobe-2016-285-unemployed-registration',
      applicantIin: NOBODY,
      formData: { 'education-level': 'higher', 'desired-occupation': 'Бухгалтер', phone: '+77011234567' },
      requestSignature: 'MIIB-test-signature-of-the-operator',
    });
    expect(refused.body.error.code).toBe('PERSON_NOT_IN_REGISTRY');
    expect(refused.body.error.messages.ru).toContain('Получение данных невозможно в связи с отсутствием данных услугополучателя в ГБД ФЛ');
  });

  it('should file nothing and answer 503 when the registry is down during receipt, and file on the retry once it is back', async () => {
    const clerk = (await findStaff(app.ctx.db, 'aktobe.clerk'))!;
    const input = officeApplication(app.ctx, {
      regulationId: 'aktobe-2016-285-unemployed-registration',
      channel: 'providerOffice' as const,
      applicantIin: FATHER,
      formData: { 'education-level': 'secondary', 'desired-occupation': 'Жүргізуші', phone: '+77011234567' },
    });
    const down = { ...app.ctx, registries: { ...chooseRegistries({ persons: 'local' }), persons: () => createLocalPersonsRegistry(unreachable) } } satisfies RegistryContext;
    const error = await receiveApplication(down, clerk, input).catch((e: unknown) => e);
    expect(isAppError(error) && [error.code, error.httpStatus]).toEqual(['PERSONS_REGISTRY_UNAVAILABLE', 503]);
    const [{ count }] = (await app.ctx.db.execute<{ count: number }>('select count(*)::int as count from cases where applicant_iin = $1', [FATHER])) as [{ count: number }];
    expect(count).toBe(0);
    const filed = await receiveApplication(app.ctx, clerk, input);
    expect(filed.applicant.fullName).toBe('Қасымов Ерлан');
  });

  it('should stop start-up naming QYZMET_PERSONS_REGISTRY when it names an implementation that does not exist', () => {
    expect(loadConfig({}).personsRegistry).toBe('local');
    const error = (() => {
      try {
        loadConfig({ QYZMET_PERSONS_REGISTRY: 'egov-gateway' });
      } catch (e) {
        return e;
      }
    })();
    expect(isAppError(error) && [error.code, error.details.field]).toEqual(['CONFIG_INVALID', 'QYZMET_PERSONS_REGISTRY']);
  });
});
