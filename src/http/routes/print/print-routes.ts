import type { AppContext } from '../../../application/app-context.ts';
import { recordStaffRead } from '../../../application/audit/record-read.ts';
import { deskReceipt, officeReceipt } from '../../../application/print/acceptance-receipt.ts';
import { requireStaff } from '../../authenticate.ts';
import { errorResponses } from '../../schemas.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import { ZAcceptanceReceipt, ZReceiptParams } from './print.types.ts';

/** Issue #17: what staff print for the applicant — the receipt of accepted documents, at the office and at the desk. */
export function registerPrintRoutes(app: ZodFastify, ctx: AppContext): void {
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
      const staff = await requireStaff(ctx, request);
      const receipt = await officeReceipt(ctx, staff, request.params.caseId);
      await recordStaffRead(ctx, staff, { kind: 'case', id: receipt.caseId, subjectIin: receipt.applicant.iin }, 'case.view');
      return receipt;
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
      const staff = await requireStaff(ctx, request, ['scOperator']);
      const receipt = await deskReceipt(ctx, staff, request.params.caseId);
      await recordStaffRead(ctx, staff, { kind: 'case', id: receipt.caseId, subjectIin: receipt.applicant.iin }, 'desk.submission');
      return receipt;
    },
  );
}
