import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../application/app-context.ts';
import { recordStaffRead } from '../../../application/audit/record-read.ts';
import { deskReceipt, officeReceipt } from '../../../application/print/acceptance-receipt.ts';
import { journalForPrint, journalPdf, receiptPdf, type PrintedPdf } from '../../../application/print/printed-pdfs.ts';
import { resultForIssue, resultPdfForIssue } from '../../../application/print/result-for-issue.ts';
import { requireStaff } from '../../authenticate.ts';
import { errorResponses } from '../../schemas.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import { ZJournalQuery } from '../journal/journal.types.ts';
import { ZAcceptanceReceipt, ZJournalSheet, ZReceiptParams, ZResultForIssue, ZResultPdfParams } from './print.types.ts';

function sendPdf(reply: FastifyReply, pdf: PrintedPdf) {
  return reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `inline; filename="${pdf.fileName}"`)
    .header('cache-control', 'no-store')
    .send(Buffer.from(pdf.bytes));
}

/**
 * Issue #17: what staff print for people — the receipt of accepted documents (office, desk; page data and A4 PDF), the
 * signed result for issue in person at the office, and the incoming journal for a period.
 */
export function registerPrintRoutes(app: ZodFastify, ctx: AppContext): void {
  // The office's and the desk's receipt, read through the access policy and recorded as a read of the applicant's data.
  const readOfficeReceipt = async (request: FastifyRequest, caseId: string) => {
    const staff = await requireStaff(ctx, request);
    const receipt = await officeReceipt(ctx, staff, caseId);
    await recordStaffRead(ctx, staff, { kind: 'case', id: receipt.caseId, subjectIin: receipt.applicant.iin }, 'case.view');
    return receipt;
  };
  const readDeskReceipt = async (request: FastifyRequest, caseId: string) => {
    const staff = await requireStaff(ctx, request, ['scOperator']);
    const receipt = await deskReceipt(ctx, staff, caseId);
    await recordStaffRead(ctx, staff, { kind: 'case', id: receipt.caseId, subjectIin: receipt.applicant.iin }, 'desk.submission');
    return receipt;
  };

  app.get(
    '/api/cases/:caseId/receipt',
    {
      schema: {
        tags: ['cases'],
        summary: 'The receipt of accepted documents (расписка / қолхат) for the applicant at the provider office: documents, date the result is due',
        security: [{ bearer: [] }],
        params: ZReceiptParams,
        response: { 200: ZAcceptanceReceipt, ...errorResponses },
      },
    },
    async (request) => {
      return readOfficeReceipt(request, request.params.caseId);
    },
  );

  app.get(
    '/api/cases/:caseId/receipt/pdf',
    {
      schema: {
        tags: ['cases'],
        summary: 'The receipt of accepted documents at the provider office as an A4 PDF/A-2b, one page in Kazakh and one in Russian',
        security: [{ bearer: [] }],
        params: ZReceiptParams,
        produces: ['application/pdf'],
      },
    },
    async (request, reply) => {
      return sendPdf(reply, await receiptPdf(ctx, await readOfficeReceipt(request, request.params.caseId)));
    },
  );

  app.get(
    '/api/desk/submissions/:caseId/receipt',
    {
      schema: {
        tags: ['desk'],
        summary: 'The receipt of accepted documents for the applicant at the State Corporation desk that forwarded the case',
        security: [{ bearer: [] }],
        params: ZReceiptParams,
        response: { 200: ZAcceptanceReceipt, ...errorResponses },
      },
    },
    async (request) => {
      return readDeskReceipt(request, request.params.caseId);
    },
  );

  app.get(
    '/api/desk/submissions/:caseId/receipt/pdf',
    {
      schema: {
        tags: ['desk'],
        summary: 'The receipt of accepted documents at the State Corporation desk as an A4 PDF/A-2b, one page in Kazakh and one in Russian',
        security: [{ bearer: [] }],
        params: ZReceiptParams,
        produces: ['application/pdf'],
      },
    },
    async (request, reply) => {
      return sendPdf(reply, await receiptPdf(ctx, await readDeskReceipt(request, request.params.caseId)));
    },
  );

  app.get(
    '/api/cases/:caseId/result-for-issue',
    {
      schema: {
        tags: ['cases'],
        summary: 'The signed results of a case as printed for issue in person at the office: text in kk/ru, signer, verification code and QR code',
        security: [{ bearer: [] }],
        params: ZReceiptParams,
        response: { 200: ZResultForIssue, ...errorResponses },
      },
    },
    async (request) => {
      const staff = await requireStaff(ctx, request);
      const result = await resultForIssue(ctx, staff, request.params.caseId);
      await recordStaffRead(ctx, staff, { kind: 'document', id: result.caseId, subjectIin: result.applicant.iin }, 'document.content');
      return result;
    },
  );

  app.get(
    '/api/cases/:caseId/results/:code/pdf',
    {
      schema: {
        tags: ['cases'],
        summary: "A case's signed result as PDF/A-2b for issue in person: exactly the file issued at signing (with its QR code and verification code)",
        security: [{ bearer: [] }],
        params: ZResultPdfParams,
        produces: ['application/pdf'],
      },
    },
    async (request, reply) => {
      const staff = await requireStaff(ctx, request);
      const bytes = await resultPdfForIssue(ctx, staff, request.params.caseId, request.params.code);
      return sendPdf(reply, { bytes, fileName: `${request.params.code}.pdf` });
    },
  );

  app.get(
    '/api/journal/print',
    {
      schema: {
        tags: ['cases'],
        summary: "The incoming journal for a period as printed (clerk, head): the provider's name and BIN, registration times on the provider's clock",
        security: [{ bearer: [] }],
        querystring: ZJournalQuery,
        response: { 200: ZJournalSheet, ...errorResponses },
      },
    },
    async (request) => {
      const journal = await journalForPrint(ctx, await requireStaff(ctx, request), request.query);
      return { ...journal, entries: [...journal.entries] };
    },
  );

  app.get(
    '/api/journal/pdf',
    {
      schema: {
        tags: ['cases'],
        summary: 'The incoming journal for a period as an A4 PDF/A-2b (clerk, head), in Kazakh and in Russian',
        security: [{ bearer: [] }],
        querystring: ZJournalQuery,
        produces: ['application/pdf'],
      },
    },
    async (request, reply) => sendPdf(reply, await journalPdf(ctx, await requireStaff(ctx, request), request.query)),
  );
}
