import type { Regulation } from '../regulation/schema.ts';

/**
 * The existing version a draft is compared with before publishing: the same service code; the same region (another
 * edition) before another region; then the act date closest to the draft's; then the id, so the choice is stable.
 */
export function nearestVersion(draft: Pick<Regulation, 'id' | 'region' | 'service' | 'act'>, candidates: readonly Regulation[]): Regulation | null {
  const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
  const ranked = candidates
    .filter((c) => c.id !== draft.id && c.service.code === draft.service.code)
    .map((c) => ({ c, otherRegion: c.region === draft.region ? 0 : 1, days: Math.abs(dayOf(c.act.date) - dayOf(draft.act.date)) }))
    .sort((a, b) => a.otherRegion - b.otherRegion || a.days - b.days || a.c.id.localeCompare(b.c.id));
  return ranked[0]?.c ?? null;
}

/**
 * The nearest version for a draft that has not passed the catalog's checks yet (its region or act may be missing):
 * the same ranking, with a missing region ranking every region alike and a missing act date ranking by id.
 */
export function nearestVersionOfDraft(draft: Record<string, unknown>, candidates: readonly Regulation[]): Regulation | null {
  const service = draft.service as { code?: unknown } | null | undefined;
  const act = draft.act as { date?: unknown } | null | undefined;
  if (typeof service?.code !== 'string') return null;
  const actDate = typeof act?.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(act.date) ? act.date : null;
  const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
  const ranked = candidates
    .filter((c) => c.id !== draft.id && c.service.code === service.code)
    .map((c) => ({ c, otherRegion: c.region === draft.region ? 0 : 1, days: actDate ? Math.abs(dayOf(c.act.date) - dayOf(actDate)) : 0 }))
    .sort((a, b) => a.otherRegion - b.otherRegion || a.days - b.days || a.c.id.localeCompare(b.c.id));
  return ranked[0]?.c ?? null;
}
