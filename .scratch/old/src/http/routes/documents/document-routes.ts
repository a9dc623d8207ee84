import { z } from 'zod';
import { readPdfIdentity } from '../../../adapters/documents/read-pdf-identity.ts';
import { renderResultPdf } from '../../../adapters/documents/render-result-pdf.ts';
import type { AppContext } from '../../../application/app-context.ts';
import { caseDocument, loadDocumentFacts } from '../../../application/documents/case-document.ts';
import { checkDocument, checkPdf, findStoredDocument } from '../../../application/documents/verify-document.ts';
import { loadVisibleCase } from '../../../application/cases/load-case.ts';
import { canonicalBytes } from '../../../core/documents/canonical-bytes.ts';
import { requireStaff } from '../../authenticate.ts';
import { errorResponses } from '../../schemas.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import { ZCaseParams } from '../cases/cases.types.ts';

const ZCode = z.object({ code: z.string().regex(/^[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}$/, 'a code like ABCDE-FGHJK-LMNPQ-RSTUV') });

const ZDocumentCheck = z.object({
  document: z.record(z.string(), z.unknown()),
  contentSha256: z.string(),
  signature: z.object({
    verified: z.boolean(),
    signerName: z.string().nullable(),
    signerIin: z.string().nullable(),
    certificateSerial: z.string().nullable(),
    signedAt: z.string(),
    certificateStatus: z.enum(['good', 'revoked', 'invalid', 'unverified']),
    certificateProblem: z.string().nullable(),
  }),
  supersededBy: z.string().nullable().describe('the verification code of a later document of the same case, if any'),
});

/** A signed result PDF is some 50–100 KB; 5 MB of Base64 leaves room for scans saved as PDF by mistake. */
const MAX_PDF_BASE64_CHARS = 5 * 1024 * 1024;

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
      const document = caseDocument(state, ctx.catalog.get(state.regulationId), provider, await loadDocumentFacts(ctx, ctx.db, state));
      return { verificationCode: document.verificationCode, contentBase64: Buffer.from(canonicalBytes(document)).toString('base64'), document: { ...document } };
    },
  );

  app.get(
    '/api/documents/:code',
    {
      schema: {
        tags: ['documents'],
        summary: 'Public check of a result document by the code under its QR: content, signer, signing time, certificate status, superseded',
        params: ZCode,
        response: { 200: ZDocumentCheck, 400: errorResponses[400], 404: errorResponses[404] },
      },
    },
    async (request) => {
      const check = await checkDocument(ctx, request.params.code);
      return { ...check, document: { ...check.document } };
    },
  );

  app.post(
    '/api/documents/verify-pdf',
    {
      bodyLimit: MAX_PDF_BASE64_CHARS + 1024,
      schema: {
        tags: ['documents'],
        summary: 'Public check of an uploaded result PDF: finds the document by the code in its metadata and compares its content hash',
        body: z.object({ pdfBase64: z.string().min(1).max(MAX_PDF_BASE64_CHARS) }),
        response: { 200: ZDocumentCheck.extend({ contentMatches: z.boolean() }), 400: errorResponses[400], 404: errorResponses[404] },
      },
    },
    async (request) => {
      const identity = await readPdfIdentity(Buffer.from(request.body.pdfBase64, 'base64'));
      const check = await checkPdf(ctx, identity);
      return { ...check, document: { ...check.document } };
    },
  );

  app.get(
    '/api/documents/:code/pdf',
    { schema: { tags: ['documents'], summary: 'The signed result document as PDF (A4, kk/ru, QR code to /verify/<code>)', params: ZCode, produces: ['application/pdf'] } },
    async (request, reply) => {
      const stored = await findStoredDocument(ctx, request.params.code);
      // The QR opens the public verification page of the web app.
      const verifyUrl = `${request.protocol}://${request.host}/verify/${stored.content.verificationCode}`;
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
