import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRegulationFiles } from '../../src/adapters/regulations/load-regulation-files.ts';
import { createKazakhstanDeadlineCalculator } from '../../src/core/calendar/index.ts';
import type { Actor } from '../../src/core/case/actor.ts';
import { executeStep, fileCase } from '../../src/core/case/case-engine.ts';
import type { CaseState } from '../../src/core/case/case-state.ts';
import type { AppError } from '../../src/core/errors/app-error.ts';
import { allowedIssueMethodsFor } from '../../src/core/regulation/issue-methods.ts';
import { handOverStep, routeResultIdsFor } from '../../src/core/regulation/result-plan.ts';
import type { Regulation, RegulationRoute } from '../../src/core/regulation/schema.ts';
import { caseResultIds, documentResultIds } from '../../src/core/case/case-state.ts';
import { assembleResultDocument } from '../../src/core/documents/assemble-result-document.ts';
import { canonicalBytes } from '../../src/core/documents/canonical-bytes.ts';
import { CALENDAR_FILE, REGULATIONS_DIR } from '../support/paths.ts';
import { requiredPaperDocumentIds } from '../support/office-filing.ts';

/*
 * Generated from the definitions: every regulation version, every route it has, the happy path and (where the
 * regulation has refusal grounds) the refusal path, and every intake condition's refusal. Each step's due time is
 * checked against the definition's limit (value, unit, what it counts from) on the Kazakh working calendar.
 */
const regulations = await loadRegulationFiles(REGULATIONS_DIR);
const holidayCalendarJson = JSON.parse(readFileSync(CALENDAR_FILE, 'utf8'));
const FILED_AT = new Date('2026-11-24T05:00:00Z'); // Tuesday 10:00 in UTC+5, an ordinary working day
const STEP_WORK_MINUTES = 7;
const CODE_KEY = new Uint8Array(32).fill(7);

function actorFor(role: string): Actor {
  if (role === 'scOperator') return { kind: 'staff', userId: 'operator-1', role: 'scOperator', providerId: 'sc-1' };
  return { kind: 'staff', userId: `${role}-1`, role: role as 'clerk' | 'head' | 'executor', providerId: 'p1' };
}

function validFormData(regulation: Regulation): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const field of regulation.formFields) {
    const sample: Record<string, unknown> = {
      text: 'sample',
      date: '2026-01-15',
      iin: '880515300120',
      bin: '940140000385',
      phone: '+77011234567',
      email: 'citizen@example.kz',
      select: field.options?.[0]?.id,
      boolean: true,
      number: 1,
      period: { from: '2026-01-01', to: '2026-06-30' },
    };
    data[field.id] = sample[field.type];
  }
  return data;
}

function inputFor(kind: string, outcome: 'positive' | 'refusal', regulation: Regulation, route: RegulationRoute, state: CaseState): unknown {
  switch (kind) {
    case 'assignExecutor':
      return { executorId: 'executor-1' };
    case 'decide':
      return outcome === 'positive'
        ? { outcome: 'positive', resultId: route.resultIds?.[0] ?? regulation.results.find((r) => r.kind === 'positive')?.id }
        : { outcome: 'refusal', groundId: regulation.refusalGrounds[0]?.id, reasonText: 'The documents do not meet the requirements.' };
    case 'sign':
      // One signature per result document (seed 001 lines 232-234: the decision and the certificate each signed).
      return { signatures: Object.fromEntries(documentResultIds(regulation, state).map((id) => [id, `MIAGCSqGSIb3DQEHAqCAMIACAQExDzANBglghkgBZQMEAgEFAD-${id}`])) };
    case 'issue': {
      // The first method the route, the step's named hand-over and the regulation's form of the result allow for a
      // document (issue-methods.ts); payments are transferred by their payer and take no method.
      const document = regulation.results.find((r) => r.resultType === 'document');
      return { method: allowedIssueMethodsFor(regulation, route, document)[0] };
    }
    default:
      return {};
  }
}

function runJourney(regulation: Regulation, route: RegulationRoute, outcome: 'positive' | 'refusal', formData: Record<string, unknown> = validFormData(regulation)) {
  const calendar = createKazakhstanDeadlineCalculator({ region: regulation.region, holidayCalendarJson });
  const checks = route.intakeFlow.flatMap((item) => (item.check ? [item.check] : []));
  let state: CaseState = fileCase(
    { caseId: 'c', regulation, routeId: route.id, providerId: 'p1', applicant: { iin: '880515300120', fullName: null }, formData, paperDocumentIds: requiredPaperDocumentIds(regulation), passedChecks: checks, actor: actorFor('clerk'), filingPolicy: 'demonstration' },
    { now: FILED_AT, calendar },
  ).state;
  let now = FILED_AT;
  let registeredAt = FILED_AT;
  for (let guard = 0; guard < 50 && !state.closedAt; guard++) {
    const open = state.steps.find((s) => s.status === 'open');
    if (!open) throw new Error('an open case without an open step');
    const step = regulation.steps.find((s) => s.id === open.stepId)!;
    const anchor = step.limit?.countsFrom === 'caseFiled' ? FILED_AT : step.limit?.countsFrom === 'caseRegistered' ? registeredAt : new Date(open.openedAt!);
    expect(open.dueAt, `${route.id}/${step.id} due`).toBe(step.limit ? calendar.dueAt(anchor, step.limit).toISOString() : null);
    now = new Date(now.getTime() + STEP_WORK_MINUTES * 60_000);
    state = executeStep(state, regulation, { stepId: step.id, expectedVersion: state.version, input: inputFor(step.kind, outcome, regulation, route, state) }, actorFor(step.role), { now, calendar }, { journalNumber: 'J-1' }).state;
    if (step.kind === 'register') registeredAt = now;
  }
  return state;
}

