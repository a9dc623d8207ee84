import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { addPersons, caseAtDecide, iin, person, registryEntriesOf, signInAll } from '../registries/support/registry-fixtures.ts';

/** Issue #13, finding 6: 50 concurrent decisions on one case — the registry effect ran before the version check. */
describe('a race of decide commands', () => {
  let app: TestApp;
  let t: Record<string, string>;
  const applicant = iin('79060630026');

  beforeAll(async () => {
    app = await startTestApp(import.meta.url, '2026-11-24T05:00:00Z');
    await addPersons(app.ctx.db, [person({ iin: applicant })]);
    t = await signInAll(app, ['aktobe.clerk', 'aktobe.head', 'aktobe.executor1']);
  });
  afterAll(() => app.close());

  it('should let exactly one of 50 concurrent decisions through and answer the rest VERSION_CONFLICT, with one registry record', async () => {
    const form = { 'family-members-count': 3, 'family-income': 80_000, 'bank-account': 'KZ12345678901234567', phone: '+77011234567' };
    const at = await caseAtDecide(app, t, 'aktobe', 'aktobe-2016-285-targeted-social-assistance', applicant, form);
    const command = { stepId: 'decide', expectedVersion: at.version, input: { outcome: 'positive', registryData: { monthlyAmountTenge: 27_000, periodFrom: '2026-12-01', periodTo: '2027-05-31' } } };
    const answers = await Promise.all(Array.from({ length: 50 }, () => app.request('POST', `/api/cases/${at.id}/steps`, t['aktobe.executor1'], command)));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    expect(answers.filter((a) => a.status === 409).every((a) => a.body.error.code === 'VERSION_CONFLICT')).toBe(true);
    expect(await registryEntriesOf(app, t['aktobe.executor1'], at.id)).toHaveLength(1);
  }, 600_000);
});
