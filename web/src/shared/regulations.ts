import { useEffect, useState } from 'react';
import { api, unwrap } from '../api/client.ts';
import type { Regulation, RegulationSummary } from '../api/types.ts';

/** Regulation versions are immutable data: each is fetched once per page load and shared by every screen. */
const regulations = new Map<string, Promise<Regulation>>();
let summaries: Promise<RegulationSummary[]> | null = null;

export function loadRegulation(regulationId: string): Promise<Regulation> {
  let pending = regulations.get(regulationId);
  if (!pending) {
    pending = unwrap(api.GET('/api/regulations/{regulationId}', { params: { path: { regulationId } } }));
    pending.catch(() => regulations.delete(regulationId)); // a failed load is retried next time
    regulations.set(regulationId, pending);
  }
  return pending;
}

export function loadRegulationSummaries(): Promise<RegulationSummary[]> {
  if (!summaries) {
    summaries = unwrap(api.GET('/api/regulations'));
    summaries.catch(() => {
      summaries = null;
    });
  }
  return summaries;
}

/** The regulations of the given ids, as they arrive (missing ones are absent from the map until loaded). */
export function useRegulations(regulationIds: readonly string[]): ReadonlyMap<string, Regulation> {
  const [loaded, setLoaded] = useState<ReadonlyMap<string, Regulation>>(new Map());
  const key = [...new Set(regulationIds)].sort().join('|');
  useEffect(() => {
    let active = true;
    const ids = key ? key.split('|') : [];
    Promise.allSettled(ids.map(loadRegulation)).then((results) => {
      if (!active) return;
      const next = new Map<string, Regulation>();
      results.forEach((result, index) => {
        const id = ids[index];
        if (result.status === 'fulfilled' && id) next.set(id, result.value);
      });
      setLoaded(next);
    });
    return () => {
      active = false;
    };
  }, [key]);
  return loaded;
}
