import { z } from 'zod';

export const ZTicket = z
  .object({
    id: z.string(),
    branchId: z.string(),
    day: z.string().describe("The branch's local day, YYYY-MM-DD; numbers restart each day"),
    number: z.number().int().positive(),
    status: z.enum(['waiting', 'called', 'served']),
    takenAt: z.string(),
    calledAt: z.string().nullable(),
    calledBy: z.string().nullable(),
    servedAt: z.string().nullable(),
  })
  .meta({ id: 'DeskTicket' });

export const ZTicketParams = z.object({ ticketId: z.string().min(1).max(64) });
export const ZDeskCaseParams = z.object({ caseId: z.string().min(1).max(64) });

const ISO_DATE = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const ZRepresentative = z
  .object({
    iin: z.string().describe("The representative's IIN"),
    fullName: z.string().min(1).max(300),
    powerOfAttorney: z.object({ number: z.string().min(1).max(100), issuedOn: ISO_DATE, validUntil: ISO_DATE }),
  })
  .meta({ id: 'DeskRepresentative' });

export const ZPowerOfAttorneyCheck = z.object({ applicantIin: z.string(), representative: ZRepresentative });

export const ZForwardRequest = z.object({
  ticketId: z.string().min(1).max(64).describe('The queue ticket of the person at the desk'),
  regulationId: z.string().min(1),
  applicantIin: z.string(),
  formData: z.record(z.string(), z.unknown()).default({}),
  attachmentIds: z.array(z.string().min(1).max(64)).max(50).default([]).describe('Scans stored by POST /api/attachments'),
  representative: ZRepresentative.nullable().default(null),
  requestSignature: z.string().min(16).nullable().describe("The operator's CMS over the request bytes (POST /api/requests/bytes)"),
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
  stepId: z.string().min(1),
  expectedVersion: z.number().int().positive(),
  input: z.record(z.string(), z.unknown()).default({}).describe('forward: {}; issue: {method:"stateCorporation"}'),
});

export const ZHandoverRequest = z.object({ to: z.enum(['applicant', 'representative']) });