describe.each(regulations.map((r) => [r.id, r] as const))('%s', (_id, regulation) => {
  describe.each(regulation.routes.map((r) => [r.id, r] as const))('route %s', (_routeId, route) => {
    it('runs the happy path to "completed" with every due time from the definition', () => {
      const state = runJourney(regulation, route, 'positive');
      expect(state.status).toBe('completed');
      expect(state.steps.map((s) => s.stepId)).toEqual(route.steps);
      // Every step runs, except a step of the refusal branch (its own limit, e.g. seed 001 line 156), which is skipped.
      for (const s of state.steps) {
        expect(s.status, `${route.id}/${s.stepId}`).toBe(regulation.steps.find((d) => d.id === s.stepId)?.runsWhen === 'refusalDecision' ? 'skipped' : 'done');
      }
    });

    it('produces, signs and issues every result of the route by a method its regulation allows', () => {
      const formData = validFormData(regulation);
      const state = runJourney(regulation, route, 'positive', formData);
      const results = caseResultIds(state);
      expect(results).toEqual(routeResultIdsFor(regulation, route, formData) ?? [regulation.results.find((r) => r.kind === 'positive')?.id]);
      for (const id of results) expect(regulation.results.find((r) => r.id === id)?.template, `${id} has a template`).toBeTruthy();
      // Issued by the route's issue step, or by the automatic step the regulation says delivers to the cabinet.
      expect(handOverStep(regulation, route), `${route.id} hands its results over`).toBeDefined();
      expect(state.issuedResults.map((r) => r.resultId)).toEqual(results);
      for (const issued of state.issuedResults) {
        const result = regulation.results.find((r) => r.id === issued.resultId);
        expect(allowedIssueMethodsFor(regulation, route, result)).toContain(issued.method);
        expect(issued.method === 'accountTransfer').toBe(result?.resultType === 'payment');
      }
      // Produced: each document result is its own document (own code, number and bytes to sign).
      const documents = documentResultIds(regulation, state);
      expect(documents.length, `${route.id} yields a document`).toBeGreaterThan(0);
      const assembled = documents.map((resultId, index) =>
        assembleResultDocument({ state, regulation, providerName: regulation.provider.name, decisionDate: '2026-11-24', codeKey: CODE_KEY, resultId, documentIndex: index + 1 }),
      );
      expect(new Set(assembled.map((d) => d.verificationCode)).size).toBe(documents.length);
      expect(new Set(assembled.map((d) => Buffer.from(canonicalBytes(d)).toString('hex'))).size).toBe(documents.length);
      expect(assembled.map((d) => d.templateId)).toEqual(documents.map((id) => regulation.results.find((r) => r.id === id)?.template));
      // Signed: one signature per document, on every route with a sign step.
      if (state.steps.some((s) => s.kind === 'sign')) expect(state.signatures.map((s) => s.resultId)).toEqual(documents);
      else expect(state.signatures).toEqual([]);
      // Issued: every document among the issued results.
      for (const id of documents) expect(state.issuedResults.some((r) => r.resultId === id)).toBe(true);
    });

    // Only routes that have a refusal ground or an intake condition get those tests: nothing is generated to skip.
    if (regulation.refusalGrounds.length > 0) it('runs the refusal path to "refused"', () => {
      const state = runJourney(regulation, route, 'refusal');
      expect(state.status).toBe('refused');
      expect(state.decision).toMatchObject({ outcome: 'refusal', groundId: regulation.refusalGrounds[0]?.id });
      // The refusal branch's own steps ran, each with its own limit (checked against the definition on the way).
      for (const s of state.steps) {
        if (regulation.steps.find((d) => d.id === s.stepId)?.runsWhen === 'refusalDecision') expect(s.status, `${route.id}/${s.stepId}`).toBe('done');
      }
    });

    const conditions = route.intakeFlow.filter((item) => item.kind === 'condition' && item.check);
    if (conditions.length > 0) it("refuses at each of the channel's conditions with that condition's id", () => {
      for (const condition of conditions) {
        const passed = conditions.filter((c) => c !== condition).map((c) => c.check!);
        const calendar = createKazakhstanDeadlineCalculator({ region: regulation.region, holidayCalendarJson });
        let caught: unknown;
        try {
          fileCase({ caseId: 'c', regulation, routeId: route.id, providerId: 'p1', applicant: { iin: '880515300120', fullName: null }, formData: validFormData(regulation), paperDocumentIds: requiredPaperDocumentIds(regulation), passedChecks: passed, actor: actorFor('clerk'), filingPolicy: 'demonstration' }, { now: FILED_AT, calendar });
        } catch (error) {
          caught = error;
        }
        expect((caught as AppError).code).toBe('INTAKE_CONDITION_NOT_MET');
        expect((caught as AppError).details.conditionId).toBe(condition.id);
        expect(condition.refusal?.message.kk).toBeTruthy();
      }
    });
  });
});
