import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createKazakhstanDeadlineCalculator } from '../../src/core/calendar/index.ts';
import type { Actor } from '../../src/core/case/actor.ts';
import { executeStep, extendStep, extendTerm, fileCase, type EngineContext } from '../../src/core/case/case-engine.ts';
import { caseResultIds, replay, type CaseState } from '../../src/core/case/case-state.ts';
import { AppError } from '../../src/core/errors/app-error.ts';
import { CALENDAR_FILE } from '../support/paths.ts';
import { loadRegulation, ZHAMBYL_JOB_SEEKERS } from '../support/regulations.ts';
import { requiredPaperDocumentIds } from '../support/office-filing.ts';

const regulation = loadRegulation(ZHAMBYL_JOB_SEEKERS);
const calendar = createKazakhstanDeadlineCalculator({ region: 'zhambyl', holidayCalendarJson: JSON.parse(readFileSync(CALENDAR_FILE, 'utf8')) });
const clerk: Actor = { kind: 'staff', userId: 'clerk-1', role: 'clerk', providerId: 'p1' };
const head: Actor = { kind: 'staff', userId: 'head-1', role: 'head', providerId: 'p1' };
const executor: Actor = { kind: 'staff', userId: 'exec-1', role: 'executor', providerId: 'p1' };
const otherExecutor: Actor = { kind: 'staff', userId: 'exec-2', role: 'executor', providerId: 'p1' };
const at = (iso: string): EngineContext => ({ now: new Date(iso), calendar });
const formData = { 'desired-position': 'Accountant', 'education-level': 'higher', phone: '+77011234567', 'consent-publish': true };

function filed(): CaseState {
  return fileCase(
    {
      caseId: 'case-1',
      regulation,
      routeId: 'office',
      providerId: 'p1',
      applicant: { iin: '880515300120', fullName: null },
      formData,
      paperDocumentIds: requiredPaperDocumentIds(regulation),
      passedChecks: [],
      actor: clerk,
      filingPolicy: 'demonstration',
    },
    at('2026-11-24T05:00:00Z'), // Tuesday 10:00 in UTC+5
  ).state;
}

function completeStep(state: CaseState, stepId: string, actor: Actor, iso: string, input: unknown = {}, facts = {}) {
  return executeStep(state, regulation, { stepId, expectedVersion: state.version, input }, actor, at(iso), facts);
}

