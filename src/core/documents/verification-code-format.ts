/**
 * A verification code as people type it — any case, spaces or dashes anywhere, as read from paper — in the printed
 * form (ABCDE-FGHJK-LMNPQ-RSTUV), or null when it cannot be one. Browser-safe: the /verify page uses it too.
 */
export function normalizeVerificationCode(input: string): string | null {
  const letters = input.replace(/[\s\-‐‑–—]/g, '').toUpperCase();
  if (!/^[A-Z0-9]{20}$/.test(letters)) return null;
  return letters.replace(/(.{5})(?!$)/g, '$1-');
}
