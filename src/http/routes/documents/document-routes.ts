import { z } from 'zod';
import { renderResultPdf } from '../../../adapters/documents/render-result-pdf.ts';
import type { AppContext } from '../../../application/app-context.ts';
import { caseDocument } from '../../../application/documents/case-document.ts';
import { loadVisibleCase } from '../../../application/cases/load-case.ts';
import type { ResultDocument } from '../../../core/documents/assemble-result-document.ts';
import { canonicalBytes } from '../../../core/documents/canonical-bytes.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import { requireStaff } from '../../authenticate.ts';
import { errorResponses } from '../../schemas.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import { ZCaseParams } from '../cases/cases.types.ts';

interface StoredDocument {
  content: ResultDocument;
  signature_verified: boolean;
  signer_iin: string | null;
  signer_name: string | null;
  certificate_serial: string | null;
  signed_at: Date;
}

async function findDocument(ctx: AppContext, code: string): Promise<StoredDocument> {
  const [row] = await ctx.db.execute<StoredDocument>(
    'select content, signature_verified, signer_iin, signer_name, certificate_serial, signed_at from documents where verification_code = $1',
    [code.toUpperCase()],
  );
  if (!row) throw new AppError('NOT_FOUND', `no document ${code}`, { what: code });
  return row;
}

const ZCode = z.object({ code: z.string().regex(/^[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}$/, 'a code like ABCDE-FGHJK-LMNPQ-RSTUV') });

export function registerDocumentRoutes(app: ZodFastify, ctx: AppContext): void {
  app.get(
    '/api/cases/:caseId/document',
    {
      schema: {
        tags: ['documents'],
        summary: 'The result document of a decided case and the exact bytes (Base64) its EDS signature must cover',
        security: [{ bearer: [] }],
        params: ZCaseParams,
        response: { 200: z.object({ verificationCode: z.string(), contentBase64: z.string(), document: z.record(z.string(), z.unknown()) }), ...errorResponses },
      },
    },
    async (request) => {
      const staff = await requireStaff(ctx, request);
      const { state, provider } = await loadVisibleCase(ctx.db, staff, request.params.caseId);
      const document = caseDocument(state, ctx.catalog.get(state.regulationId), provider);
      return { verificationCode: document.verificationCode, contentBase64: Buffer.from(canonicalBytes(document)).toString('base64'), document: { ...document } };
    },
  );

  app.get(
    '/api/documents/:code',
    {
      schema: {
        tags: ['documents'],
        summary: 'Public check of a result document by the code under its QR: content, signer and signing time',
        params: ZCode,
        response: {
          200: z.object({
            document: z.record(z.string(), z.unknown()),
            signature: z.object({ verified: z.boolean(), signerName: z.string().nullable(), signerIin: z.string().nullable(), certificateSerial: z.string().nullable(), signedAt: z.string() }),
          }),
          400: errorResponses[400],
          404: errorResponses[404],
        },
      },
    },
    async (request) => {
      const stored = await findDocument(ctx, request.params.code);
      return {
        document: { ...stored.content },
        signature: {
          verified: stored.signature_verified,
          signerName: stored.signer_name,
          signerIin: stored.signer_iin,
          certificateSerial: stored.certificate_serial,
          signedAt: stored.signed_at.toISOString(),
        },
      };
    },
  );

  app.get(
    '/api/documents/:code/pdf',
    { schema: { tags: ['documents'], summary: 'The signed result document as PDF (A4, kk/ru, QR code)', params: ZCode, produces: ['application/pdf'] } },
    async (request, reply) => {
      const stored = await findDocument(ctx, request.params.code);
      const verifyUrl = `${request.protocol}://${request.host}/api/documents/${stored.content.verificationCode}`;
      const pdf = await renderResultPdf(
        stored.content,
        { signerName: stored.signer_name ?? '—', signerIin: stored.signer_iin, signedAt: stored.signed_at.toISOString(), certificateSerialHex: stored.certificate_serial ?? '—' },
        verifyUrl,
      );
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `inline; filename="${stored.content.verificationCode}.pdf"`)
        .send(Buffer.from(pdf));
    },
  );
}
