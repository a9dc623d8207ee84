import type { AppContext } from '../../../application/app-context.ts';
import { caseDocuments, loadDocumentFacts } from '../../../application/documents/case-document.ts';
import { readFullDocument } from '../../../application/documents/read-full-document.ts';
import { recordStaffRead } from '../../../application/audit/record-read.ts';
import { checkDocument, checkUploadedPdf, issuedPdfOf } from '../../../application/documents/verify-document.ts';
import { loadVisibleCase } from '../../../application/cases/load-case.ts';
import { canonicalBytes } from '../../../core/documents/canonical-bytes.ts';
import { documentResultIds } from '../../../core/case/case-state.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import { routeKit } from '../../route-kit.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import { MAX_PDF_BASE64_CHARS, ZCaseDocumentsToSign, ZCode, ZDocumentCaseParams, ZFullDocumentCheck, ZPdfCheck, ZPublicDocumentCheck, ZVerifyPdfBody } from './documents.types.ts';

/** The public check reads a standby where one is configured (QYZMET_READ_DATABASE_URL): a document issued a moment ago may show a moment later. */
const publicReads = (ctx: AppContext): AppContext => ({ ...ctx, db: ctx.readDb });

export function registerDocumentRoutes(app: ZodFastify, ctx: AppContext): void {
  const route = routeKit(app, ctx);
  route(
    {
      method: 'GET',
      url: '/api/cases/:caseId/document',
      tag: 'documents',
      summary: 'The result documents of a decided case and the exact bytes (Base64) each EDS signature must cover: the first at the top, every one in documents (one signature each)',
      caller: 'staff',
      params: ZDocumentCaseParams,
      response: ZCaseDocumentsToSign,
    },
    async ({ actor, params }) => {
      const { state, provider } = await loadVisibleCase(ctx.db, actor, params.caseId);
      await recordStaffRead(ctx, actor, { kind: 'document', id: state.id, subjectIin: state.applicant.iin }, 'document.content');
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

  route(
    {
      method: 'GET',
      url: '/api/documents/:code',
      operationId: 'checkDocument',
      tag: 'documents',
      summary: 'Public check of a result document by the code under its QR: type, number, date, issuer, signer, status, superseded, masked applicant',
      caller: 'public',
      params: ZCode,
      response: ZPublicDocumentCheck,
      errors: [400, 404],
    },
    ({ params }) => checkDocument(publicReads(ctx), params.code),
  );

  route(
    {
      method: 'GET',
      url: '/api/documents/:code/full',
      tag: 'documents',
      summary: 'The whole signed document: for the applicant (citizen session) and for staff who may see the case',
      caller: 'reader',
      params: ZCode,
      response: ZFullDocumentCheck,
      errors: [400, 401, 404],
    },
    async ({ actor, params }) => {
      const full = await readFullDocument(ctx, actor, params.code);
      return { ...full, content: { ...full.content } };
    },
  );

  route(
    {
      method: 'POST',
      url: '/api/documents/verify-pdf',
      tag: 'documents',
      summary: 'Public check of an uploaded PDF: genuine only when the whole file is byte for byte a PDF Qyzmet issued (422 PDF_NOT_ISSUED_BY_QYZMET otherwise)',
      caller: 'public',
      bodyLimit: MAX_PDF_BASE64_CHARS + 1024,
      body: ZVerifyPdfBody,
      response: ZPdfCheck,
      errors: [400, 422],
    },
    ({ body }) => checkUploadedPdf(publicReads(ctx), Buffer.from(body.pdfBase64, 'base64')),
  );

  route(
    {
      method: 'GET',
      url: '/api/documents/:code/pdf',
      tag: 'documents',
      summary: 'The signed result document as PDF/A-2b, exactly the file issued at signing (A4, kk/ru, QR code to QYZMET_PUBLIC_URL/verify/<code>)',
      caller: 'public',
      params: ZCode,
      produces: ['application/pdf'],
      errors: [],
    },
    async ({ params, reply }) => {
      const issued = await issuedPdfOf(publicReads(ctx), params.code);
      return reply.header('content-type', 'application/pdf').header('content-disposition', `inline; filename="${issued.code}.pdf"`).send(Buffer.from(issued.bytes));
    },
  );
}
