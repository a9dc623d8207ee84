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
    documents: z.array(z.object({ fileName: z.string(), documentId: z.string().nullable(), name: ZText.nullable() })).describe('The documents accepted (the scans attached to the case)'),
    resultDueAt: z.string().nullable().describe('When the result is due (the overall due time from the working calendar)'),
    resultDueText: z.string().nullable(),
  })
  .meta({ id: 'AcceptanceReceipt' });
