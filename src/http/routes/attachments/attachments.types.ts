import { z } from 'zod';

export const ZAttachment = z
  .object({ id: z.uuid(), fileName: z.string(), mediaType: z.string(), sizeBytes: z.number().int(), documentId: z.string().nullable() })
  .meta({ id: 'Attachment' });

export const ZAttachmentUpload = z.object({
  fileName: z.string().min(1).max(200),
  mediaType: z.string().min(1).max(100),
  contentBase64: z.string().min(1).max(8 * 1024 * 1024),
  /** Which of the regulation's required documents this is (condition "documentsComplete"). */
  documentId: z.string().min(1).max(100).optional(),
});

export const ZAttachmentParams = z.object({ attachmentId: z.uuid() });
export const ZAttachmentQuery = z.object({ download: z.enum(['1']).optional().describe('1: as a download (Content-Disposition: attachment) instead of inline') });
