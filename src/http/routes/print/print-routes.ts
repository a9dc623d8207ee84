import type { AppContext } from '../../../application/app-context.ts';
import { recordStaffRead } from '../../../application/audit/record-read.ts';
import { deskReceipt, officeReceipt } from '../../../application/print/acceptance-receipt.ts';
import { routeKit } from '../../route-kit.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import { ZAcceptanceReceipt, ZReceiptParams } from './print.types.ts';

const receipt = { method: 'GET', caller: 'staff', params: ZReceiptParams, response: ZAcceptanceReceipt } as const;

/** Issue #17: what staff print for the applicant — the receipt of accepted documents, at the office and at the desk. */
export function registerPrintRoutes(app: ZodFastify, ctx: AppContext): void {
  const route = routeKit(app, ctx);
  route(
    {
      ...receipt,
      url: '/api/cases/:caseId/receipt',
      tag: 'cases',
      summary: 'The receipt of accepted documents (расписка / қолхат) for the applicant at the provider office: documents, date the result is due',
    },
    async ({ actor, params }) => {
      const found = await officeReceipt(ctx, actor, params.caseId);
      await recordStaffRead(ctx, actor, { kind: 'case', id: found.caseId, subjectIin: found.applicant.iin }, 'case.view');
      return found;
    },
  );

  route(
    {
      ...receipt,
      url: '/api/desk/submissions/:caseId/receipt',
      tag: 'desk',
      summary: 'The receipt of accepted documents for the applicant at the State Corporation desk that forwarded the case',
      roles: ['scOperator'],
    },
    async ({ actor, params }) => {
      const found = await deskReceipt(ctx, actor, params.caseId);
      await recordStaffRead(ctx, actor, { kind: 'case', id: found.caseId, subjectIin: found.applicant.iin }, 'desk.submission');
      return found;
    },
  );
}
