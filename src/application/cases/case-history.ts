import { listCaseEvents } from '../../adapters/db/case-store.ts';
import type { CaseEvent } from '../../core/case/case-events.ts';
import type { AppContext } from '../app-context.ts';

/** A case's append-only history, oldest first. The caller has checked that the reader may see the case. */
export function caseHistory(app: AppContext, caseId: string): ReturnType<typeof listCaseEvents> {
  return listCaseEvents(app.db, caseId);
}

export type { CaseEvent };
