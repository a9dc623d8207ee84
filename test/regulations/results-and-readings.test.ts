import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createKazakhstanDeadlineCalculator } from '../../src/core/calendar/index.ts';
import type { Actor } from '../../src/core/case/actor.ts';
import { executeStep, fileCase, type StepFacts } from '../../src/core/case/case-engine.ts';
import { caseResultIds, documentResultIds, type CaseState } from '../../src/core/case/case-state.ts';
import { AppError } from '../../src/core/errors/app-error.ts';
import { chooseRoute } from '../../src/core/registries/route-choice.ts';
import { allowedIssueMethodsFor } from '../../src/core/regulation/issue-methods.ts';
import { resultPlan } from '../../src/core/regulation/result-plan.ts';
import type { Channel, Regulation } from '../../src/core/regulation/schema.ts';
import { CALENDAR_FILE } from '../support/paths.ts';
import { loadRegulation } from '../support/regulations.ts';
import { requiredPaperDocumentIds } from '../support/office-filing.ts';

/*
 * Issue #16, the rest: payments as results (seed 001 lines 236-240), who prepares and issues each result, the portal's
 * own delivery to the cabinet, the readings of the channels as switchable routes, route choice from the applicant's
 * data (seed 001 lines 1276-1288), and the labour-market card check (seed 003 lines 397-399).
 */
const holidayCalendarJson = JSON.parse(readFileSync(CALENDAR_FILE, 'utf8'));
const FILED_AT = new Date('2026-11-24T05:00:00Z');
const SIGNATURE = 'MIAGCSqGSIb3DQEHAqCAMIACAQExDzANBglghkgBZQMEAgEFAD';

function actorFor(role: string): Actor {
  if (role === 'scOperator') return { kind: 'staff', userId: 'operator-1', role: 'scOperator', providerId: 'sc-1' };
  return { kind: 'staff', userId: `${role}-1`, role: role as 'clerk' | 'head' | 'executor', providerId: 'p1' };
}

const contextOf = (regulation: Regulation, minutes: number) => ({
  now: new Date(FILED_AT.getTime() + minutes * 60_000),
  calendar: createKazakhstanDeadlineCalculator({ region: regulation.region, holidayCalendarJson }),
});

/** A valid value for each of the form's fields, with the given fields set as the test needs them. */
function sampleForm(regulation: Regulation, given: Record<string, unknown>): Record<string, unknown> {
  const samples: Record<string, unknown> = { text: 'sample', date: '2026-01-15', iin: '880515300120', bin: '940140000385', phone: '+77011234567', email: 'citizen@example.kz', boolean: false, number: 1, period: { from: '2026-01-01', to: '2026-06-30' } };
  return { ...Object.fromEntries(regulation.formFields.map((f) => [f.id, f.type === 'select' ? f.options?.[0]?.id : samples[f.type]])), ...given };
}

function file(regulation: Regulation, routeId: string, given: Record<string, unknown>): CaseState {
  const formData = sampleForm(regulation, given);
  const route = regulation.routes.find((r) => r.id === routeId)!;
  const checks = route.intakeFlow.flatMap((item) => (item.check ? [item.check] : []));
  return fileCase(
    { caseId: 'c', regulation, routeId, providerId: 'p1', applicant: { iin: '880515300120', fullName: null }, formData, paperDocumentIds: requiredPaperDocumentIds(regulation), passedChecks: checks, actor: actorFor('clerk'), filingPolicy: 'demonstration' },
    contextOf(regulation, 0),
  ).state;
}

/** Completes the open step with the given input; the default inputs take the route's positive path. */
function step(regulation: Regulation, state: CaseState, input: unknown, facts: StepFacts = {}): CaseState {
  const open = state.steps.find((s) => s.status === 'open')!;
  const definition = regulation.steps.find((s) => s.id === open.stepId)!;
  return executeStep(state, regulation, { stepId: open.stepId, expectedVersion: state.version, input }, actorFor(definition.role), contextOf(regulation, state.version), { journalNumber: 'J-1', ...facts }).state;
}

function defaultInput(regulation: Regulation, state: CaseState): unknown {
  const kind = state.steps.find((s) => s.status === 'open')!.kind;
  if (kind === 'assignExecutor') return { executorId: 'executor-1' };
  if (kind === 'decide') return { outcome: 'positive', resultId: regulation.results.find((r) => r.kind === 'positive')!.id };
  // One signature per result document (seed 001 lines 232-234).
  if (kind === 'sign') return { signatures: Object.fromEntries(documentResultIds(regulation, state).map((id) => [id, SIGNATURE])) };
  return {};
}

/** Runs the case up to (not including) its first step of the given kind. */
function runUntil(regulation: Regulation, state: CaseState, kind: string): CaseState {
  let current = state;
  while (!current.closedAt && current.steps.find((s) => s.status === 'open')?.kind !== kind) current = step(regulation, current, defaultInput(regulation, current));
  return current;
}

