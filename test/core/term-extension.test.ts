import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createKazakhstanDeadlineCalculator } from '../../src/core/calendar/index.ts';
import type { Actor } from '../../src/core/case/actor.ts';
import { executeStep, extendTerm, fileCase, type EngineContext } from '../../src/core/case/case-engine.ts';
import { replay, type CaseState } from '../../src/core/case/case-state.ts';
import type { CaseEvent } from '../../src/core/case/case-events.ts';
import type { AppError } from '../../src/core/errors/app-error.ts';
import { CALENDAR_FILE } from '../support/paths.ts';
import { loadRegulation, ZHAMBYL_JOB_SEEKERS } from '../support/regulations.ts';
import { requiredPaperDocumentIds } from '../support/office-filing.ts';

/*
 * Issue #16: extension of the whole service term. Seed 001 lines 271 and 311 (Semipalatinsk): "Мемлекеттік қызмет
 * көрсету мерзімі ... қосымша сұрау салу, тексеру жүргізу қажет болған жағдайларда 1 (бір) айға ұзартылады" — the
 * term of the service is extended by one month where an inquiry or inspection is needed to decide.
 */
const semipalatinsk = loadRegulation('aktobe-2016-285-semipalatinsk-victims');
const calendar = createKazakhstanDeadlineCalculator({ region: 'aktobe', holidayCalendarJson: JSON.parse(readFileSync(CALENDAR_FILE, 'utf8')) });
const ctx = (iso: string): EngineContext => ({ now: new Date(iso), calendar });
const clerk: Actor = { kind: 'staff', userId: 'clerk-1', role: 'clerk', providerId: 'p1' };
const head: Actor = { kind: 'staff', userId: 'head-1', role: 'head', providerId: 'p1' };
const executor: Actor = { kind: 'staff', userId: 'exec-1', role: 'executor', providerId: 'p1' };
const SEED_001 = readFileSync('/work/shared/seeds/001_51406ac4d181c837.txt', 'utf8').split('\n');

function code(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    return (error as AppError).code;
  }
  return 'no error';
}

function registered(): { state: CaseState; events: CaseEvent[] } {
  const filed = fileCase(
    { caseId: 's1', regulation: semipalatinsk, routeId: 'office', providerId: 'p1', applicant: { iin: '880515300120', fullName: null }, formData: { 'request-type': 'first-time', phone: '+77011234567' }, paperDocumentIds: requiredPaperDocumentIds(semipalatinsk), passedChecks: [], actor: clerk, filingPolicy: 'demonstration' },
    ctx('2026-11-24T05:00:00Z'),
  );
  const reg = executeStep(filed.state, semipalatinsk, { stepId: 'register', expectedVersion: filed.state.version, input: {} }, clerk, ctx('2026-11-24T05:10:00Z'), { journalNumber: 'AKT-1' });
  return { state: reg.state, events: [...filed.events, ...reg.events] };
}

