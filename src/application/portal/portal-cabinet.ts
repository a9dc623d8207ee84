import { caseSurveyFacts, findCaseState } from '../../adapters/db/case-store.ts';
import { latestDocumentOfCase } from '../../adapters/db/document-store.ts';
import { markNotificationRead } from '../../adapters/db/notification-store.ts';
import { insertSatisfactionSurvey, surveyOfCase } from '../../adapters/db/supervision-store.ts';
import { attachmentsOfCase } from '../../adapters/db/portal-attachment-store.ts';
import { listSubmissions } from '../../adapters/db/gateway-store.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { inForceInterval, inForceOn } from '../../core/regulation/in-force-interval.ts';
import { civilDate } from '../../core/regulation/resolve-version.ts';
import type { Regulation } from '../../core/regulation/schema.ts';
import { missingAnswersDetails } from '../../core/survey/survey-questions.ts';
import type { AppContext } from '../app-context.ts';
import type { Citizen } from '../../core/org/citizen.ts';
import { caseResultsView } from '../cases/case-results-view.ts';

export interface PortalCatalogPage {
  readonly limit: number;
  readonly offset: number;
  /** Words of the service's name (any language) or its code. */
  readonly search?: string | undefined;
  /** Only this version (the application form reads its one service). */
  readonly regulationId?: string | undefined;
}

/**
 * The portal's services for the citizen's region, only versions with a portal route: per service, the version in
 * force today; in demonstration mode (filing-policy.ts) the latest version, in force or not — the web app then shows
 * one banner, not a line per service. One page of them at a time, with the total (the paged-list shape of GET /api/inbox).
 */
export function portalCatalog(app: AppContext, region: string, page: PortalCatalogPage) {
  const now = civilDate(app.clock());
  const byService = new Map<string, Regulation>();
  for (const regulation of app.catalog.list()) {
    if (regulation.region !== region || !regulation.routes.some((r) => r.channel === 'portal')) continue;
    if (app.filingPolicy === 'inForceOnly' && inForceOn(inForceInterval(regulation), now).status !== 'inForce') continue;
    const current = byService.get(regulation.service.code);
    if (!current || regulation.act.date > current.act.date) byService.set(regulation.service.code, regulation);
  }
  const words = page.search?.trim().toLocaleLowerCase();
  const found = [...byService.values()]
    .filter((regulation) => page.regulationId === undefined || regulation.id === page.regulationId)
    .filter((regulation) => !words || matchesService(regulation, words))
    .sort((a, b) => a.service.code.localeCompare(b.service.code));
  const items = found.slice(page.offset, page.offset + page.limit).map((regulation) => ({
    regulationId: regulation.id,
    serviceCode: regulation.service.code,
    name: regulation.service.name,
    description: regulation.service.description ?? null,
    actDate: regulation.act.date,
    repealed: inForceOn(inForceInterval(regulation), now).reasonCode === 'repealed',
    totalTerm: regulation.totalTerm ? { value: regulation.totalTerm.value, unit: regulation.totalTerm.unit } : null,
    requiredDocuments: regulation.requiredDocuments.map((d) => ({ id: d.id, name: d.name, required: d.required })),
    formFields: regulation.formFields,
    portalConditions: (regulation.routes.find((r) => r.channel === 'portal')?.intakeFlow ?? [])
      .filter((item) => item.kind === 'condition')
      .map((item) => ({ id: item.id, number: item.number, text: item.text })),
  }));
  return { items, total: found.length, limit: page.limit, offset: page.offset };
}

/** Words typed by the citizen match the service's name in any of its languages, or its code. */
function matchesService(regulation: Regulation, words: string): boolean {
  const { name, code } = regulation.service;
  return [name.kk, name.ru, name.en, code].some((text) => text.toLocaleLowerCase().includes(words));
}

/** The citizen's applications (any channel that went through the gateway), newest first. */
export async function citizenCases(app: AppContext, citizen: Citizen) {
  const submissions = await listSubmissions(app.db, { kind: 'applicant', iin: citizen.iin }, { limit: 200 });
  return submissions.map((s) => {
    const regulation = app.catalog.get(s.regulationId);
    return { caseId: s.caseId, regulationId: s.regulationId, serviceName: regulation.service.name, sender: s.sender, status: s.status, filedAt: s.filedAt, closedAt: s.closedAt };
  });
}