function caught(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

const SEMIPALATINSK = loadRegulation('aktobe-2016-285-semipalatinsk-victims');
const SEMIPALATINSK_FORM = { 'request-type': 'first-time', 'residence-period': { from: '1949-08-29', to: '1963-07-05' }, 'risk-zone': 'extreme', 'personal-account': 'KZ12345678901234567', phone: '+77011234567' };

describe('payments as results (seed 001 lines 236-240)', () => {
  it('yields the decision, the certificate and the compensation to the personal account for an applicant not serving a sentence (line 238)', () => {
    const state = runUntil(SEMIPALATINSK, file(SEMIPALATINSK, 'office', { ...SEMIPALATINSK_FORM, 'serving-sentence': false }), 'issue');
    expect(caseResultIds(state)).toEqual(['recognition-decision', 'certificate', 'compensation-personal-account']);
  });

  it('pays an applicant serving a sentence to the control account instead (line 240)', () => {
    const state = runUntil(SEMIPALATINSK, file(SEMIPALATINSK, 'state-corporation', { ...SEMIPALATINSK_FORM, 'serving-sentence': true }), 'issue');
    expect(caseResultIds(state)).toEqual(['recognition-decision', 'certificate', 'compensation-control-account']);
  });

  it('issues the documents in person and records the payment as the State Corporation\'s transfer; the case completes only with all three', () => {
    const atIssue = runUntil(SEMIPALATINSK, file(SEMIPALATINSK, 'office', { ...SEMIPALATINSK_FORM, 'serving-sentence': false }), 'issue');
    const done = step(SEMIPALATINSK, atIssue, { method: 'inPerson' });
    expect(done.status).toBe('completed');
    expect(done.issuedResults).toEqual([
      { resultId: 'recognition-decision', method: 'inPerson' },
      { resultId: 'certificate', method: 'inPerson' },
      { resultId: 'compensation-personal-account', method: 'accountTransfer' },
    ]);
  });

  it('never hands a document over by account transfer, nor a payment by any document method', () => {
    const atIssue = runUntil(SEMIPALATINSK, file(SEMIPALATINSK, 'office', { ...SEMIPALATINSK_FORM, 'serving-sentence': false }), 'issue');
    expect(caseResultIds(atIssue)).toContain('compensation-personal-account');
    expect(caught(() => step(SEMIPALATINSK, atIssue, { method: 'accountTransfer' })).code).toBe('INVALID_STEP_INPUT');
    const payment = SEMIPALATINSK.results.find((r) => r.id === 'compensation-personal-account');
    const office = SEMIPALATINSK.routes.find((r) => r.id === 'office')!;
    expect(allowedIssueMethodsFor(SEMIPALATINSK, office, payment)).toEqual(['accountTransfer']);
    expect(payment?.payment).toMatchObject({ payer: 'stateCorporation', destination: 'personalAccount', source: { line: 238 } });
  });
});

describe('who prepares and who issues each result, as the regulation says (seed 001 lines 265, 317)', () => {
  it('plans the certificate at prepare-certificate (executor, 5 working days) and its hand-over at sc-issue (State Corporation, 15 minutes)', () => {
    const route = SEMIPALATINSK.routes.find((r) => r.id === 'state-corporation')!;
    const plan = resultPlan(SEMIPALATINSK, route, ['recognition-decision', 'certificate', 'compensation-personal-account']);
    expect(plan.map((p) => [p.resultId, p.preparedBy?.stepId, p.preparedBy?.role, p.issuedBy?.stepId ?? null, p.issuedBy?.role ?? null])).toEqual([
      ['recognition-decision', 'decide', 'executor', 'sc-issue', 'scOperator'],
      ['certificate', 'prepare-certificate', 'executor', 'sc-issue', 'scOperator'],
      ['compensation-personal-account', 'decide', 'executor', null, null],
    ]);
    expect(plan[1]?.preparedBy).toMatchObject({ limit: { value: 5, unit: 'workingDays' }, source: { line: 265 } });
    expect(plan[1]?.issuedBy).toMatchObject({ limit: { value: 15, unit: 'minutes' }, source: { line: 317 } });
    expect(plan[2]).toMatchObject({ resultType: 'payment', deliveredBy: 'accountTransfer', payment: { payer: 'stateCorporation' } });
  });
});

describe("the portal's own delivery to the personal cabinet", () => {
  it('records each result as issued to the cabinet when the automatic delivery runs (seed 001 line 184)', () => {
    const regulation = loadRegulation('aktobe-2016-285-unemployed-registration');
    const done = runUntil(regulation, file(regulation, 'portal', {}), 'never');
    expect(done.status).toBe('completed');
    expect(done.issuedResults).toEqual(caseResultIds(done).map((resultId) => ({ resultId, method: 'personalCabinet' })));
    expect(done.issuedResults.length).toBeGreaterThan(0);
  });

  it("lets Kyzylorda's portal clerk send the result only to the cabinet (seed 003 line 475)", () => {
    const regulation = loadRegulation('kyzylorda-2018-1057-active-employment-referral');
    const atIssue = runUntil(regulation, file(regulation, 'portal', {}), 'issue');
    expect(caught(() => step(regulation, atIssue, { method: 'inPerson' })).code).toBe('INVALID_STEP_INPUT');
    expect(step(regulation, atIssue, { method: 'personalCabinet' }).status).toBe('completed');
  });
});

describe('the labour-market card check (seed 003 lines 397-399)', () => {
  const regulation = loadRegulation('kyzylorda-2018-1057-active-employment-referral');

  it('is a named check on the decide step with the refusal ground it leads to', () => {
    const decide = regulation.steps.find((s) => s.id === 'decide')!;
    expect(decide.checks).toEqual([expect.objectContaining({ id: 'labour-market-card', predicate: 'labourMarketCardExists', refusalGroundId: 'not-registered', source: expect.objectContaining({ line: 398, endLine: 399 }) })]);
    expect(regulation.refusalGrounds.map((g) => g.id)).toContain('not-registered');
  });

  it('bars a positive decision while the card is missing and leaves the refusal open', () => {
    const atDecide = runUntil(regulation, file(regulation, 'office', {}), 'decide');
    const refused = caught(() => step(regulation, atDecide, { outcome: 'positive', resultId: regulation.results.find((r) => r.kind === 'positive')!.id }, { checkResults: { 'labour-market-card': false } }));
    expect(refused.code).toBe('STEP_CHECK_FAILED');
    expect(refused.details).toMatchObject({ checkId: 'labour-market-card', groundId: 'not-registered' });
    const refusal = step(regulation, atDecide, { outcome: 'refusal', groundId: 'not-registered', reasonText: 'No card in the Labour market AIS.' }, { checkResults: { 'labour-market-card': false } });
    expect(refusal.decision).toMatchObject({ outcome: 'refusal', groundId: 'not-registered' });
    const positive = step(regulation, atDecide, { outcome: 'positive', resultId: regulation.results.find((r) => r.kind === 'positive')!.id }, { checkResults: { 'labour-market-card': true } });
    expect(positive.decision?.outcome).toBe('positive');
  });
});

describe('channel readings as switchable routes', () => {
  const routeOf = (id: string, channel: Channel, form: Record<string, unknown>, overrides: Record<string, string> = {}) => {
    const choice = chooseRoute(loadRegulation(id), channel, form, overrides);
    return choice.ok ? choice.route.id : choice.problem;
  };

  it("runs Aktobe's State Corporation applications through the office chain, or as the flow's own text reads (seed 001 line 154) once switched", () => {
    const id = 'aktobe-2016-285-unemployed-registration';
    expect(routeOf(id, 'stateCorporation', {})).toBe('state-corporation');
    expect(routeOf(id, 'stateCorporation', {}, { 'provider-check-time': 'sc-condition-minutes' })).toBe('state-corporation-as-written');
    const asWritten = loadRegulation(id).steps.find((s) => s.id === 'sc-provider-check');
    expect(asWritten?.limit).toMatchObject({ value: 2, unit: 'minutes', source: { line: 154 } });
  });

  it("runs Zhambyl's portal applications through the office chain, or without the clerk and head its text does not name (seed 000 lines 621-623)", () => {
    for (const id of ['zhambyl-2017-231-active-employment-referral', 'zhambyl-2017-231-job-seeker-registration']) {
      expect(routeOf(id, 'portal', {})).toBe('portal');
      expect(routeOf(id, 'portal', {}, { 'portal-steps': 'as-written' })).toBe('portal-as-written');
      const route = loadRegulation(id).routes.find((r) => r.id === 'portal-as-written')!;
      expect(route.steps).not.toContain('register');
      expect(route.steps).not.toContain('assign');
    }
  });

  it('issues a department applicant its social payment notice at the department (line 1327) unless the line 1288 reading is chosen', () => {
    const id = 'aktobe-2016-285-social-risk-payments';
    expect(routeOf(id, 'providerOffice', { 'social-risk': 'loss-of-job' })).toBe('department');
    expect(routeOf(id, 'providerOffice', { 'social-risk': 'loss-of-job' }, { 'result-delivery': 'via-state-corporation' })).toBe('department-issue-at-state-corporation');
    const contradiction = loadRegulation(id).contradictions.find((c) => c.id === 'result-delivery');
    expect(contradiction?.readings.map((r) => r.source.line)).toEqual([1288, 1327]);
    expect(contradiction?.chosen).toBe('department-issues');
  });

  it('ignores an override that names no reading of the contradiction', () => {
    expect(routeOf('aktobe-2016-285-unemployed-registration', 'stateCorporation', {}, { 'provider-check-time': 'nonsense' })).toBe('state-corporation');
  });

  it('keeps the social-payment route rules in the definitions, each citing its line (seed 001 lines 1278-1284)', () => {
    const regulation = loadRegulation('aktobe-2016-285-social-risk-payments');
    for (const route of regulation.routes) expect(route.appliesWhen?.source.line, route.id).toBeGreaterThanOrEqual(1278);
  });
});
