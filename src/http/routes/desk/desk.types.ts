import { z } from 'zod';
import { ZStepInput } from '../../input-schemas.ts';
import { ZFormData, ZIin, ZKey, ZSignatureBase64, ZUuid } from '../../input-schemas.ts';

export const ZTicket = z
  .object({
    id: z.string(),
    branchId: z.string(),
    day: z.string().describe("The branch's local day, YYYY-MM-DD; numbers restart each day"),
    number: z.number().int().positive(),
    status: z.enum(['waiting', 'called', 'served', 'notServed']),
    takenAt: z.string(),
    calledAt: z.string().nullable(),
    calledBy: z.string().nullable(),
    servedAt: z.string().nullable().describe('When the ticket was served or closed as not served'),
    notServedReason: z.string().nullable().describe("The operator's reason when the ticket was closed as not served"),
    closedBy: z.string().nullable().describe('The operator who closed it as not served'),
  })
  .meta({ id: 'DeskTicket' });

export const ZNotServedRequest = z.object({
  reason: z.string().trim().min(1).max(1000).describe('Why the visitor was not served (required; recorded on the ticket)'),
});

export const ZDeskServices = z
  .object({
    branchId: z.string(),
    region: z.string(),
    services: z
      .array(z.object({ regulationId: z.string(), serviceCode: z.string(), name: z.object({ kk: z.string(), ru: z.string(), en: z.string() }) }))
      .describe('Empty when the branch has no State Corporation route for any service of its region'),
  })
  .meta({ id: 'DeskServices' });

export const ZTicketParams = z.object({ ticketId: ZUuid });
export const ZDeskCaseParams = z.object({ caseId: ZUuid });

const ISO_DATE = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const ZRepresentative = z
  .object({
    iin: z.string().max(32).describe("The representative's IIN"),
    fullName: z.string().min(1).max(300),
    powerOfAttorney: z.object({ number: z.string().min(1).max(100), issuedOn: ISO_DATE, validUntil: ISO_DATE }),
  })
  .meta({ id: 'DeskRepresentative' });

export const ZPowerOfAttorneyCheck = z.object({ applicantIin: ZIin, representative: ZRepresentative });

export const ZForwardRequest = z.object({
  ticketId: ZUuid.describe('The queue ticket of the person at the desk'),
  regulationId: ZKey,
  applicantIin: z.string().max(32),
  formData: ZFormData.default({}),
  attachmentIds: z.array(ZUuid).max(50).default([]).describe('Scans stored by POST /api/attachments'),
  representative: ZRepresentative.nullable().default(null),
  requestSignature: ZSignatureBase64.nullable().describe("The operator's CMS over the request bytes (POST /api/requests/bytes)"),
});

export const ZRequestBytesRequest = ZForwardRequest.omit({ ticketId: true, requestSignature: true });

export const ZTrackedSubmission = z
  .object({
    caseId: z.string(),
    branchId: z.string(),
    operatorId: z.string(),
    ticketId: z.string().nullable(),
    messageId: z.string().nullable(),
    regulationId: z.string(),
    applicantIin: z.string(),
    representative: ZRepresentative.nullable(),
    submittedAt: z.string(),
    handedOverAt: z.string().nullable(),
    handedOverBy: z.string().nullable(),
    handedOverTo: z.enum(['applicant', 'representative']).nullable(),
    status: z.string().describe('received | inWork | completed | refused'),
    version: z.number().int().describe("The case's version, for POST /api/desk/submissions/{caseId}/steps"),
    journalNumber: z.string().nullable(),
    openStepId: z.string().nullable(),
    openStepRole: z.string().nullable(),
    openStepDueAt: z.string().nullable(),
    verificationCode: z.string().nullable().describe('Of the signed result; print it from GET /api/documents/{code}/pdf'),
  })
  .meta({ id: 'DeskSubmission' });

export const ZDeskStepRequest = z.object({
  stepId: ZKey,
  expectedVersion: z.number().int().positive(),
  input: ZStepInput.default({}).describe('forward: {}; issue: {method:"stateCorporation"}'),
});

export const ZHandoverRequest = z.object({ to: z.enum(['applicant', 'representative']) });

export const ZDeskBranch = z.object({ id: z.string(), code: z.string(), region: z.string(), name: z.object({ kk: z.string(), ru: z.string(), en: z.string() }), day: z.string() });
export const ZDeskPersonParams = z.object({ iin: z.string().min(1).max(32) });
export const ZPowerOfAttorneyValid = z.object({ valid: z.literal(true) });
export const ZDeskRequestBytes = z.object({ bytesBase64: z.string() });

export const ZSubmissionsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  q: z.string().trim().max(40).optional().describe("Part of the journal number or the start of the applicant's IIN"),
});

export const ZSubmissionsPage = z
  .object({ items: z.array(ZTrackedSubmission), total: z.number().int(), limit: z.number().int(), offset: z.number().int() })
  .meta({ id: 'DeskSubmissionsPage' });
