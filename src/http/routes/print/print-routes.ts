import type { AppContext } from '../../../application/app-context.ts';
import { recordStaffRead } from '../../../application/audit/record-read.ts';
import { deskReceipt, officeReceipt } from '../../../application/print/acceptance-receipt.ts';
import { receiptPdf } from '../../../application/print/printed-pdfs.ts';
import { resultForIssue, resultPdfForIssue } from '../../../application/print/result-for-issue.ts';
import type { StaffMember } from '../../../core/org/staff-member.ts';
import { routeKit } from '../../route-kit.ts';
import { sendPdf } from '../../send-pdf.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import { ZAcceptanceReceipt, ZReceiptParams, ZResultForIssue, ZResultPdfParams } from './print.types.ts';

const receipt = { method: 'GET', caller: 'staff', params: ZReceiptParams, response: ZAcceptanceReceipt } as const;
const pdf = { method: 'GET', caller: 'staff', produces: ['application/pdf'] } as const;

/**
 * Issue #17: what staff print for people — the receipt of accepted documents (office, desk; page data and A4 PDF), the
 * signed result for issue in person at the office. The journal for a period prints from the journal group.
 */
export function registerPrintRoutes(app: ZodFastify, ctx: AppContext): void {
  const route = routeKit(app, ctx);
  // What is printed for an applicant is a read of their data: recorded like every other (who saw whose case, and why).
  const recorded = async <T extends { readonly caseId: string; readonly applicant: { readonly iin: string } }>(staff: StaffMember, found: T, kind: 'case' | 'document', purpose: Parameters<typeof recordStaffRead>[3]) => {
    await recordStaffRead(ctx, staff, { kind, id: found.caseId, subjectIin: found.applicant.iin }, purpose);
    return found;
  };
  const readOfficeReceipt = async (staff: StaffMember, caseId: string) => recorded(staff, await officeReceipt(ctx, staff, caseId), 'case', 'case.view');
  const readDeskReceipt = async (staff: StaffMember, caseId: string) => recorded(staff, await deskReceipt(ctx, staff, caseId), 'case', 'desk.submission');

  route(
    {
      ...receipt,
      url: '/api/cases/:caseId/receipt',
      tag: 'cases',
      summary: 'The receipt of accepted documents (расписка / қолхат) for the applicant at the provider office: documents, date the result is due',
    },
    async ({ actor, params }) => readOfficeReceipt(actor, params.caseId),
  );

  route(
    {
      ...pdf,
      url: '/api/cases/:caseId/receipt/pdf',
      tag: 'cases',
      summary: 'The receipt of accepted documents at the provider office as an A4 PDF/A-2b, one page in Kazakh and one in Russian',
      params: ZReceiptParams,
    },
    async ({ actor, params, reply }) => sendPdf(reply, await receiptPdf(ctx, await readOfficeReceipt(actor, params.caseId))),
  );

  route(
    {
      ...receipt,
      url: '/api/desk/submissions/:caseId/receipt',
      tag: 'desk',
      summary: 'The receipt of accepted documents for the applicant at the State Corporation desk that forwarded the case',
      roles: ['scOperator'],
    },
    async ({ actor, params }) => readDeskReceipt(actor, params.caseId),
  );

  route(
    {
      ...pdf,
      url: '/api/desk/submissions/:caseId/receipt/pdf',
      tag: 'desk',
      summary: 'The receipt of accepted documents at the State Corporation desk as an A4 PDF/A-2b, one page in Kazakh and one in Russian',
      roles: ['scOperator'],
      params: ZReceiptParams,
    },
    async ({ actor, params, reply }) => sendPdf(reply, await receiptPdf(ctx, await readDeskReceipt(actor, params.caseId))),
  );

  route(
    {
      method: 'GET',
      caller: 'staff',
      url: '/api/cases/:caseId/result-for-issue',
      tag: 'cases',
      summary: 'The signed results of a case as printed for issue in person at the office: text in kk/ru, signer, verification code and QR code',
      params: ZReceiptParams,
      response: ZResultForIssue,
    },
    async ({ actor, params }) => recorded(actor, await resultForIssue(ctx, actor, params.caseId), 'document', 'document.content'),
  );

  route(
    {
      ...pdf,
      url: '/api/cases/:caseId/results/:code/pdf',
      tag: 'cases',
      summary: "A case's signed result as PDF/A-2b for issue in person: exactly the file issued at signing (with its QR code and verification code)",
      params: ZResultPdfParams,
    },
    async ({ actor, params, reply }) => sendPdf(reply, { bytes: await resultPdfForIssue(ctx, actor, params.caseId, params.code), fileName: `${params.code}.pdf` }),
  );
}
