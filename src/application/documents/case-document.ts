import type { Provider } from '../../adapters/db/provider-store.ts';
import { localPositionOf, timeZoneOfRegion } from '../../core/calendar/time-zones.ts';
import { formatIsoDate } from '../../core/calendar/civil-date.ts';
import type { CaseState } from '../../core/case/case-state.ts';
import { assembleResultDocument, type ResultDocument } from '../../core/documents/assemble-result-document.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { ZRegion, type Regulation } from '../../core/regulation/schema.ts';

/** The result document of a decided case, dated with the decision's civil date in the provider's region. */
export function caseDocument(state: CaseState, regulation: Regulation, provider: Provider): ResultDocument {
  const decided = state.steps.find((s) => s.kind === 'decide' && s.status === 'done');
  if (!state.decision || !decided?.completedAt) {
    throw new AppError('STEP_NOT_OPEN', `case ${state.id} has no decision yet`, { stepId: 'sign', openStepId: state.steps.find((s) => s.status === 'open')?.stepId ?? '-' });
  }
  const zone = timeZoneOfRegion(ZRegion.parse(provider.region));
  const decisionDate = formatIsoDate(localPositionOf(zone, Date.parse(decided.completedAt)).epochDay);
  return assembleResultDocument({ state, regulation, providerName: provider.name, decisionDate });
}
