import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseRegistries, type Registries } from '../../src/adapters/registries/choose-registries.ts';
import { createRegistryStepEffect } from '../../src/application/registries/registry-step-effect.ts';
import { AppError } from '../../src/core/errors/app-error.ts';
import type { LabourMarketRegistry } from '../../src/core/ports/labour-market-registry.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { caseAtDecide, decide, registryEntriesOf, signInAll } from './support/registry-fixtures.ts';

/** The local registries, with a switch that makes the "Labour market" AIS fail as an unreachable one would. */
let aisDown = false;
const local = chooseRegistries({ persons: 'local' });
const flaky: Registries = {
  ...local,
  labourMarket: (tx) => {
    const real = local.labourMarket(tx);
    return new Proxy(real, {
      get(target, property: keyof LabourMarketRegistry) {
        if (!aisDown) return target[property];
        return () => Promise.reject(new AppError('REGISTRY_UNAVAILABLE', 'AIS "Labour market" timed out', { registry: 'ais-employment' }));
      },
    });
  },
};

describe('a registry outage during the executor step', () => {
  let app: TestApp;
  let t: Record<string, string>;

  beforeAll(async () => {
    app = await startTestApp(import.meta.url, '2026-11-24T05:00:00Z', { stepEffects: [createRegistryStepEffect(flaky)] });
    t = await signInAll(app, ['zhambyl.clerk', 'zhambyl.head', 'zhambyl.executor1']);
  });
  afterAll(() => app.close());

  it('should answer a clear temporary error, change nothing, and succeed when the same command is sent again after the outage', async () => {
    const at = await caseAtDecide(app, t, 'zhambyl', 'zhambyl-2017-231-job-seeker-registration', '880515300120', {
      'desired-position': 'Электрик',
      'education-level': 'vocational',
      phone: '+77011234567',
      'consent-publish': true,
    });
    aisDown = true;
    const failed = await app.request('POST', `/api/cases/${at.id}/steps?lang=kk`, t['zhambyl.executor1'], { stepId: 'decide', expectedVersion: at.version, input: { outcome: 'positive' } });
    expect(failed.status).toBe(503);
    expect(failed.body.error).toMatchObject({
      code: 'REGISTRY_UNAVAILABLE',
      message: '«ais-employment» тізілімі уақытша қолжетімсіз. Қадам орындалмады, ештеңе жоғалған жоқ; кейінірек қайталаңыз.',
      messages: { en: 'The registry "ais-employment" is temporarily unavailable. The step was not done and nothing was lost; please try again later.' },
    });
    const unchanged = await app.request('GET', `/api/cases/${at.id}`, t['zhambyl.executor1']);
    expect(unchanged.body).toMatchObject({ version: at.version, decision: null, openStep: { stepId: 'decide' } });
    expect(await registryEntriesOf(app, t['zhambyl.executor1'], at.id)).toEqual([]);

    aisDown = false;
    const retried = await decide(app, t, 'zhambyl', at, { outcome: 'positive' });
    expect(retried.status).toBe(200);
    expect(await registryEntriesOf(app, t['zhambyl.executor1'], at.id)).toEqual([
      expect.objectContaining({ data: expect.objectContaining({ stepId: 'decide', entry: expect.objectContaining({ action: 'jobSeekerRegistered' }) }) }),
    ]);
    const [row] = await app.ctx.db.execute<{ count: number }>('select count(*)::int as count from lm_job_seekers where iin = $1', ['880515300120']);
    expect(row!.count).toBe(1);
  });
});
