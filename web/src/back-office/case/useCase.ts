import { useCallback, useEffect, useState } from 'react';
import { isVersionConflict } from '../../api/api-error.ts';
import { api, unwrap } from '../../api/client.ts';
import type { CaseEvent, CaseView } from '../../api/types.ts';

export interface CaseData {
  readonly view: CaseView;
  readonly history: readonly CaseEvent[];
  /** When the view arrived: countdowns count from the server's remaining minutes at this moment. */
  readonly fetchedAtEpochMs: number;
}

export type StepOutcome = { readonly kind: 'done'; readonly view: CaseView } | { readonly kind: 'conflict' };

async function fetchCase(caseId: string): Promise<CaseData> {
  const params = { params: { path: { caseId } } };
  const [view, history] = await Promise.all([unwrap(api.GET('/api/cases/{caseId}', params)), unwrap(api.GET('/api/cases/{caseId}/history', params))]);
  return { view, history, fetchedAtEpochMs: Date.now() };
}

/**
 * A case with its history, and the command that completes its open step. The command sends the version the person
 * saw; when someone acted first the API answers 409 VERSION_CONFLICT, the case is reloaded and the caller is told.
 */
export function useCase(caseId: string) {
  const [data, setData] = useState<CaseData | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);

  const reload = useCallback(async () => {
    try {
      setData(await fetchCase(caseId));
      setLoadError(null);
    } catch (failure) {
      setLoadError(failure);
    }
  }, [caseId]);

  useEffect(() => {
    setData(null);
    void reload();
  }, [reload]);

  const completeStep = useCallback(
    async (view: CaseView, stepId: string, input: Record<string, unknown>): Promise<StepOutcome> => {
      try {
        const next = await unwrap(
          api.POST('/api/cases/{caseId}/steps', { params: { path: { caseId: view.id } }, body: { stepId, expectedVersion: view.version, input } }),
        );
        const history = await unwrap(api.GET('/api/cases/{caseId}/history', { params: { path: { caseId: view.id } } })).catch(() => data?.history ?? []);
        setData({ view: next, history, fetchedAtEpochMs: Date.now() });
        return { kind: 'done', view: next };
      } catch (failure) {
        if (!isVersionConflict(failure)) throw failure;
        await reload();
        return { kind: 'conflict' };
      }
    },
    [data, reload],
  );

  return { data, loadError, reload, completeStep };
}
