import { base64ToBytes, bytesToBase64 } from './bytes.ts';

/** PEM labels this module writes. `CMS` is what NCALayer / KAZTOKEN return (kz-ecosystem.md §2). */
export type PemLabel = 'CERTIFICATE' | 'X509 CRL' | 'PRIVATE KEY' | 'CMS' | 'PKCS7';

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;

export function encodePem(label: PemLabel, der: Uint8Array): string {
  const lines = bytesToBase64(der).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

export interface PemBlock {
  readonly label: string;
  readonly der: Uint8Array;
}

/** Every PEM block in the text, in order (a chain file holds several certificates). */
export function decodePemBlocks(text: string): PemBlock[] {
  return Array.from(text.matchAll(PEM_BLOCK), (match) => ({
    label: match[1] ?? '',
    der: base64ToBytes(match[2] ?? ''),
  }));
}

/**
 * DER bytes from PEM (any label), bare Base64, or raw DER — trust-store files and NCALayer answers come in all three.
 * A DER file starts with 0x30 (SEQUENCE), which is never a Base64 or PEM character.
 */
export function derFromPemBase64OrDer(input: string | Uint8Array): Uint8Array {
  if (typeof input !== 'string') {
    if (input[0] === 0x30) return input;
    return derFromPemBase64OrDer(new TextDecoder().decode(input));
  }
  const blocks = decodePemBlocks(input);
  if (blocks.length > 0) return (blocks[0] as PemBlock).der;
  return base64ToBytes(input);
}

/** All DER objects in the input: every PEM block of a text file, or the single DER / Base64 object. */
export function derListFromPemBase64OrDer(input: string | Uint8Array): Uint8Array[] {
  const text = typeof input === 'string' ? input : input[0] === 0x30 ? null : new TextDecoder().decode(input);
  if (text !== null) {
    const blocks = decodePemBlocks(text);
    if (blocks.length > 0) return blocks.map((block) => block.der);
  }
  return [derFromPemBase64OrDer(input)];
}
