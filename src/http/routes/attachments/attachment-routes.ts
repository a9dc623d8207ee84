import { createHash } from 'node:crypto';
import type { AppContext } from '../../../application/app-context.ts';
import { recordStaffRead } from '../../../application/audit/record-read.ts';
import { attachmentWithCase, storeAttachment } from '../../../application/attachments/attachment-files.ts';
import { maySeeAttachment } from '../../../core/access/access-policy.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import { fieldValidationError } from '../../../core/errors/validation-reasons.ts';
import { routeKit } from '../../route-kit.ts';
import { submitterRef } from '../../submitter.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import { ZAttachment, ZAttachmentParams, ZAttachmentQuery, ZAttachmentUpload } from './attachments.types.ts';

/** Per-file limit (our choice; the seeds give none); the per-application total is in submit-through-gateway.ts. */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

/** The accepted types, recognised by their first bytes, not by the name or the declared type alone. */
const SIGNATURES: Record<string, readonly number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d],
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
};

export function sniffMediaType(bytes: Uint8Array): string | null {
  for (const [mediaType, magic] of Object.entries(SIGNATURES)) if (magic.every((b, i) => bytes[i] === b)) return mediaType;
  return null;
}

export function registerAttachmentRoutes(app: ZodFastify, ctx: AppContext): void {
  const route = routeKit(app, ctx);
  route(
    {
      method: 'POST',
      url: '/api/attachments',
      tag: 'portal',
      summary: 'Uploads one document of an application (JSON with Base64 content; PDF, JPEG or PNG, at most 5 MB); citizens and State Corporation operators',
      caller: 'submitter',
      // Base64 grows a 5 MB file to about 6.7 MB of JSON; a body over 8 MB is a file over 5 MB, refused as such (413
      // ATTACHMENT_TOO_LARGE stating 5 MB, error-handler.ts), never as the request's 8 MB the person never sees.
      bodyLimit: 8 * 1024 * 1024,
      config: { fileLimitBytes: MAX_ATTACHMENT_BYTES },
      body: ZAttachmentUpload,
      response: ZAttachment,
      status: 201,
    },
    async ({ actor, body }) => {
      const { fileName, mediaType, contentBase64, documentId } = body;
      if (!(mediaType in SIGNATURES)) throw new AppError('ATTACHMENT_TYPE_NOT_ALLOWED', `declared ${mediaType}`, { mediaType });
      const content = new Uint8Array(Buffer.from(contentBase64, 'base64'));
      if (content.length === 0) throw fieldValidationError('contentBase64', { code: 'too_small', params: { origin: 'string', minimum: 1 } }, 'empty file');
      if (content.length > MAX_ATTACHMENT_BYTES) throw new AppError('ATTACHMENT_TOO_LARGE', `${content.length} bytes`, { limitMegabytes: MAX_ATTACHMENT_BYTES / 1024 / 1024 });
      const actual = sniffMediaType(content);
      if (actual !== mediaType) throw new AppError('ATTACHMENT_TYPE_NOT_ALLOWED', `declared ${mediaType}, content is ${actual ?? 'unknown'}`, { mediaType: actual ?? mediaType });
      const id = ctx.newId();
      const sha256 = createHash('sha256').update(content).digest('hex');
      await storeAttachment(ctx, { id, owner: submitterRef(actor), fileName, mediaType, sizeBytes: content.length, sha256, documentId: documentId ?? null, content });
      return { id, fileName, mediaType, sizeBytes: content.length, documentId: documentId ?? null };
    },
  );

  route(
    {
      method: 'GET',
      url: '/api/attachments/:attachmentId',
      tag: 'portal',
      summary: "An uploaded file: for whoever uploaded it, the applicant, and the staff of the case's provider",
      caller: 'principal',
      params: ZAttachmentParams,
      query: ZAttachmentQuery,
      produces: ['application/pdf', 'image/jpeg', 'image/png'],
      errors: [],
    },
    async ({ actor: { principal, staff }, params, query, reply }) => {
      const { file, filedWith } = await attachmentWithCase(ctx, params.attachmentId);
      // Another person's file answers as absent, so its existence does not leak (access-policy.ts maySeeAttachment).
      if (!file || !maySeeAttachment(principal, { owner: file.owner, case: filedWith })) throw new AppError('NOT_FOUND', `attachment ${params.attachmentId}`, { what: 'attachment' });
      // A staff read of a filed application's document is a read of the applicant's data (the uploader's own file is not).
      if (staff && filedWith) await recordStaffRead(ctx, staff, { kind: 'attachment', id: file.id, subjectIin: filedWith.applicantIin }, 'attachment.content');
      // The type is the one recognised by its first bytes at upload (sniffMediaType); the sandbox CSP and nosniff
      // (security-headers.ts) keep an uploaded file from running script even when opened on its own.
      return reply
        .header('content-type', file.mediaType)
        .header('content-security-policy', "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox")
        .header('x-content-type-options', 'nosniff')
        .header('content-disposition', `${query.download ? 'attachment' : 'inline'}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .send(Buffer.from(file.content));
    },
  );
}
