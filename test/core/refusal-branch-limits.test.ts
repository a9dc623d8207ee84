import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createKazakhstanDeadlineCalculator } from '../../src/core/calendar/index.ts';
import type { Actor } from '../../src/core/case/actor.ts';
import { executeStep, fileCase } from '../../src/core/case/case-engine.ts';
import { overallDue } from '../../src/core/case/due-times.ts';
import { CALENDAR_FILE } from '../support/paths.ts';
import { loadRegulation } from '../support/regulations.ts';

/*
 * Issue #16: limits on refusal branches. Seed 001 gives the State Corporation flows' refusal branches their own time:
 * process 4, the "cannot obtain data" message (line 146), and process 7, the message refusing the service for breaches
 * in the documents (line 156), each "(2 минут ішінде)". The definitions carry them, and on the route that runs the
 * flow as written the engine opens process 7 only after a refusal, due 2 minutes after the decision.
 */
const regulation = loadRegulation('aktobe-2016-285-unemployed-registration');
const calendar = createKazakhstanDeadlineCalculator({ region: 'aktobe', holidayCalendarJson: JSON.parse(readFileSync(CALENDAR_FILE, 'utf8')) });
const FILED_AT = new Date('2026-11-24T05:00:00Z'); // Tuesday 10:00 in Aktobe (UTC+5)
const operator: Actor = { kind: 'staff', userId: 'operator-1', role: 'scOperator', providerId: 'sc-1' };
const executor: Actor = { kind: 'staff', userId: 'executor-1', role: 'executor', providerId: 'p1' };
const SEED_001 = readFileSync('/work/shared/seeds/001_51406ac4d181c837.txt', 'utf8').split('\n');

function decided(input: unknown) {
  const filed = fileCase(
    { caseId: 'c', regulation, routeId: 'state-corporation-as-written', providerId: 'p1', applicant: { iin: '880515300120', fullName: null }, formData: { 'education-level': 'secondary', 'desired-occupation': 'Welder', phone: '+77011234567' }, passedChecks: ['personInRegistry', 'documentsComplete', 'authorization', 'signature'], actor: operator, filingPolicy: 'demonstration' },
    { now: FILED_AT, calendar },
  ).state;
  const at = new Date('2026-11-24T05:01:00Z');
  return { at, state: executeStep(filed, regulation, { stepId: 'sc-provider-check', expectedVersion: filed.version, input }, executor, { now: at, calendar }).state };
}

describe('limits on refusal branches (seed 001 lines 146, 156)', () => {
  it('carries the 2 minutes of processes 4 and 7 on the refusal branches of the State Corporation conditions, quoted from their lines', () => {
    const route = regulation.routes.find((r) => r.id === 'state-corporation')!;
    const refusals = route.intakeFlow.filter((item) => item.refusal).map((item) => [item.id, item.refusal?.limit?.value, item.refusal?.limit?.unit, item.refusal?.limit?.source.line]);
    expect(refusals).toEqual([
      ['condition-1', 2, 'minutes', 146],
      ['condition-2', 2, 'minutes', 156],
    ]);
    expect(SEED_001[145]).toContain('4-үдеріс');
    expect(SEED_001[155]).toContain('7-үдеріс');
    for (const line of [146, 156]) expect(SEED_001[line - 1]).toContain('(2 минут ішінде)');
  });

  it('opens the refusal message (process 7) after a refusal, due 2 minutes after the decision', () => {
    const { at, state } = decided({ outcome: 'refusal', groundId: regulation.refusalGrounds[0]!.id, reasonText: 'The attached documents do not meet paragraph 9.' });
    const open = state.steps.find((s) => s.status === 'open');
    expect(open?.stepId).toBe('sc-refusal-message');
    expect(open?.dueAt).toBe(new Date(at.getTime() + 2 * 60_000).toISOString());
  });

  it('skips the refusal branch after a positive decision and leaves it out of the planned overall term', () => {
    const { state } = decided({ outcome: 'positive' });
    expect(state.steps.find((s) => s.stepId === 'sc-refusal-message')?.status).toBe('skipped');
    expect(state.steps.find((s) => s.status === 'open')?.stepId).toBe('sc-issue');
    const route = regulation.routes.find((r) => r.id === 'state-corporation-as-written')!;
    // The positive plan: the provider's 2 minutes (line 154) and the 2 minutes (line 158).
    expect(overallDue(regulation, route, FILED_AT, calendar).dueAt?.toISOString()).toBe('2026-11-24T05:04:00.000Z');
  });
});
