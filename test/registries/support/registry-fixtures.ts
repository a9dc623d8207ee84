import type { Database } from '../../../src/adapters/db/database.ts';
import { hashPassword } from '../../../src/adapters/security/password-hash.ts';
import { insertPersons, type PersonRow } from '../../../src/adapters/registries/persons-bulk-insert.ts';
import { DEMO_PASSWORD } from '../../../src/composition/demo-data.ts';
import { withCheckDigit } from '../../../src/core/identity/iin.ts';
import type { TestApp } from '../../support/test-app.ts';
import { officeApplication } from '../../support/office-filing.ts';

/** A valid IIN from its first 11 digits (the prefix must be one that can be issued). */
export function iin(first11: string): string {
  const value = withCheckDigit(first11);
  if (!value) throw new Error(`${first11} never becomes a valid IIN`);
  return value;
}

export function person(row: Partial<PersonRow> & { iin: string }): PersonRow {
  return {
    surname: 'Тестов',
    givenName: 'Тест',
    birthDate: '1990-01-01',
    sex: 'male',
    citizenship: 'KAZ',
    region: 'aktobe',
    ...row,
  };
}

export async function addPersons(db: Database, rows: readonly PersonRow[], links: Parameters<typeof insertPersons>[2] = []): Promise<void> {
  await insertPersons(db, rows, links);
}

/** A rural akim's office with a clerk (login `<id>.clerk`, the demo password), for the akim route. */
export async function addAkimOffice(db: Database, input: { id: string; code: string; region: string; binFirst11: string }): Promise<string> {
  await db.execute(`insert into providers (id, code, region, bin, name, kind) values ($1, $2, $3, $4, $5, 'ruralAkim') on conflict do nothing`, [
    input.id,
    input.code,
    input.region,
    iin(input.binFirst11),
    JSON.stringify({ kk: 'Ауылдық округ әкімі', ru: 'Аким сельского округа', en: 'Akim of the rural district' }),
  ]);
  const login = `${input.id}.clerk`;
  await db.execute(
    `insert into staff (id, provider_id, login, password_hash, role, full_name, iin, region) values ($1, $2, $1, $3, 'clerk', 'Әкім кеңсесі', $4, $5) on conflict do nothing`,
    [login, input.id, await hashPassword(DEMO_PASSWORD), iin('80010130011'), input.region],
  );
  return login;
}

type Tokens = Record<string, string>;

export async function signInAll(app: TestApp, logins: readonly string[]): Promise<Tokens> {
  const tokens: Tokens = {};
  for (const login of logins) tokens[login] = await app.signIn(login);
  return tokens;
}

export interface CaseAtStep {
  readonly id: string;
  readonly version: number;
}

/** Files an application at the office and takes it through register and assign, to the executor's decide step. */
export async function caseAtDecide(
  app: TestApp,
  tokens: Tokens,
  region: 'zhambyl' | 'aktobe',
  regulationId: string,
  applicantIin: string,
  formData: Record<string, unknown>,
): Promise<CaseAtStep> {
  const filed = await app.request('POST', '/api/cases', tokens[`${region}.clerk`], officeApplication(app.ctx, { regulationId, applicantIin, formData }));
  if (filed.status !== 201) throw new Error(`filing ${regulationId}: ${JSON.stringify(filed.body)}`);
  const id = filed.body.id as string;
  const registered = await app.request('POST', `/api/cases/${id}/steps`, tokens[`${region}.clerk`], { stepId: 'register', expectedVersion: filed.body.version });
  const assigned = await app.request('POST', `/api/cases/${id}/steps`, tokens[`${region}.head`], {
    stepId: 'assign',
    expectedVersion: registered.body.version,
    input: { executorId: `${region}.executor1` },
  });
  if (assigned.status !== 200) throw new Error(`assigning ${id}: ${JSON.stringify(assigned.body)}`);
  return { id, version: assigned.body.version as number };
}

/** The executor's decision on a case at its decide step. */
export async function decide(app: TestApp, tokens: Tokens, region: 'zhambyl' | 'aktobe', at: CaseAtStep, input: Record<string, unknown>) {
  return app.request('POST', `/api/cases/${at.id}/steps`, tokens[`${region}.executor1`], { stepId: 'decide', expectedVersion: at.version, input });
}

/** Enters the executor's registry data for the decide step. */
export async function enterRegistryData(app: TestApp, tokens: Tokens, region: 'zhambyl' | 'aktobe', caseId: string, data: Record<string, unknown>, stepId = 'decide') {
  return app.server.inject({
    method: 'PUT',
    url: `/api/cases/${caseId}/steps/${stepId}/registry-data`,
    headers: { authorization: `Bearer ${tokens[`${region}.executor1`]}` },
    payload: { data },
  });
}

export async function registryEntriesOf(app: TestApp, token: string | undefined, caseId: string) {
  const history = await app.request('GET', `/api/cases/${caseId}/history`, token);
  return (history.body as Array<{ type: string; actor: Record<string, unknown>; data: Record<string, unknown> }>).filter((e) => e.type === 'registryUpdated');
}
