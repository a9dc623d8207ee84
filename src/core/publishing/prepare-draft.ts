import { REGULATION_SCHEMA_VERSION } from '../regulation/schema.ts';

/**
 * What the review starts from: the importer's draft with an id no catalog entry has (a case names its version by id,
 * so a new version never reuses one) and the act lifecycle saying the act approves this version.
 */
export interface PreparedDraft {
  readonly definition: Record<string, unknown>;
  readonly actLifecycle: Record<string, unknown> | null;
}

const asRecord = (value: unknown): Record<string, unknown> | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;

/** `<region>-<year>-<number>` as regulation-catalog.ts actIdOf, from an unchecked draft (null when the act is unknown). */
function actIdOfDraft(definition: Record<string, unknown>): string | null {
  const act = asRecord(definition.act);
  if (typeof definition.region !== 'string' || !act || typeof act.date !== 'string' || typeof act.number !== 'string') return null;
  return `${definition.region}-${act.date.slice(0, 4)}-${act.number}`.toLowerCase().replace(/[^a-z0-9-]/g, '-');
}

/** The id the draft keeps, or `<id>-<hash prefix>` when the catalog already has it (the same text always gives the same). */
export function uniqueDraftId(id: unknown, takenIds: ReadonlySet<string>, sha256Hex: string): string {
  const base = typeof id === 'string' && /^[a-z][a-zA-Z0-9-]*$/.test(id) ? id : 'imported-regulation';
  if (!takenIds.has(base)) return base;
  for (let length = 8; length <= 64; length += 8) {
    const candidate = `${base}-${sha256Hex.slice(0, length)}`;
    if (!takenIds.has(candidate)) return candidate;
  }
  return `${base}-${sha256Hex}`;
}

/**
 * The act lifecycle a published version carries: its act approves it. The importer gives the act's date, number and
 * issuer (`act`), cited at `act.source`; the administrator corrects it like the rest. Null when the draft names no act.
 */
export function defaultActLifecycle(definition: Record<string, unknown>): Record<string, unknown> | null {
  const act = asRecord(definition.act);
  const actId = actIdOfDraft(definition);
  if (!act || !actId) return null;
  const issuer = asRecord(act.issuer);
  const title = (language: 'kk' | 'ru' | 'en') => `${typeof issuer?.[language] === 'string' ? `${issuer[language] as string} ` : ''}№${act.number as string} (${act.date as string})`;
  return {
    schema: REGULATION_SCHEMA_VERSION,
    kind: 'actLifecycle',
    id: actId,
    region: definition.region,
    ...(typeof definition.district === 'string' ? { district: definition.district } : {}),
    date: act.date,
    number: act.number,
    title: { kk: title('kk'), ru: title('ru'), en: title('en') },
    approves: [{ regulationIds: [definition.id], source: act.source }],
    source: act.source,
  };
}

type Citation = { line?: unknown; quote?: unknown };
const cited = (source: unknown) => {
  const s = asRecord(source) as Citation | null;
  return s ? ` (line ${String(s.line)}: "${String(s.quote)}")` : '';
};

/**
 * The importer's informational keys the catalog schema does not hold, turned into review notes so the reviewer still
 * sees them: `channels` (the channels the text names, each cited; the routes carry the executable part), `language`
 * (the languages read) and the citation of the repeal (`act.repealedBy.source`; the schema's repeal has no citation).
 */
export function withoutInformationalKeys(imported: Record<string, unknown>): Record<string, unknown> {
  const { channels, language, ...definition } = imported;
  const notes: string[] = Array.isArray(definition.notes) ? definition.notes.filter((n): n is string => typeof n === 'string') : [];
  if (Array.isArray(channels) && channels.length > 0) {
    notes.push(`Import: channels named in the text: ${channels.map((c) => `${String(asRecord(c)?.channel)}${cited(asRecord(c)?.source)}`).join('; ')}.`);
  }
  if (Array.isArray(language) && language.length > 0) notes.push(`Import: languages of the text: ${language.join(', ')}.`);
  const act = asRecord(definition.act);
  const repealedBy = asRecord(act?.repealedBy);
  if (act && repealedBy && 'source' in repealedBy) {
    const { source, ...repeal } = repealedBy;
    notes.push(`Import: repeal by No ${String(repeal.number)} of ${String(repeal.date)} read${cited(source)}.`);
    definition.act = { ...act, repealedBy: repeal };
  }
  return notes.length > 0 || 'notes' in definition ? { ...definition, notes } : definition;
}

export function prepareDraft(imported: Record<string, unknown>, takenIds: ReadonlySet<string>, sha256Hex: string): PreparedDraft {
  const definition = { ...withoutInformationalKeys(imported), id: uniqueDraftId(imported.id, takenIds, sha256Hex) };
  return { definition, actLifecycle: defaultActLifecycle(definition) };
}