function throwsCode(action: () => unknown, code: string) {
  let caught: unknown;
  try {
    action();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(AppError);
  expect((caught as AppError).code).toBe(code);
}

describe('case engine: Zhambyl 2017 registration of persons seeking work, office route', () => {
  it('opens the clerk step with a 20-minute due time and plans the overall due time from the step limits', () => {
    const state = filed();
    expect(state.status).toBe('received');
    expect(state.steps.map((s) => [s.stepId, s.status, s.dueAt])).toEqual([
      ['register', 'open', '2026-11-24T05:20:00.000Z'],
      ['assign', 'pending', null],
      ['decide', 'pending', null],
      ['sign', 'pending', null],
      ['issue', 'pending', null],
    ]);
    // 10:00 +20m +20m +2h = 12:40; +3h of working time across the 13:00–14:30 lunch = 17:10; +10m = 17:20 (UTC+5).
    expect(state.overallDueAt).toBe('2026-11-24T12:20:00.000Z');
  });

  it('runs all five steps, each with its own limit, and keeps the whole history', () => {
    let state = filed();
    state = completeStep(state, 'register', clerk, '2026-11-24T05:10:00Z', {}, { journalNumber: 'J-1' }).state;
    expect(state.status).toBe('inWork');
    expect(state.steps[1]?.dueAt).toBe('2026-11-24T05:30:00.000Z'); // 20 min
    state = completeStep(state, 'assign', head, '2026-11-24T05:25:00Z', { executorId: 'exec-1' }).state;
    expect(state.steps[2]?.dueAt).toBe('2026-11-24T07:25:00.000Z'); // 2 h
    state = completeStep(state, 'decide', executor, '2026-11-24T07:00:00Z', { outcome: 'positive' }).state;
    expect(state.steps[3]?.dueAt).toBe('2026-11-24T11:30:00.000Z'); // 3 h of working time: 12:00–13:00, 14:30–16:30
    state = completeStep(state, 'sign', head, '2026-11-24T11:00:00Z', { signature: 'MIIB'.padEnd(40, 'A') }).state;
    expect(state.steps[4]?.dueAt).toBe('2026-11-24T11:10:00.000Z'); // 10 min
    const last = completeStep(state, 'issue', clerk, '2026-11-24T11:05:00Z', { method: 'inPerson' });
    state = last.state;

    expect(state.status).toBe('completed');
    expect(state.closedAt).toBe('2026-11-24T11:05:00.000Z');
    expect(state.decision).toEqual({ outcome: 'positive', resultId: 'registration-notice' });
    expect(state.journalNumber).toBe('J-1');
    expect(state.steps.every((s) => s.status === 'done' && !s.overdue)).toBe(true);
    expect(last.events.map((e) => e.data.type)).toEqual(['resultIssued', 'stepCompleted', 'statusChanged', 'caseClosed']);
  });

  it('rebuilds the same state from the stored history alone', () => {
    const first = fileCase(
      { caseId: 'c', regulation, routeId: 'office', providerId: 'p1', applicant: { iin: '880515300120', fullName: null }, formData, paperDocumentIds: requiredPaperDocumentIds(regulation), passedChecks: [], actor: clerk, filingPolicy: 'demonstration' },
      at('2026-11-24T05:00:00Z'),
    );
    const second = completeStep(first.state, 'register', clerk, '2026-11-24T05:30:00Z', {}, { journalNumber: 'J-2' });
    expect(replay([...first.events, ...second.events])).toEqual(second.state);
    expect(second.state.steps[0]?.overdue).toBe(true); // done at 10:30, due 10:20
  });

  it('ends with status refused when the executor prepares a reasoned refusal', () => {
    let state = filed();
    state = completeStep(state, 'register', clerk, '2026-11-24T05:10:00Z', {}, { journalNumber: 'J-3' }).state;
    state = completeStep(state, 'assign', head, '2026-11-24T05:20:00Z', { executorId: 'exec-1' }).state;
    state = completeStep(state, 'decide', executor, '2026-11-24T06:00:00Z', {
      outcome: 'refusal',
      groundId: 'incomplete-documents',
      reasonText: 'The identity document was not presented.',
    }).state;
    state = completeStep(state, 'sign', head, '2026-11-24T06:30:00Z', { signature: 'MIIB'.padEnd(40, 'A') }).state;
    state = completeStep(state, 'issue', clerk, '2026-11-24T06:35:00Z', { method: 'inPerson' }).state;
    expect(state.status).toBe('refused');
    expect(state.decision).toMatchObject({ outcome: 'refusal', groundId: 'incomplete-documents', resultId: 'reasoned-refusal' });
  });

  it('refuses a step to the wrong role, a stale version, a step that is not open, and another executor', () => {
    let state = filed();
    throwsCode(() => completeStep(state, 'register', head, '2026-11-24T05:05:00Z', {}, { journalNumber: 'J' }), 'FORBIDDEN_ROLE');
    throwsCode(() => completeStep(state, 'assign', head, '2026-11-24T05:05:00Z', { executorId: 'exec-1' }), 'STEP_NOT_OPEN');
    throwsCode(
      () => executeStep(state, regulation, { stepId: 'register', expectedVersion: state.version - 1, input: {} }, clerk, at('2026-11-24T05:05:00Z'), { journalNumber: 'J' }),
      'VERSION_CONFLICT',
    );
    state = completeStep(state, 'register', clerk, '2026-11-24T05:10:00Z', {}, { journalNumber: 'J-4' }).state;
    state = completeStep(state, 'assign', head, '2026-11-24T05:20:00Z', { executorId: 'exec-1' }).state;
    throwsCode(() => completeStep(state, 'decide', otherExecutor, '2026-11-24T05:30:00Z', { outcome: 'positive' }), 'NOT_ASSIGNED_EXECUTOR');
    throwsCode(() => completeStep(state, 'decide', executor, '2026-11-24T05:30:00Z', { outcome: 'refusal', groundId: 'nope', reasonText: 'long enough reason' }), 'INVALID_STEP_INPUT');
  });

  it('rejects form data that does not follow the regulation fields, naming the field', () => {
    let caught: unknown;
    try {
      fileCase(
        { caseId: 'c', regulation, routeId: 'office', providerId: 'p1', applicant: { iin: '880515300120', fullName: null }, formData: { ...formData, 'education-level': 'phd' }, paperDocumentIds: requiredPaperDocumentIds(regulation), passedChecks: [], actor: clerk, filingPolicy: 'demonstration' },
        at('2026-11-24T05:00:00Z'),
      );
    } catch (error) {
      caught = error;
    }
    expect((caught as AppError).code).toBe('APPLICATION_INCOMPLETE');
    expect((caught as AppError).details.missingFields).toBe('education-level');
    expect((caught as AppError).userMessage.ru).toBe('Заявление заполнено не полностью: «Уровень образования» — должно быть одним из: Среднее, Техническое и профессиональное, Высшее.');
  });

  it('checks the paper originals on every office filing: no list given means none was handed over', () => {
    // Issue #17: an office filing that leaves `paperDocumentIds` out must not skip the required-document check.
    const office = { caseId: 'c', regulation, routeId: 'office', providerId: 'p1', applicant: { iin: '880515300120', fullName: null }, formData, passedChecks: [], actor: clerk, filingPolicy: 'demonstration' as const };
    let caught: unknown;
    try {
      fileCase(office, at('2026-11-24T05:00:00Z'));
    } catch (error) {
      caught = error;
    }
    expect((caught as AppError).code).toBe('APPLICATION_INCOMPLETE');
    expect((caught as AppError).details.missingDocuments).toBe('identity-document');
    expect((caught as AppError).userMessage.ru).toContain('не сдан документ: «Документ, удостоверяющий личность»');
    expect(fileCase({ ...office, paperDocumentIds: ['identity-document'] }, at('2026-11-24T05:00:00Z')).state.paperDocumentIds).toEqual(['identity-document']);
    // The portal's documents are uploads, checked by the sender before the message leaves: no paper list there.
    const portal = fileCase({ ...office, routeId: 'portal', passedChecks: ['authorization', 'signature'], actor: { kind: 'citizen', iin: '880515300120' } as Actor }, at('2026-11-24T05:00:00Z'));
    expect(portal.state.paperDocumentIds).toEqual([]);
  });

  it('does not accept a portal application whose EDS condition was not passed, and delivers portal results by itself', () => {
    const input = { caseId: 'c', regulation, routeId: 'portal', providerId: 'p1', applicant: { iin: '880515300120', fullName: null }, formData, passedChecks: ['authorization'], actor: { kind: 'citizen', iin: '880515300120' } as Actor, filingPolicy: 'demonstration' as const };
    throwsCode(() => fileCase(input, at('2026-11-24T05:00:00Z')), 'INTAKE_CONDITION_NOT_MET');
    let state = fileCase({ ...input, passedChecks: ['authorization', 'signature'] }, at('2026-11-24T05:00:00Z')).state;
    state = completeStep(state, 'register', clerk, '2026-11-24T05:10:00Z', {}, { journalNumber: 'J-5' }).state;
    state = completeStep(state, 'assign', head, '2026-11-24T05:20:00Z', { executorId: 'exec-1' }).state;
    state = completeStep(state, 'decide', executor, '2026-11-24T06:00:00Z', { outcome: 'positive' }).state;
    state = completeStep(state, 'sign-by-executor', executor, '2026-11-24T06:10:00Z', { signature: 'MIIB'.padEnd(40, 'A') }).state;
    expect(state.status).toBe('completed');
    expect(state.steps.at(-1)).toMatchObject({ stepId: 'deliver-to-cabinet', status: 'done', completedBy: 'system' });
  });

  it('counts limits in working time across the Nauryz 2026 cascade (21–25 March off)', () => {
    // Friday 20 March 2026, 18:20 in Taraz (UTC+5): 10 working minutes are left that day; the next working
    // moment is Thursday 26 March 09:00, because Nauryz (21–23) falls on Sat–Mon and moves to 24 and 25 March.
    const state = fileCase(
      { caseId: 'nauryz', regulation, routeId: 'office', providerId: 'p1', applicant: { iin: '880515300120', fullName: null }, formData, paperDocumentIds: requiredPaperDocumentIds(regulation), passedChecks: [], actor: clerk, filingPolicy: 'demonstration' },
      at('2026-03-20T13:20:00Z'),
    ).state;
    expect(state.steps[0]?.dueAt).toBe('2026-03-26T04:10:00.000Z'); // Thursday 09:10 local
  });
});

describe('case engine: Semipalatinsk, Aktobe 2016 (steps by outcome, extension of a limit)', () => {
  const semipalatinsk = loadRegulation('aktobe-2016-285-semipalatinsk-victims');
  const aktobeCalendar = createKazakhstanDeadlineCalculator({ region: 'aktobe', holidayCalendarJson: JSON.parse(readFileSync(CALENDAR_FILE, 'utf8')) });
  const ctx = (iso: string): EngineContext => ({ now: new Date(iso), calendar: aktobeCalendar });
  const formData = { 'request-type': 'first-time', phone: '+77011234567' };

  function atDecision(): CaseState {
    let state = fileCase(
      { caseId: 's1', regulation: semipalatinsk, routeId: 'office', providerId: 'p1', applicant: { iin: '880515300120', fullName: null }, formData, paperDocumentIds: requiredPaperDocumentIds(semipalatinsk), passedChecks: [], actor: clerk, filingPolicy: 'demonstration' },
      ctx('2026-11-24T05:00:00Z'),
    ).state;
    state = executeStep(state, semipalatinsk, { stepId: 'register', expectedVersion: state.version, input: {} }, clerk, ctx('2026-11-24T05:10:00Z'), { journalNumber: 'AKT-1' }).state;
    return executeStep(state, semipalatinsk, { stepId: 'assign', expectedVersion: state.version, input: { executorId: 'exec-1' } }, head, ctx('2026-11-24T05:15:00Z')).state;
  }

  it('counts the decision from registration and extends the whole service term once by a month for an extra inquiry (seed 001 line 271)', () => {
    const state = atDecision();
    // 20 working days after Tue 24 Nov 2026, excluding 16 Dec (Independence Day) and 1–2 Jan: 23 Dec 2026, 18:30 (UTC+5).
    expect(state.steps.find((s) => s.stepId === 'decide')?.dueAt).toBe('2026-12-23T13:30:00.000Z');
    // The step itself has no extension of its own: the seed extends the service term, not the step.
    throwsCode(() => extendStep(state, semipalatinsk, { stepId: 'decide', expectedVersion: state.version, reason: 'Inquiry to the archive of the Semey region' }, executor, ctx('2026-12-01T05:00:00Z')), 'INVALID_STEP_INPUT');
    const extended = extendTerm(state, semipalatinsk, { expectedVersion: state.version, reason: 'Inquiry to the archive of the Semey region' }, executor, ctx('2026-12-01T05:00:00Z')).state;
    expect(extended.termExtension).toMatchObject({ reason: 'Inquiry to the archive of the Semey region', value: 1, unit: 'months' });
    expect(Date.parse(extended.steps.find((s) => s.stepId === 'decide')!.dueAt!)).toBeGreaterThan(Date.parse('2027-01-22T00:00:00Z'));
    throwsCode(() => extendTerm(extended, semipalatinsk, { expectedVersion: extended.version, reason: 'A second inquiry to the archive' }, executor, ctx('2026-12-02T05:00:00Z')), 'TERM_EXTENSION_NOT_ALLOWED');
    throwsCode(() => extendTerm(state, semipalatinsk, { expectedVersion: state.version, reason: 'Inquiry to the archive' }, clerk, ctx('2026-12-01T05:00:00Z')), 'FORBIDDEN_ROLE');
  });

  it('skips the certificate after a refusal and draws it up after a positive decision', () => {
    const decide = (input: unknown) => {
      const state = atDecision();
      return executeStep(state, semipalatinsk, { stepId: 'decide', expectedVersion: state.version, input }, executor, ctx('2026-11-25T05:00:00Z')).state;
    };
    const refused = decide({ outcome: 'refusal', groundId: 'affected-status-not-confirmed', reasonText: 'Residence in the zone in 1949–1990 is not confirmed.' });
    expect(refused.steps.find((s) => s.stepId === 'prepare-certificate')?.status).toBe('skipped');
    expect(refused.steps.find((s) => s.stepId === 'sign')?.status).toBe('open');
    const positive = decide({ outcome: 'positive', resultId: 'recognition-decision' });
    expect(positive.steps.find((s) => s.stepId === 'prepare-certificate')?.status).toBe('open');
  });

  // Seed 001 lines 232-234: the result is the recognition decision AND the certificate (or its duplicate); lines 226
  // and 242: the service and its result are on paper only.
  it('yields the decision and the certificate on a first-time application, and refuses the duplicate there (seed 001 lines 232-234)', () => {
    const state = atDecision();
    throwsCode(() => executeStep(state, semipalatinsk, { stepId: 'decide', expectedVersion: state.version, input: { outcome: 'positive', resultId: 'certificate-duplicate' } }, executor, ctx('2026-11-25T05:00:00Z')), 'INVALID_STEP_INPUT');
    const decided = executeStep(state, semipalatinsk, { stepId: 'decide', expectedVersion: state.version, input: { outcome: 'positive' } }, executor, ctx('2026-11-25T05:00:00Z')).state;
    // And the compensation, a payment by the State Corporation to the personal account (lines 236-238): the form names
    // no sentence being served, so not the control account (line 240).
    expect(caseResultIds(decided)).toEqual(['recognition-decision', 'certificate', 'compensation-personal-account']);
  });

  it('issues both documents, on paper only: e-mail and the personal cabinet are refused (seed 001 lines 226, 242), and completes only when both are issued', () => {
    let state = atDecision();
    const step = (stepId: string, actor: Actor, input: unknown, iso: string) => {
      state = executeStep(state, semipalatinsk, { stepId, expectedVersion: state.version, input }, actor, ctx(iso)).state;
    };
    step('decide', executor, { outcome: 'positive' }, '2026-11-25T05:00:00Z');
    step('prepare-certificate', executor, {}, '2026-11-25T06:00:00Z');
    // The decision alone is not enough: the certificate is its own document with its own signature (lines 232-234).
    throwsCode(() => executeStep(state, semipalatinsk, { stepId: 'sign', expectedVersion: state.version, input: { signature: 'MIIB'.padEnd(40, 'A') } }, head, ctx('2026-11-25T07:00:00Z')), 'INVALID_STEP_INPUT');
    step('sign', head, { signatures: { 'recognition-decision': 'MIIB'.padEnd(40, 'A'), certificate: 'MIIC'.padEnd(40, 'A') } }, '2026-11-25T07:00:00Z');
    expect(state.signatures.map((s) => s.resultId)).toEqual(['recognition-decision', 'certificate']);
    for (const method of ['email', 'personalCabinet']) {
      throwsCode(() => executeStep(state, semipalatinsk, { stepId: 'issue', expectedVersion: state.version, input: { method } }, clerk, ctx('2026-11-25T08:00:00Z')), 'INVALID_STEP_INPUT');
    }
    throwsCode(() => executeStep(state, semipalatinsk, { stepId: 'issue', expectedVersion: state.version, input: { methods: { 'recognition-decision': 'inPerson' } } }, clerk, ctx('2026-11-25T08:00:00Z')), 'INVALID_STEP_INPUT');
    expect(state.status).toBe('inWork');
    step('issue', clerk, { methods: { 'recognition-decision': 'inPerson', certificate: 'post' } }, '2026-11-25T08:00:00Z');
    expect(state.status).toBe('completed');
    expect(state.issuedResults).toEqual([
      { resultId: 'recognition-decision', method: 'inPerson' },
      { resultId: 'certificate', method: 'post' },
      { resultId: 'compensation-personal-account', method: 'accountTransfer' },
    ]);
  });
});