/** One case of the citizen: status, timeline of statuses and steps with due times, result document, survey. */
export async function citizenCase(app: AppContext, citizen: Citizen, caseId: string) {
  const [submission] = await listSubmissions(app.db, { kind: 'applicant', iin: citizen.iin }, { caseId, limit: 1 });
  const state = submission ? await findCaseState(app.db, caseId) : null;
  // Another person's case answers as absent, so its existence does not leak.
  if (!submission || !state) throw new AppError('CASE_NOT_FOUND', `case ${caseId} is not ${citizen.iin}'s`, { caseId });
  const regulation = app.catalog.get(state.regulationId);
  const route = regulation.routes.find((r) => r.id === state.routeId);
  const document = await latestDocumentOfCase(app.db, caseId);
  const survey = await surveyOfCase(app.db, caseId);
  const closed = state.status === 'completed' || state.status === 'refused';
  const attachments = await attachmentsOfCase(app.db, caseId);
  return {
    caseId,
    regulationId: state.regulationId,
    serviceName: regulation.service.name,
    status: state.status,
    filedAt: state.filedAt,
    overallDueAt: state.overallDueAt,
    closedAt: state.closedAt,
    statusHistory: [...submission.statusMessages],
    steps: state.steps
      .filter((s) => s.status !== 'skipped')
      .map((s) => ({
        stepId: s.stepId,
        action: regulation.steps.find((d) => d.id === s.stepId)?.action ?? null,
        status: s.status,
        openedAt: s.openedAt,
        dueAt: s.dueAt,
        completedAt: s.completedAt,
      })),
    refusal:
      state.status === 'refused' && state.decision?.outcome === 'refusal'
        ? { groundId: state.decision.groundId, ground: regulation.refusalGrounds.find((g) => g.id === (state.decision as { groundId: string }).groundId)?.text ?? null, reasonText: state.decision.reasonText }
        : null,
    // Each result with what it is and whether it was issued: a payment shows who pays it and when (seed 001 lines
    // 236-240, 269), a portal result shows its delivery to the cabinet.
    results: route ? caseResultsView(state, regulation, route).map((r) => ({ resultId: r.resultId, resultType: r.resultType, name: r.name, payment: r.payment, issued: r.issued })) : [],
    resultDocument: document
      ? { verificationCode: document.verification_code, kind: document.kind, signedAt: document.signed_at.toISOString(), signatureVerified: document.signature_verified }
      : null,
    attachments: attachments.map((a) => ({ id: a.id, fileName: a.fileName, mediaType: a.mediaType, sizeBytes: a.sizeBytes, documentId: a.documentId })),
    survey: { answered: survey !== undefined, available: closed && survey === undefined },
  };
}

export const SURVEY_ANSWERS = ['unsatisfactory', 'partlySatisfactory', 'satisfactory'] as const;
export type SurveyAnswer = (typeof SURVEY_ANSWERS)[number];

/**
 * The satisfaction survey (seed 002 appendix 3, lines 404-419: two questions, three answers each): only the
 * applicant, only once the case is completed or refused, one answer per case (the table's primary key).
 */
export async function answerSurvey(app: AppContext, citizen: Citizen, caseId: string, given: { processAndResult: SurveyAnswer | null; information: SurveyAnswer | null; comment: string | null }) {
  const row = await caseSurveyFacts(app.db, caseId);
  if (!row || row.applicant_iin !== citizen.iin) throw new AppError('SURVEY_NOT_AVAILABLE', `case ${caseId} is not ${citizen.iin}'s`);
  if (row.status !== 'completed' && row.status !== 'refused') throw new AppError('SURVEY_NOT_AVAILABLE', `case ${caseId} is ${row.status}`);
  // Issue #17: nothing is pre-selected, so an unanswered question arrives as null and is named back in words.
  const missing = (['processAndResult', 'information'] as const).filter((question) => given[question] === null);
  if (missing.length > 0) throw new AppError('SURVEY_ANSWER_MISSING', `survey of case ${caseId} without ${missing.join(', ')}`, missingAnswersDetails(missing));
  const answers = { processAndResult: given.processAndResult as SurveyAnswer, information: given.information as SurveyAnswer, comment: given.comment };
  const region = app.catalog.get(row.regulation_id).region;
  const inserted = await insertSatisfactionSurvey(app.db, {
    caseId,
    providerId: row.provider_id,
    region,
    regulationId: row.regulation_id,
    channel: row.channel,
    processAndResult: answers.processAndResult,
    information: answers.information,
    comment: answers.comment,
    submittedAt: app.clock().toISOString(),
  });
  if (!inserted) throw new AppError('SURVEY_ALREADY_ANSWERED', `case ${caseId} already has a survey`);
}

export async function markCitizenNotificationRead(app: AppContext, citizen: Citizen, notificationId: string): Promise<void> {
  await markNotificationRead(app.db, citizen.iin, notificationId, app.clock());
}
