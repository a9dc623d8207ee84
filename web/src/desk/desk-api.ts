import { reportUnauthenticated } from '../api/client.ts';
import { ApiError, NetworkError } from '../api/api-error.ts';
import type { components } from '../api/schema.d.ts';
import { readSession } from '../session/session-storage.ts';

export type DeskTicket = components['schemas']['DeskTicket'];
export type DeskServices = components['schemas']['DeskServices'];
export type DeskSubmission = components['schemas']['DeskSubmission'];
export type DeskRepresentative = components['schemas']['DeskRepresentative'];
export type Person = components['schemas']['Person'];

export interface UploadedScan {
  readonly id: string;
  readonly fileName: string;
  readonly documentId: string | null;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Stores one scanned document through POST /api/attachments (JSON with Base64 content; the gateway's upload endpoint).
 * Plain fetch: the upload route belongs to the gateway and may not be in the generated client of this build yet.
 */
export async function uploadScan(file: File, documentId: string, language: string): Promise<UploadedScan> {
  const contentBase64 = toBase64(new Uint8Array(await file.arrayBuffer()));
  const token = readSession()?.token;
  let response: Response;
  try {
    response = await fetch('/api/attachments', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': language, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ fileName: file.name, mediaType: file.type, contentBase64, documentId }),
    });
  } catch (error) {
    throw new NetworkError(error);
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.status === 401) reportUnauthenticated();
  if (!response.ok) throw new ApiError(response.status, body);
  return body as UploadedScan;
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
