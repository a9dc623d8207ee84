/**
 * What the browser checks of a file before it uploads it (issue #17): the same limit and types as the server
 * (src/http/routes/attachments/attachment-routes.ts MAX_ATTACHMENT_BYTES and its PDF/JPEG/PNG), so a file over the
 * limit is refused here, with the limit stated, and never travels as a body the server must refuse.
 */
export const MAX_UPLOAD_MEGABYTES = 5;
const MAX_UPLOAD_BYTES = MAX_UPLOAD_MEGABYTES * 1024 * 1024;
export const UPLOAD_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;

export type UploadProblem =
  | { readonly kind: 'tooLarge'; readonly name: string; readonly sizeMegabytes: number; readonly limitMegabytes: number }
  | { readonly kind: 'wrongType'; readonly name: string };

export function checkUpload(file: { readonly name: string; readonly size: number; readonly type: string }): UploadProblem | null {
  if (!(UPLOAD_MEDIA_TYPES as readonly string[]).includes(file.type)) return { kind: 'wrongType', name: file.name };
  if (file.size > MAX_UPLOAD_BYTES) return { kind: 'tooLarge', name: file.name, sizeMegabytes: Math.round((file.size / 1024 / 1024) * 10) / 10, limitMegabytes: MAX_UPLOAD_MEGABYTES };
  return null;
}
