import type { SqlExecutor } from './database.ts';

/** An uploaded regulation text (migration 0015): immutable, named in citations by `citationName`. */
export interface StoredSource {
  readonly id: string;
  readonly fileName: string;
  readonly citationName: string;
  readonly sha256: string;
  readonly text: string;
  readonly uploadedBy: string;
  readonly uploadedAt: Date;
}

export interface UnresolvedRow {
  readonly line: number;
  readonly text: string;
  readonly reason: string;
}

export interface StoredDraft {
  readonly id: string;
  readonly sourceId: string;
  readonly definition: Record<string, unknown>;
  readonly actLifecycle: Record<string, unknown> | null;
  readonly unresolved: readonly UnresolvedRow[];
  readonly revision: number;
  readonly createdBy: string;
  readonly createdAt: Date;
  readonly updatedBy: string;
  readonly updatedAt: Date;
  /** The version published from this draft, when it was. */
  readonly publishedRegulationId: string | null;
}

export interface StoredPublication {
  readonly regulationId: string;
  readonly draftId: string;
  readonly sourceId: string;
  readonly definition: unknown;
  readonly actLifecycle: unknown;
  readonly publishedBy: string;
  readonly publishedAt: Date;
}

interface SourceRow {
  id: string;
  file_name: string;
  citation_name: string;
  sha256: string;
  text: string;
  uploaded_by: string;
  uploaded_at: Date;
}

const toSource = (r: SourceRow): StoredSource => ({
  id: r.id,
  fileName: r.file_name,
  citationName: r.citation_name,
  sha256: r.sha256,
  text: r.text,
  uploadedBy: r.uploaded_by,
  uploadedAt: r.uploaded_at,
});

/** Stores a text once per content: a second upload of the same bytes answers the stored row. */
export async function insertSourceOnce(db: SqlExecutor, source: StoredSource): Promise<StoredSource> {
  await db.execute(
    `insert into regulation_sources (id, file_name, citation_name, sha256, text, uploaded_by, uploaded_at)
     values ($1, $2, $3, $4, $5, $6, $7) on conflict (sha256) do nothing`,
    [source.id, source.fileName, source.citationName, source.sha256, source.text, source.uploadedBy, source.uploadedAt.toISOString()],
  );
  const [row] = await db.execute<SourceRow>('select * from regulation_sources where sha256 = $1', [source.sha256]);
  if (!row) throw new Error(`regulation source ${source.sha256} vanished after insert`);
  return toSource(row);
}

export async function findSource(db: SqlExecutor, sourceId: string): Promise<StoredSource | null> {
  const [row] = await db.execute<SourceRow>('select * from regulation_sources where id = $1', [sourceId]);
  return row ? toSource(row) : null;
}

/** The stored texts by citation name (what a published version's `source.seed` names). */
export async function findSourcesByCitationName(db: SqlExecutor, citationNames: readonly string[]): Promise<StoredSource[]> {
  if (citationNames.length === 0) return [];
  const rows = await db.execute<SourceRow>('select * from regulation_sources where citation_name = any($1::text[])', [[...citationNames]]);
  return rows.map(toSource);
}

interface DraftRow {
  id: string;
  source_id: string;
  definition: Record<string, unknown>;
  act_lifecycle: Record<string, unknown> | null;
  unresolved: UnresolvedRow[];
  revision: number;
  created_by: string;
  created_at: Date;
  updated_by: string;
  updated_at: Date;
  published_regulation_id: string | null;
}

const toDraft = (r: DraftRow): StoredDraft => ({
  id: r.id,
  sourceId: r.source_id,
  definition: r.definition,
  actLifecycle: r.act_lifecycle,
  unresolved: r.unresolved,
  revision: r.revision,
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedBy: r.updated_by,
  updatedAt: r.updated_at,
  publishedRegulationId: r.published_regulation_id,
});

const DRAFT_COLUMNS = `d.id, d.source_id, d.definition, d.act_lifecycle, d.unresolved, d.revision, d.created_by, d.created_at,
  d.updated_by, d.updated_at, p.regulation_id as published_regulation_id`;

export async function insertDraft(db: SqlExecutor, draft: Omit<StoredDraft, 'revision' | 'updatedBy' | 'updatedAt' | 'publishedRegulationId'>): Promise<void> {
  await db.execute(
    `insert into regulation_drafts (id, source_id, definition, act_lifecycle, unresolved, revision, created_by, created_at, updated_by, updated_at)
     values ($1, $2, $3, $4, $5, 1, $6, $7, $6, $7)`,
    [
      draft.id,
      draft.sourceId,
      JSON.stringify(draft.definition),
      draft.actLifecycle === null ? null : JSON.stringify(draft.actLifecycle),
      JSON.stringify(draft.unresolved),
      draft.createdBy,
      draft.createdAt.toISOString(),
    ],
  );
}

