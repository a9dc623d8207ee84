import type { Provider } from '../../core/org/provider.ts';
import { localPositionOf, timeZoneOfRegion } from '../../core/calendar/time-zones.ts';
import { formatIsoDate } from '../../core/calendar/civil-date.ts';
import { documentResultIds, type CaseState } from '../../core/case/case-state.ts';
import { assembleResultDocument, type ResultDocument } from '../../core/documents/assemble-result-document.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { Regulation } from '../../core/regulation/schema.ts';
import type { DocumentFacts } from '../../core/documents/template-fields.ts';
import type { UnemployedStatusForPeriod } from '../../core/registries/unemployed-status.ts';
import type { SqlExecutor } from '../../adapters/db/database.ts';
import type { AppContext } from '../app-context.ts';
import { registriesOf } from '../registries/registries.ts';

/** The result document of a decided case (its first, or `resultId`), dated with the decision's civil date in the provider's region. */
export function caseDocument(app: Pick<AppContext, 'documentCodeKey'>, state: CaseState, regulation: Regulation, provider: Provider, facts: DocumentFacts = {}, resultId?: string): ResultDocument {
  const documents = documentResultIds(regulation, state);
  const wanted = resultId ?? documents[0] ?? state.decision?.resultId;
  const decided = state.steps.find((s) => s.kind === 'decide' && s.status === 'done');
  if (!state.decision || !decided?.completedAt) {
    throw new AppError('STEP_NOT_OPEN', `case ${state.id} has no decision yet`, { stepId: 'sign', openStepId: state.steps.find((s) => s.status === 'open')?.stepId ?? '-' });
  }
  const zone = timeZoneOfRegion(provider.region);
  const decisionDate = formatIsoDate(localPositionOf(zone, Date.parse(decided.completedAt)).epochDay);
  return assembleResultDocument({ state, regulation, providerName: provider.name, decisionDate, facts, codeKey: app.documentCodeKey, resultId: wanted, documentIndex: Math.max(1, documents.indexOf(wanted ?? '') + 1) });
}

/**
 * Every result document of a decided case, in the order of its results (Semipalatinsk: the recognition decision and
 * the certificate, seed 001 lines 232-234): each is signed, printed and checked on its own.
 */
export function caseDocuments(app: Pick<AppContext, 'documentCodeKey'>, state: CaseState, regulation: Regulation, provider: Provider, facts: DocumentFacts = {}): ResultDocument[] {
  return documentResultIds(regulation, state).map((resultId) => caseDocument(app, state, regulation, provider, facts, resultId));
}

/**
 * What the registries recorded for this case at its decide step, for the templates that print it: the certificate
 * of unemployed status (its record's flags) and the referral issued. Read in the caller's transaction.
 */
export async function loadDocumentFacts(app: AppContext, executor: SqlExecutor, state: CaseState): Promise<DocumentFacts> {
  const registries = registriesOf(app);
  const iin = state.applicant.iin;
  const certificate = (await registries.records(executor).listFor(iin, ['unemployed-certificate'])).find((record) => record.caseId === state.id);
  // The case's own referral only (one read, not the person's whole history: issue #15, the sign step's round trips).
  const referral = await registries.labourMarket(executor).referralOfCase(iin, state.id);
  return {
    unemployedStatus: certificate ? (certificate.data as unknown as UnemployedStatusForPeriod) : null,
    referral: referral ? { measure: referral.measure, issuedOn: referral.issuedOn, cardId: referral.cardId } : null,
  };
}