describe('extension of the whole service term (seed 001 lines 271, 311)', () => {
  it('is data with its citation, the roles who may extend it and when, in kk, ru and en', () => {
    const extension = semipalatinsk.termExtension!;
    expect(extension).toMatchObject({ value: 1, unit: 'months', roles: ['head', 'executor'], source: { line: 271 }, otherSources: [{ line: 311 }] });
    for (const line of [271, 311]) expect(SEED_001[line - 1]).toContain('1 (бір) айға ұзартылады');
    expect(new Set(Object.values(extension.when)).size).toBe(3);
    // The step limits carry no extension of their own: the seed extends the term, not a step.
    expect(semipalatinsk.steps.filter((s) => s.limit?.extension)).toEqual([]);
  });

  it('moves the overall due time by a month and gives the decision, opened after, its month too; the history replays to the same', () => {
    const { state, events } = registered();
    const before = state.overallDueAt!;
    const extended = extendTerm(state, semipalatinsk, { expectedVersion: state.version, reason: 'Inquiry to the Semey regional archive' }, head, ctx('2026-11-24T05:20:00Z'));
    expect(extended.state.overallDueAt).toBe(calendar.dueAt(new Date(before), { value: 1, unit: 'months' }).toISOString());
    expect(extended.state.termExtension).toMatchObject({ reason: 'Inquiry to the Semey regional archive', extendedBy: 'head-1', value: 1, unit: 'months' });
    const assigned = executeStep(extended.state, semipalatinsk, { stepId: 'assign', expectedVersion: extended.state.version, input: { executorId: 'exec-1' } }, head, ctx('2026-11-24T05:25:00Z'));
    // 20 working days from registration (line 263) would be 23 Dec 2026 18:10 local; the month moves it into January.
    const decideDue = assigned.state.steps.find((s) => s.stepId === 'decide')!.dueAt!;
    const withoutExtension = calendar.dueAt(new Date('2026-11-24T05:10:00Z'), semipalatinsk.steps.find((s) => s.id === 'decide')!.limit!);
    expect(decideDue).toBe(calendar.dueAt(withoutExtension, { value: 1, unit: 'months' }).toISOString());
    expect(replay([...events, ...extended.events, ...assigned.events])).toEqual(assigned.state);
  });

  it('is refused a second time, after the decision, to a clerk, to an executor not assigned, and without a reason', () => {
    const { state } = registered();
    expect(code(() => extendTerm(state, semipalatinsk, { expectedVersion: state.version, reason: 'Inquiry to the archive' }, clerk, ctx('2026-11-24T05:20:00Z')))).toBe('FORBIDDEN_ROLE');
    expect(code(() => extendTerm(state, semipalatinsk, { expectedVersion: state.version, reason: 'Inquiry to the archive' }, executor, ctx('2026-11-24T05:20:00Z')))).toBe('NOT_ASSIGNED_EXECUTOR');
    expect(code(() => extendTerm(state, semipalatinsk, { expectedVersion: state.version, reason: 'short' }, head, ctx('2026-11-24T05:20:00Z')))).toBe('TERM_EXTENSION_NOT_ALLOWED');
    const once = extendTerm(state, semipalatinsk, { expectedVersion: state.version, reason: 'Inquiry to the archive' }, head, ctx('2026-11-24T05:20:00Z')).state;
    expect(code(() => extendTerm(once, semipalatinsk, { expectedVersion: once.version, reason: 'Second inquiry to the archive' }, head, ctx('2026-11-24T05:30:00Z')))).toBe('TERM_EXTENSION_NOT_ALLOWED');
    const assigned = executeStep(state, semipalatinsk, { stepId: 'assign', expectedVersion: state.version, input: { executorId: 'exec-1' } }, head, ctx('2026-11-24T05:25:00Z')).state;
    const decided = executeStep(assigned, semipalatinsk, { stepId: 'decide', expectedVersion: assigned.version, input: { outcome: 'positive' } }, executor, ctx('2026-11-25T05:00:00Z')).state;
    expect(code(() => extendTerm(decided, semipalatinsk, { expectedVersion: decided.version, reason: 'Inquiry to the archive' }, head, ctx('2026-11-25T06:00:00Z')))).toBe('TERM_EXTENSION_NOT_ALLOWED');
  });

  it('is refused where the regulation allows no extension of the term', () => {
    const zhambyl = loadRegulation(ZHAMBYL_JOB_SEEKERS);
    expect(zhambyl.termExtension).toBeNull();
    const zhambylCalendar = createKazakhstanDeadlineCalculator({ region: 'zhambyl', holidayCalendarJson: JSON.parse(readFileSync(CALENDAR_FILE, 'utf8')) });
    const filed = fileCase(
      { caseId: 'z1', regulation: zhambyl, routeId: 'office', providerId: 'p1', applicant: { iin: '880515300120', fullName: null }, formData: { 'desired-position': 'Accountant', 'education-level': 'higher', phone: '+77011234567', 'consent-publish': true }, paperDocumentIds: requiredPaperDocumentIds(zhambyl), passedChecks: [], actor: clerk, filingPolicy: 'demonstration' },
      { now: new Date('2026-11-24T05:00:00Z'), calendar: zhambylCalendar },
    ).state;
    expect(code(() => extendTerm(filed, zhambyl, { expectedVersion: filed.version, reason: 'Inquiry to the archive' }, head, { now: new Date('2026-11-24T05:05:00Z'), calendar: zhambylCalendar }))).toBe('TERM_EXTENSION_NOT_ALLOWED');
  });
});
