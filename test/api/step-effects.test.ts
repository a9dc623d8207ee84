import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StepEffect } from '../../src/application/cases/step-effect.ts';
import { AppError } from '../../src/core/errors/app-error.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { officeApplication } from '../support/office-filing.ts';

const REGULATION = 'zhambyl-2017-231-job-seeker-registration';
const formData = { 'desired-position': 'Driver', 'education-level': 'secondary', phone: '+77011234567', 'consent-publish': true };

/** Stands in for a registry: records the executor's registration, or refuses when the applicant is blocked. */
const blockedIins = new Set(['950101400012']);
/** The steps the effect was run at, in order (issue #19: only the kinds that may do registry work run effects). */
const effectRunAt: string[] = [];
const registerInAis: StepEffect = async ({ step, state }) => {
  effectRunAt.push(step.id);
  if (step.kind !== 'decide') return {};
  if (blockedIins.has(state.applicant.iin)) throw new AppError('EXECUTOR_NOT_ELIGIBLE', 'registry refused');
  return { registryEntries: [{ registry: 'ais-employment', action: 'jobSeekerRegistered', recordId: `JS-${state.applicant.iin}` }] };
};

describe('step effects run inside the step transaction', () => {
  let app: TestApp;
  let tokens: Record<string, string>;

  beforeAll(async () => {
    app = await startTestApp(import.meta.url, '2026-11-24T05:00:00Z', { stepEffects: [registerInAis] });
    tokens = {};
    for (const login of ['zhambyl.clerk', 'zhambyl.head', 'zhambyl.executor1']) tokens[login] = await app.signIn(login);
  });
  afterAll(() => app.close());

  async function caseAtDecision(iin: string) {
    const filed = await app.request('POST', '/api/cases', tokens['zhambyl.clerk'], officeApplication(app.ctx, { regulationId: REGULATION, applicantIin: iin, formData }));
    const id = filed.body.id as string;
    const registered = await app.request('POST', `/api/cases/${id}/steps`, tokens['zhambyl.clerk'], { stepId: 'register', expectedVersion: filed.body.version });
    const assigned = await app.request('POST', `/api/cases/${id}/steps`, tokens['zhambyl.head'], { stepId: 'assign', expectedVersion: registered.body.version, input: { executorId: 'zhambyl.executor1' } });
    return { id, version: assigned.body.version as number };
  }

  it("records the executor's registry update in the case history, inside the executor's step", async () => {
    const { id, version } = await caseAtDecision('880515300120');
    const decided = await app.request('POST', `/api/cases/${id}/steps`, tokens['zhambyl.executor1'], { stepId: 'decide', expectedVersion: version, input: { outcome: 'positive' } });
    expect(decided.status).toBe(200);
    const history = await app.request('GET', `/api/cases/${id}/history`, tokens['zhambyl.executor1']);
    const registry = history.body.find((e: { type: string }) => e.type === 'registryUpdated');
    expect(registry).toMatchObject({ actor: { userId: 'zhambyl.executor1' }, data: { stepId: 'decide', entry: { registry: 'ais-employment', recordId: 'JS-880515300120' } } });
  });

  it('runs no effect at a step that does no registry work (register, assign) and runs them at the decision', async () => {
    effectRunAt.length = 0;
    const { id, version } = await caseAtDecision('880515300208');
    expect(effectRunAt).toEqual([]);
    const decided = await app.request('POST', `/api/cases/${id}/steps`, tokens['zhambyl.executor1'], { stepId: 'decide', expectedVersion: version, input: { outcome: 'positive' } });
    expect(decided.status).toBe(200);
    expect(effectRunAt).toEqual(['decide']);
  });

  it('leaves the case unchanged when the effect fails', async () => {
    const { id, version } = await caseAtDecision('950101400012');
    const refused = await app.request('POST', `/api/cases/${id}/steps`, tokens['zhambyl.executor1'], { stepId: 'decide', expectedVersion: version, input: { outcome: 'positive' } });
    expect(refused.status).toBe(400);
    const after = await app.request('GET', `/api/cases/${id}`, tokens['zhambyl.executor1']);
    expect(after.body).toMatchObject({ version, decision: null, openStep: { stepId: 'decide' } });
  });
});
