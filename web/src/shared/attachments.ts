import type { Client } from 'openapi-fetch';
import { unwrap } from '../api/client.ts';
import type { paths } from '../api/schema.d.ts';
import { fileToBase64 } from './base64.ts';

/** A document attached to an application: what the server stored, and which of the regulation's documents it is. */
export interface AttachedFile {
  readonly id: string;
  readonly fileName: string;
  readonly documentId: string;
}

/**
 * Stores one file for an application through POST /api/attachments (JSON with Base64 content), with the client of the
 * area (the staff client at the desk, the citizen's in the portal). The file is checked in the browser first
 * (upload-check.ts).
 */
export async function uploadAttachment(client: Client<paths>, file: File, documentId: string): Promise<AttachedFile> {
  const body = { fileName: file.name, mediaType: file.type, contentBase64: await fileToBase64(file), documentId };
  const stored = await unwrap(client.POST('/api/attachments', { body }));
  return { id: stored.id, fileName: stored.fileName, documentId };
}
