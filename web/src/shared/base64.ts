/**
 * The web app's one Base64 helper (issue #19: three copies had grown in the areas). The encoding itself is the PKI
 * code's (plain Web APIs, no Node Buffer, so the same functions run in the browser signer); this adds the file case.
 */
import { base64ToBytes, bytesToBase64 } from '../../../src/adapters/pki/bytes.ts';

export { base64ToBytes, bytesToBase64 };

/** A file's bytes as Base64, as POST /api/attachments takes them. */
export async function fileToBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}
