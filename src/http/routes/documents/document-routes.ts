import type { AppContext } from '../../../application/app-context.ts';
import { caseDocuments, loadDocumentFacts } from '../../../application/documents/case-document.ts';
import { readFullDocument } from '../../../application/documents/read-full-document.ts';
import { recordStaffRead } from '../../../application/audit/record-read.ts';
import { checkDocument, checkUploadedPdf, issuedPdfOf } from '../../../application/documents/verify-document.ts';
import { loadVisibleCase } from '../../../application/cases/load-case.ts';
import { canonicalBytes } from '../../../core/documents/canonical-bytes.ts';
import { documentResultIds } from '../../../core/case/case-state.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import { requireStaff } from '../../authenticate.ts';
import { errorResponses } from '../../schemas.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import { ZCaseParams } from '../cases/cases.types.ts';
import { requireDocumentReader } from './document-reader.ts';
import { MAX_PDF_BASE64_CHARS, ZCaseDocumentsToSign, ZCode, ZFullDocumentCheck, ZPdfCheck, ZPublicDocumentCheck, ZVerifyPdfBody } from './documents.types.ts';

/** The public check reads a standby where one is configured (QYZMET_READ_DATABASE_URL): a document issued a moment ago may show a moment later. */
const publicReads = (ctx: AppContext): AppContext => ({ ...ctx, db: ctx.readDb });

export function registerDocumentRoutes(app: ZodFastify, ctx: AppContext): void {
  app.get(
    '/api/cases/:caseId/document',
    {
      schema: {
        tags: ['documents'],
        summary: 'The result documents of a decided case and the exact bytes (Base64) each EDS signature must cover: the first at the top, every one in documents (one signature each)',
        security: [{ bearer: [] }],
        params: ZCaseParams,
        response: { 200: ZCaseDocumentsToSign, ...errorResponses },
      },
    },
    async (request) => {
      const staff = await requireStaff(ctx, request);
      const { state, provider } = await loadVisibleCase(ctx.db, staff, request.params.caseId);
      await recordStaffRead(ctx, staff, { kind: 'document', id: state.id, subjectIin: state.applicant.iin }, 'document.content');
      const regulation = ctx.catalog.get(state.regulationId);
      const documents = caseDocuments(ctx, state, regulation, provider, await loadDocumentFacts(ctx, ctx.db, state)).map((document, index) => ({
        resultId: documentResultIds(regulation, state)[index]!,
        verificationCode: document.verificationCode,
        contentBase64: Buffer.from(canonicalBytes(document)).toString('base64'),
        document: { ...document },
      }));
      const first = documents[0];
      if (!first) throw new AppError('STEP_NOT_OPEN', `case ${state.id} has no result document`, { stepId: 'sign', openStepId: '-' });
      return { verificationCode: first.verificationCode, contentBase64: first.contentBase64, document: first.document, documents };
    },
  );

  app.get(
    '/api/documents/:code',
    {
      schema: {
        operationId: 'checkDocument',
        tags: ['documents'],
        summary: 'Public check of a result document by the code under its QR: type, number, date, issuer, signer, status, superseded, masked applicant',
        params: ZCode,
        response: { 200: ZPublicDocumentCheck, 400: errorResponses[400], 404: errorResponses[404] },
      },
    },
    async (request) => checkDocument(publicReads(ctx), request.params.code),
  );

  app.get(
    '/api/documents/:code/full',
    {
      schema: {
        tags: ['documents'],
        summary: 'The whole signed document: for the applicant (citizen session) and for staff who may see the case',
        security: [{ bearer: [] }],
        params: ZCode,
        response: { 200: ZFullDocumentCheck, 400: errorResponses[400], 401: errorResponses[401], 404: errorResponses[404] },
      },
    },
    async (request) => {
      const full = await readFullDocument(ctx, await requireDocumentReader(ctx, request), request.params.code);
      return { ...full, content: { ...full.content } };
    },
  );

  app.post(
    '/api/documents/verify-pdf',
    {
      bodyLimit: MAX_PDF_BASE64_CHARS + 1024,
      schema: {
        tags: ['documents'],
        summary: 'Public check of an uploaded PDF: genuine only when the whole file is byte for byte a PDF Qyzmet issued (422 PDF_NOT_ISSUED_BY_QYZMET otherwise)',
        body: ZVerifyPdfBody,
        response: { 200: ZPdfCheck, 400: errorResponses[400], 422: errorResponses[422] },
      },
    },
    async (request) => checkUploadedPdf(publicReads(ctx), Buffer.from(request.body.pdfBase64, 'base64')),
  );

  app.get(
    '/api/documents/:code/pdf',
    {
      schema: {
        tags: ['documents'],
        summary: 'The signed result document as PDF/A-2b, exactly the file issued at signing (A4, kk/ru, QR code to QYZMET_PUBLIC_URL/verify/<code>)',
        params: ZCode,
        produces: ['application/pdf'],
      },
    },
    async (request, reply) => {
      const issued = await issuedPdfOf(publicReads(ctx), request.params.code);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `inline; filename="${issued.code}.pdf"`)
        .send(Buffer.from(issued.bytes));
    },
  );
}
