import { createHmac } from 'node:crypto';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // no 0/O, 1/I: a code read aloud or typed stays unambiguous
const CODE_LENGTH = 20; // 20 × 5 bits = 100 bits

/**
 * The code printed under the QR that lets anyone check a result document: an HMAC-SHA-256 of the case id and the
 * result under the server's secret key (kept in the data directory), so it is fixed before signing (the signature
 * covers it) yet nobody without the key can compute it from a case id and a result id (issue #14, finding 3).
 */
export function verificationCodeOf(key: Uint8Array, caseId: string, resultId: string): string {
  const digest = createHmac('sha256', key).update(`qyzmet-document:${caseId}:${resultId}`).digest();
  let code = '';
  // 256 is a multiple of 32, so each byte modulo the alphabet is uniform.
  for (let i = 0; i < CODE_LENGTH; i++) code += ALPHABET[(digest[i] ?? 0) % ALPHABET.length];
  return code.replace(/(.{5})(?!$)/g, '$1-');
}
