import { useEffect, useState } from 'react';
import type { RegulationSummary } from '../api/types.ts';
import { loadRegulationSummaries } from '../shared/regulations.ts';

/** Every regulation version's summary (loaded once per page load), or the error that stopped it. */
export function useSummaries(): { readonly summaries: readonly RegulationSummary[] | null; readonly error: unknown } {
  const [summaries, setSummaries] = useState<readonly RegulationSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let active = true;
    loadRegulationSummaries().then(
      (list) => active && setSummaries(list),
      (failure: unknown) => active && setError(failure),
    );
    return () => {
      active = false;
    };
  }, []);
  return { summaries, error };
}
