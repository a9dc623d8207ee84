import type { SqlExecutor } from './database.ts';

export interface AttachmentOwner {
  readonly kind: 'citizen' | 'staff';
  readonly id: string;
}

export interface AttachmentMeta {
  readonly id: string;
  readonly fileName: string;
  readonly mediaType: string;
  readonly sizeBytes: number;
  readonly sha256: string;
  readonly documentId: string | null;
  readonly caseId: string | null;
  readonly owner: AttachmentOwner;
}

interface Row {
  id: string;
  owner_kind: 'citizen' | 'staff';
  owner_id: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  document_id: string | null;
  case_id: string | null;
}

const META_COLUMNS = 'id, owner_kind, owner_id, file_name, media_type, size_bytes, sha256, document_id, case_id';

function meta(row: Row): AttachmentMeta {
  return {
    id: row.id,
    fileName: row.file_name,
    mediaType: row.media_type,
    sizeBytes: Number(row.size_bytes),
    sha256: row.sha256,
    documentId: row.document_id,
    caseId: row.case_id,
    owner: { kind: row.owner_kind, id: row.owner_id },
  };
}

export async function insertAttachment(
  db: SqlExecutor,
  input: Omit<AttachmentMeta, 'caseId'> & { readonly content: Uint8Array; readonly createdAt: Date },
): Promise<void> {
  await db.execute(
    `insert into attachments (id, owner_kind, owner_id, file_name, media_type, size_bytes, sha256, document_id, content, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [input.id, input.owner.kind, input.owner.id, input.fileName, input.mediaType, input.sizeBytes, input.sha256, input.documentId, input.content, input.createdAt.toISOString()],
  );
}

export async function findAttachments(db: SqlExecutor, ids: readonly string[]): Promise<AttachmentMeta[]> {
  if (ids.length === 0) return [];
  const rows = await db.execute<Row>(`select ${META_COLUMNS} from attachments where id = any($1::uuid[])`, [ids]);
  return rows.map(meta);
}

export async function attachmentsOfCase(db: SqlExecutor, caseId: string): Promise<AttachmentMeta[]> {
  const rows = await db.execute<Row>(`select ${META_COLUMNS} from attachments where case_id = $1 order by created_at, id`, [caseId]);
  return rows.map(meta);
}

export async function attachmentContent(db: SqlExecutor, id: string): Promise<(AttachmentMeta & { content: Uint8Array }) | null> {
  const [row] = await db.execute<Row & { content: Uint8Array }>(`select ${META_COLUMNS}, content from attachments where id = $1`, [id]);
  return row ? { ...meta(row), content: row.content } : null;
}

/** Binds uploads to the case they were filed with; an upload belongs to one case only. */
export async function bindAttachments(tx: SqlExecutor, ids: readonly string[], caseId: string): Promise<void> {
  if (ids.length === 0) return;
  await tx.execute('update attachments set case_id = $2 where id = any($1::uuid[]) and case_id is null', [ids, caseId]);
}

/** What the access policy needs to know of the case a file was filed with: its applicant, provider and region. */
export async function attachmentCaseFacts(db: SqlExecutor, caseId: string): Promise<{ applicantIin: string; providerId: string; providerRegion: string } | null> {
  const [row] = await db.execute<{ applicant_iin: string; provider_id: string; region: string }>(
    'select c.applicant_iin, c.provider_id, p.region from cases c join providers p on p.id = c.provider_id where c.id = $1',
    [caseId],
  );
  return row ? { applicantIin: row.applicant_iin, providerId: row.provider_id, providerRegion: row.region } : null;
}
