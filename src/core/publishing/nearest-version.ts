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
