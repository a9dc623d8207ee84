import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRegulationFiles } from '../../src/adapters/regulations/load-regulation-files.ts';
import { createKazakhstanDeadlineCalculator } from '../../src/core/calendar/index.ts';
import type { Actor } from '../../src/core/case/actor.ts';
import { executeStep, fileCase, type FileCaseInput } from '../../src/core/case/case-engine.ts';
import { AppError } from '../../src/core/errors/app-error.ts';
import type { FilingPolicy } from '../../src/core/regulation/filing-policy.ts';
import { CALENDAR_FILE, REGULATIONS_DIR } from '../support/paths.ts';
import { requiredPaperDocumentIds } from '../support/office-filing.ts';

/*
 * Issue 16: by default an application is filed only under a version in force on the filing date; demonstration mode
 * runs the seeds' versions as if in force; a case filed while its version was in force keeps it after the repeal.
 * Kyzylorda 1057: registered 13.03.2018, applies ten days after a publication the seed does not date (seed 003 lines
 * 5-6, 44), repealed by No 163 of 06.02.2020, itself ten days after its publication (lines 9-11).
 */
const regulations = await loadRegulationFiles(REGULATIONS_DIR);
const calendar = createKazakhstanDeadlineCalculator({ region: 'kyzylorda', holidayCalendarJson: JSON.parse(readFileSync(CALENDAR_FILE, 'utf8')) });
const kyzylorda = regulations.find((r) => r.id === 'kyzylorda-2018-1057-unemployed-registration')!;
const akmola = regulations.find((r) => r.id === 'akmola-undated-active-employment-referral')!;
const clerk: Actor = { kind: 'staff', userId: 'clerk-1', role: 'clerk', providerId: 'p1' };
const head: Actor = { kind: 'staff', userId: 'head-1', role: 'head', providerId: 'p1' };

function input(regulation: typeof kyzylorda, filingPolicy: FilingPolicy): FileCaseInput {
  const formData = Object.fromEntries(
    regulation.formFields.map((f) => [f.id, ({ text: 'x', date: '2019-01-01', phone: '+77011234567', boolean: true, select: f.options?.[0]?.id, number: 1, email: 'a@b.kz', iin: '880515300120', bin: '940140000385', period: { from: '2019-01-01', to: '2019-02-01' } } as Record<string, unknown>)[f.type]]),
  );
  return { caseId: 'c', regulation, routeId: regulation.routes[0]!.id, providerId: 'p1', applicant: { iin: '880515300120', fullName: null }, formData, paperDocumentIds: requiredPaperDocumentIds(regulation), passedChecks: [], actor: clerk, filingPolicy };
}

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('filing policy', () => {
  it('refuses to file under a repealed version by default, saying why in kk, ru and en', () => {
    const error = refusal(() => fileCase(input(kyzylorda, 'inForceOnly'), { now: new Date('2026-11-24T05:00:00Z'), calendar }));
    expect(error.code).toBe('VERSION_NOT_IN_FORCE_FOR_FILING');
    expect(error.details).toMatchObject({ regulationId: kyzylorda.id, day: '2026-11-24', status: 'notInForce' });
    expect(error.userMessage.en).toContain('Repealed: the repeal applies from 2020-04-17 at the latest');
    expect(error.userMessage.ru).toContain('Утратил силу');
    expect(error.userMessage.kk).toContain('Күші жойылған');
  });

  it('refuses on a day the version is only possibly in force (between the earliest and latest start)', () => {
    const error = refusal(() => fileCase(input(kyzylorda, 'inForceOnly'), { now: new Date('2018-03-26T05:00:00Z'), calendar }));
    expect(error.details).toMatchObject({ status: 'uncertain' });
  });

  it('never files under Akmola by default (seed 004 holds no act), not even in 2016', () => {
    expect(refusal(() => fileCase(input(akmola, 'inForceOnly'), { now: new Date('2016-06-01T05:00:00Z'), calendar })).details).toMatchObject({ status: 'uncertain' });
  });

  it('files in force in 2019 and records how; the case keeps its version after the repeal', () => {
    const filed = fileCase(input(kyzylorda, 'inForceOnly'), { now: new Date('2019-01-15T05:00:00Z'), calendar });
    expect(filed.state.filingMode).toBe('inForce');
    expect(filed.events[0]?.data).toMatchObject({ type: 'caseFiled', filingMode: 'inForce' });
    // Years later, long after the repeal, the open case still runs under the version it was filed under.
    const later = { now: new Date('2026-11-24T05:00:00Z'), calendar };
    const registered = executeStep(filed.state, kyzylorda, { stepId: filed.state.steps[0]!.stepId, expectedVersion: filed.state.version, input: {} }, clerk, later, { journalNumber: 'J-1' }).state;
    expect(registered.regulationId).toBe(kyzylorda.id);
    expect(registered.steps.find((s) => s.status === 'open')?.role).toBe(head.role);
  });

  it('in demonstration mode files the seeds\' versions as if in force, and says so in the case', () => {
    const filed = fileCase(input(kyzylorda, 'demonstration'), { now: new Date('2026-11-24T05:00:00Z'), calendar });
    expect(filed.state.filingMode).toBe('demonstration');
    expect(fileCase(input(kyzylorda, 'demonstration'), { now: new Date('2019-01-15T05:00:00Z'), calendar }).state.filingMode).toBe('inForce');
  });
});