export async function findDraft(db: SqlExecutor, draftId: string, options: { forUpdate?: boolean } = {}): Promise<StoredDraft | null> {
  const lock = options.forUpdate ? ' for update of d' : '';
  const [row] = await db.execute<DraftRow>(
    `select ${DRAFT_COLUMNS} from regulation_drafts d left join published_regulations p on p.draft_id = d.id where d.id = $1${lock}`,
    [draftId],
  );
  return row ? toDraft(row) : null;
}

/** The newest drafts first, with the uploaded file's name. */
export async function listDrafts(db: SqlExecutor, limit: number): Promise<Array<StoredDraft & { fileName: string }>> {
  const rows = await db.execute<DraftRow & { file_name: string }>(
    `select ${DRAFT_COLUMNS}, s.file_name from regulation_drafts d join regulation_sources s on s.id = d.source_id
     left join published_regulations p on p.draft_id = d.id
     order by d.created_at desc, d.id limit $1`,
    [limit],
  );
  return rows.map((r) => ({ ...toDraft(r), fileName: r.file_name }));
}

/** Saves a correction when the draft is still at `expectedRevision`; answers false when another save came first. */
export async function updateDraft(
  db: SqlExecutor,
  change: { draftId: string; expectedRevision: number; definition: unknown; actLifecycle: unknown; updatedBy: string; updatedAt: Date },
): Promise<boolean> {
  const rows = await db.execute(
    `update regulation_drafts set definition = $1, act_lifecycle = $2, revision = revision + 1, updated_by = $3, updated_at = $4
     where id = $5 and revision = $6 returning id`,
    [
      JSON.stringify(change.definition),
      change.actLifecycle === null ? null : JSON.stringify(change.actLifecycle),
      change.updatedBy,
      change.updatedAt.toISOString(),
      change.draftId,
      change.expectedRevision,
    ],
  );
  return rows.length === 1;
}

/**
 * Takes the catalog's version row (serializing publishes across processes) and answers the next version number.
 * Called first in the publishing transaction.
 */
export async function bumpCatalogVersion(db: SqlExecutor): Promise<number> {
  const [row] = await db.execute<{ version: number }>('update regulation_catalog_version set version = version + 1 returning version');
  return row?.version ?? 0;
}

export async function readCatalogVersion(db: SqlExecutor): Promise<number> {
  const [row] = await db.execute<{ version: number }>('select version from regulation_catalog_version');
  return row?.version ?? 0;
}

export async function insertPublication(db: SqlExecutor, publication: StoredPublication): Promise<void> {
  await db.execute(
    `insert into published_regulations (regulation_id, draft_id, source_id, definition, act_lifecycle, published_by, published_at)
     values ($1, $2, $3, $4, $5, $6, $7)`,
    [
      publication.regulationId,
      publication.draftId,
      publication.sourceId,
      JSON.stringify(publication.definition),
      publication.actLifecycle === null ? null : JSON.stringify(publication.actLifecycle),
      publication.publishedBy,
      publication.publishedAt.toISOString(),
    ],
  );
}

export async function findPublicationOfDraft(db: SqlExecutor, draftId: string): Promise<{ regulationId: string } | null> {
  const [row] = await db.execute<{ regulation_id: string }>('select regulation_id from published_regulations where draft_id = $1', [draftId]);
  return row ? { regulationId: row.regulation_id } : null;
}

export async function publicationExists(db: SqlExecutor, regulationId: string): Promise<boolean> {
  const rows = await db.execute('select 1 from published_regulations where regulation_id = $1', [regulationId]);
  return rows.length > 0;
}

/** Every published version with its stored source text, in publishing order, and the catalog version they make. */
export async function loadPublications(db: SqlExecutor): Promise<{ version: number; publications: Array<StoredPublication & { sourceText: string; citationName: string }> }> {
  const rows = await db.execute<{
    regulation_id: string;
    draft_id: string;
    source_id: string;
    definition: unknown;
    act_lifecycle: unknown;
    published_by: string;
    published_at: Date;
    text: string;
    citation_name: string;
    version: number;
  }>(
    `select p.*, s.text, s.citation_name, v.version from regulation_catalog_version v
     left join published_regulations p on true left join regulation_sources s on s.id = p.source_id
     order by p.published_at, p.regulation_id`,
  );
  const version = rows[0]?.version ?? 0;
  const publications = rows
    .filter((r) => r.regulation_id !== null)
    .map((r) => ({
      regulationId: r.regulation_id,
      draftId: r.draft_id,
      sourceId: r.source_id,
      definition: r.definition,
      actLifecycle: r.act_lifecycle,
      publishedBy: r.published_by,
      publishedAt: r.published_at,
      sourceText: r.text,
      citationName: r.citation_name,
    }));
  return { version, publications };
}
