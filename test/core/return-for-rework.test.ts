import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createKazakhstanDeadlineCalculator } from '../../src/core/calendar/index.ts';
import type { Actor } from '../../src/core/case/actor.ts';
import { executeStep, fileCase, returnForRework, type EngineContext } from '../../src/core/case/case-engine.ts';
import { replay, type CaseState } from '../../src/core/case/case-state.ts';
import type { AppError } from '../../src/core/errors/app-error.ts';
import { CALENDAR_FILE } from '../support/paths.ts';
import { loadRegulation, ZHAMBYL_JOB_SEEKERS } from '../support/regulations.ts';
import { requiredPaperDocumentIds } from '../support/office-filing.ts';

const regulation = loadRegulation(ZHAMBYL_JOB_SEEKERS);
const calendar = createKazakhstanDeadlineCalculator({ region: 'zhambyl', holidayCalendarJson: JSON.parse(readFileSync(CALENDAR_FILE, 'utf8')) });
const clerk: Actor = { kind: 'staff', userId: 'clerk-1', role: 'clerk', providerId: 'p1' };
const head: Actor = { kind: 'staff', userId: 'head-1', role: 'head', providerId: 'p1' };
const executor: Actor = { kind: 'staff', userId: 'exec-1', role: 'executor', providerId: 'p1' };
const at = (iso: string): EngineContext => ({ now: new Date(iso), calendar });
const formData = { 'desired-position': 'Accountant', 'education-level': 'higher', phone: '+77011234567', 'consent-publish': true };

function step(state: CaseState, stepId: string, actor: Actor, iso: string, input: unknown = {}, facts = {}) {
  return executeStep(state, regulation, { stepId, expectedVersion: state.version, input }, actor, at(iso), facts).state;
}

function atSign(): { state: CaseState; events: number } {
  const first = fileCase({ caseId: 'c1', regulation, routeId: 'office', providerId: 'p1', applicant: { iin: '880515300120', fullName: null }, formData, paperDocumentIds: requiredPaperDocumentIds(regulation), passedChecks: [], actor: clerk, filingPolicy: 'demonstration' }, at('2026-11-24T04:00:00Z'));
  let state = step(first.state, 'register', clerk, '2026-11-24T04:10:00Z', {}, { journalNumber: 'J-1' });
  state = step(state, 'assign', head, '2026-11-24T04:20:00Z', { executorId: 'exec-1' });
  state = step(state, 'decide', executor, '2026-11-24T05:00:00Z', { outcome: 'positive' });
  return { state, events: state.version };
}

function code(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    return (error as AppError).code;
  }
  return 'none';
}

describe('return for rework (issue #17), pure engine with the clock passed in', () => {
  it("reopens the executor's decision with its full limit from the return and puts the head's step back to pending", () => {
    const { state } = atSign();
    const result = returnForRework(state, regulation, { stepId: 'sign', expectedVersion: state.version, reason: 'Образование не подтверждено' }, head, at('2026-11-24T06:00:00Z'));
    expect(result.events.map((e) => e.data.type)).toEqual(['returnedForRework']);
    const decide = result.state.steps.find((s) => s.stepId === 'decide')!;
    // 11:00 in Taraz + 2 working hours (seed 000 line 716) = 13:00 local = 08:00 UTC, before the lunch break.
    expect(decide).toMatchObject({ status: 'open', openedAt: '2026-11-24T06:00:00.000Z', dueAt: '2026-11-24T08:00:00.000Z', completedAt: null });
    expect(result.state.steps.find((s) => s.stepId === 'sign')).toMatchObject({ status: 'pending', openedAt: null, dueAt: null });
    expect(result.state.decision).toBeNull();
    expect(result.state.overallDueAt).toBe(state.overallDueAt);
    expect(result.state.rework).toEqual({ stepId: 'decide', reason: 'Образование не подтверждено', returnedBy: 'head-1', returnedAt: '2026-11-24T06:00:00.000Z' });
  });

  it('replays to the same state from the events alone, and the next decision clears the note', () => {
    const { state } = atSign();
    const returned = returnForRework(state, regulation, { stepId: 'sign', expectedVersion: state.version, reason: 'Проверьте уровень образования' }, head, at('2026-11-24T06:00:00Z'));
    const redecided = executeStep(returned.state, regulation, { stepId: 'decide', expectedVersion: returned.state.version, input: { outcome: 'positive' } }, executor, at('2026-11-24T06:30:00Z'));
    expect(redecided.state.rework).toBeNull();
    expect(redecided.state.steps.find((s) => s.stepId === 'sign')?.status).toBe('open');
    expect(redecided.state.decision).toMatchObject({ outcome: 'positive' });
    expect(returned.state).toEqual({ ...replay([...rebuild(state), ...returned.events]) });
  });

  it('refuses without a reason, by anyone but the head, at a step that is not the head’s, or on a stale version', () => {
    const { state } = atSign();
    const command = { stepId: 'sign', expectedVersion: state.version, reason: 'Проверьте уровень образования' };
    expect(code(() => returnForRework(state, regulation, { ...command, reason: ' short ' }, head, at('2026-11-24T06:00:00Z')))).toBe('REWORK_REASON_REQUIRED');
    expect(code(() => returnForRework(state, regulation, command, executor, at('2026-11-24T06:00:00Z')))).toBe('FORBIDDEN_ROLE');
    expect(code(() => returnForRework(state, regulation, { ...command, expectedVersion: state.version - 1 }, head, at('2026-11-24T06:00:00Z')))).toBe('VERSION_CONFLICT');
    expect(code(() => returnForRework(state, regulation, { ...command, stepId: 'decide' }, head, at('2026-11-24T06:00:00Z')))).toBe('STEP_NOT_OPEN');
  });
});

/** The events that led to `state`, rebuilt the same way (the engine is deterministic under the same clock). */
function rebuild(_state: CaseState) {
  const first = fileCase({ caseId: 'c1', regulation, routeId: 'office', providerId: 'p1', applicant: { iin: '880515300120', fullName: null }, formData, paperDocumentIds: requiredPaperDocumentIds(regulation), passedChecks: [], actor: clerk, filingPolicy: 'demonstration' }, at('2026-11-24T04:00:00Z'));
  const events = [...first.events];
  let state = first.state;
  for (const [id, actor, iso, input, facts] of [
    ['register', clerk, '2026-11-24T04:10:00Z', {}, { journalNumber: 'J-1' }],
    ['assign', head, '2026-11-24T04:20:00Z', { executorId: 'exec-1' }, {}],
    ['decide', executor, '2026-11-24T05:00:00Z', { outcome: 'positive' }, {}],
  ] as const) {
    const result = executeStep(state, regulation, { stepId: id, expectedVersion: state.version, input }, actor, at(iso), facts);
    events.push(...result.events);
    state = result.state;
  }
  return events;
}
