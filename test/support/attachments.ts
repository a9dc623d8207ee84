import { createHash, randomUUID } from 'node:crypto';
import type { SqlExecutor } from '../../src/adapters/db/database.ts';
import { insertAttachment, type AttachmentOwner } from '../../src/adapters/db/portal-attachment-store.ts';

const PDF = new TextEncoder().encode('%PDF-1.4\n% scan\n');

/** An uploaded scan of one of the regulation's documents (default: the identity document every route requires). */
export async function storedScan(db: SqlExecutor, owner: AttachmentOwner, documentId = 'identity-document'): Promise<string> {
  const id = randomUUID();
  await insertAttachment(db, { id, owner, fileName: `${documentId}.pdf`, mediaType: 'application/pdf', sizeBytes: PDF.length, sha256: createHash('sha256').update(PDF).digest('hex'), documentId, content: PDF, createdAt: new Date('2026-01-01T00:00:00Z') });
  return id;
}
