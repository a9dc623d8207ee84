import { staffNamesByIds } from '../../adapters/db/staff-store.ts';
import type { CaseEvent } from '../../core/case/case-events.ts';
import type { AppContext } from '../app-context.ts';
import type { caseView } from './case-view.ts';

type CaseView = ReturnType<typeof caseView>;

/** A staff member as people read them: full name and role (never the login). */
export interface NamedStaff {
  readonly id: string;
  readonly fullName: string;
  readonly role: string;
}

/** The case view with its responsible executor named. */
export async function withExecutorName(ctx: AppContext, view: CaseView): Promise<CaseView & { executor: NamedStaff | null }> {
  if (!view.executorId) return { ...view, executor: null };
  const found = (await staffNamesByIds(ctx.db, [view.executorId])).get(view.executorId);
  return { ...view, executor: found ? { id: view.executorId, ...found } : null };
}

/**
 * A case's events as the history shows them: each staff actor with `fullName`, and an assignment with the
 * executor's `executorName`, all from one look-up.
 */
export async function namedCaseEvents(ctx: AppContext, events: readonly CaseEvent[]) {
  const ids = events.flatMap((e) => {
    const actor = e.actor as { kind?: string; userId?: string };
    const executorId = (e.data as { executorId?: unknown }).executorId;
    return [...(actor.kind === 'staff' && actor.userId ? [actor.userId] : []), ...(typeof executorId === 'string' ? [executorId] : [])];
  });
  const names = await staffNamesByIds(ctx.db, ids);
  return events.map((e) => {
    const { type, ...data } = e.data;
    const actor = e.actor as { kind?: string; userId?: string };
    const actorName = actor.kind === 'staff' && actor.userId ? names.get(actor.userId)?.fullName : undefined;
    const executorId = (data as { executorId?: unknown }).executorId;
    const executorName = typeof executorId === 'string' ? names.get(executorId)?.fullName : undefined;
    return {
      seq: e.seq,
      at: e.at,
      actor: { ...e.actor, ...(actorName ? { fullName: actorName } : {}) },
      type,
      data: { ...data, ...(executorName ? { executorName } : {}) },
    };
  });
}
