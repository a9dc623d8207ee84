import { createHash } from 'node:crypto';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // no 0/O, 1/I: a code read aloud or typed stays unambiguous
const CODE_LENGTH = 20; // 20 × 5 bits = 100 bits

/**
 * The code printed under the QR that lets anyone check a result document. Derived from the case id (a random UUID
 * that never leaves the provider) and the result, so it is fixed before signing and cannot be guessed.
 */
export function verificationCodeOf(caseId: string, resultId: string): string {
  const digest = createHash('sha256').update(`qyzmet-document:${caseId}:${resultId}`).digest();
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += ALPHABET[(digest[i] ?? 0) % ALPHABET.length];
  return code.replace(/(.{5})(?!$)/g, '$1-');
}
