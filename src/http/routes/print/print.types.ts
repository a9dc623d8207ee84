import { z } from 'zod';

const ZText = z.object({ kk: z.string(), ru: z.string(), en: z.string() });
const ZOrganisation = z.object({ id: z.string(), name: ZText, bin: z.string(), region: z.string() });

export const ZReceiptParams = z.object({ caseId: z.uuid() });

export const ZAcceptanceReceipt = z
  .object({
    caseId: z.string(),
    journalNumber: z.string().nullable().describe("The provider's incoming journal number, once registered"),
    channel: z.string(),
    service: z.object({ code: z.string(), name: ZText }),
    provider: ZOrganisation.describe('The service provider (from its provider record)'),
    acceptedBy: z
      .object({ organisation: ZOrganisation, staffName: z.string().nullable(), at: z.string(), atText: z.string().describe("The acceptance time on the provider's clock, with its offset") })
      .describe('Where and by whom the documents were accepted: the provider office or the State Corporation branch'),
    applicant: z.object({ iin: z.string(), fullName: z.string().nullable() }),
    documents: z
      .array(z.object({ fileName: z.string().nullable().describe('The scan; null for a paper original handed over at the office'), documentId: z.string().nullable(), name: ZText.nullable() }))
      .describe('The documents accepted: the paper originals handed over at the office, then the scans attached to the case'),
    resultDueAt: z.string().nullable().describe('When the result is due (the overall due time from the working calendar)'),
    resultDueText: z.string().nullable(),
  })
  .meta({ id: 'AcceptanceReceipt' });

export const ZResultPdfParams = z.object({ caseId: z.uuid(), code: z.string().min(20).max(40).regex(/^[A-Z0-9-]+$/, 'a code like ABCDE-FGHJK-LMNPQ-RSTUV') });

export const ZResultForIssue = z
  .object({
    caseId: z.string(),
    journalNumber: z.string().nullable(),
    applicant: z.object({ iin: z.string(), fullName: z.string().nullable() }),
    provider: z.object({ name: ZText, bin: z.string() }),
    documents: z.array(
      z.object({
        verificationCode: z.string(),
        verifyUrl: z.string().describe('The public check the QR code opens (QYZMET_PUBLIC_URL/verify/<code>)'),
        qrSvg: z.string().describe('The QR code of verifyUrl as SVG markup'),
        kind: z.enum(['positive', 'refusal']),
        title: ZText,
        number: z.string(),
        date: z.string(),
        service: ZText,
        body: ZText,
        fields: z.array(z.object({ label: ZText, value: ZText })),
        legalNote: ZText,
        signerName: z.string().nullable(),
        signerPosition: ZText.nullable(),
        certificateSerial: z.string().nullable(),
        signedAtText: z.string().describe("The signing time on the provider's clock, with its offset"),
        hasPdf: z.boolean().describe('Whether the PDF issued at signing is stored (GET /api/cases/{caseId}/results/{code}/pdf)'),
      }),
    ),
  })
  .meta({ id: 'ResultForIssue' });
