/**
 * An uploaded regulation text as the citations of its published versions see it (issue #20). The text is stored
 * once, immutable; its citation name is derived from its SHA-256, so two uploads of the same text cite the same name
 * and no upload can take a seed's name (seeds are `NNN_<hex>.txt`).
 */

/** The name `source.seed` of every figure cited into an uploaded text. */
export function citationNameOf(sha256Hex: string): string {
  return `upload_${sha256Hex.slice(0, 16)}.txt`;
}

/** Line breaks as the importer and the citations count them: \n only (a Windows file's \r\n is the same text). */
export function normalizeLineBreaks(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** 1-based lines, as `source.line` counts them. */
export function linesOf(text: string): string[] {
  return text.split('\n');
}
