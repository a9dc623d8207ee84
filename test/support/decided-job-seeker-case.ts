import { readFileSync } from 'node:fs';
import { createKazakhstanDeadlineCalculator } from '../../src/core/calendar/index.ts';
import type { Actor } from '../../src/core/case/actor.ts';
import { executeStep, fileCase } from '../../src/core/case/case-engine.ts';
import type { CaseState } from '../../src/core/case/case-state.ts';
import { CALENDAR_FILE } from './paths.ts';
import { requiredPaperDocumentIds } from './office-filing.ts';
import { loadRegulation, ZHAMBYL_JOB_SEEKERS } from './regulations.ts';

/*
 * A job-seeker registration (Zhambyl 2017) filed at the office and taken through register, assign and decide by the
 * pure core alone: the state a result document is assembled from. Shared by the document tests and
 * bench/documents/render-pdf.ts, so all of them file the way the engine requires (paper originals handed over).
 */
export const jobSeekerRegulation = loadRegulation(ZHAMBYL_JOB_SEEKERS);
export const TARAZ_EMPLOYMENT_CENTRE = { kk: 'Тараз қаласының жұмыспен қамту орталығы', ru: 'Центр занятости города Тараз', en: 'Taraz employment centre' };
/** The stamp of the head's signature as the result PDF prints it. */
export const HEAD_SIGNATURE_STAMP = { signerName: 'Омаров Нұрлан Серікұлы', signerPosition: null, signedAt: new Date('2026-11-24T11:00:00Z'), signedAtText: '2026-11-24 16:00 (UTC+05:00)', certificateSerialHex: '0a1b2c' };

const calendar = createKazakhstanDeadlineCalculator({ region: 'zhambyl', holidayCalendarJson: JSON.parse(readFileSync(CALENDAR_FILE, 'utf8')) });
const staff = (role: 'clerk' | 'head' | 'executor'): Actor => ({ kind: 'staff', userId: `${role}-1`, role, providerId: 'p1' });

export interface DecidedCaseOptions {
  readonly caseId: string;
  readonly applicantName: string;
  readonly journalNumber: string;
  /** The executor's decision (default: positive). */
  readonly decisionInput?: unknown;
  /** When every step runs (default 2026-11-24 05:00 UTC). */
  readonly now?: Date;
}

export function decidedJobSeekerCase(options: DecidedCaseOptions): CaseState {
  const context = { now: options.now ?? new Date('2026-11-24T05:00:00Z'), calendar };
  let state = fileCase(
    {
      caseId: options.caseId,
      regulation: jobSeekerRegulation,
      routeId: 'office',
      providerId: 'p1',
      applicant: { iin: '880515300120', fullName: options.applicantName },
      formData: { 'desired-position': 'Бухгалтер', 'education-level': 'higher', phone: '+77011234567', 'consent-publish': true },
      paperDocumentIds: requiredPaperDocumentIds(jobSeekerRegulation),
      passedChecks: [],
      actor: staff('clerk'),
      filingPolicy: 'demonstration',
    },
    context,
  ).state;
  for (const [stepId, role, input] of [
    ['register', 'clerk', {}],
    ['assign', 'head', { executorId: 'executor-1' }],
    ['decide', 'executor', options.decisionInput ?? { outcome: 'positive' }],
  ] as const) {
    state = executeStep(state, jobSeekerRegulation, { stepId, expectedVersion: state.version, input }, staff(role), context, { journalNumber: options.journalNumber }).state;
  }
  return state;
}
