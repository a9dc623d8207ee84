import { z } from 'zod';
import { ZText } from '../../../core/regulation/schema.ts';
import { ZUuid } from '../../input-schemas.ts';

/** A code as printed (ABCDE-FGHJK-LMNPQ-RSTUV), in any case, with spaces or without dashes: normalized before lookup. */
export const ZCode = z.object({ code: z.string().min(20).max(40).regex(/^[A-Za-z0-9 -]+$/, 'a code like ABCDE-FGHJK-LMNPQ-RSTUV') });

export const ZPublicDocumentCheck = z
  .object({
    document: z
      .object({
        verificationCode: z.string(),
        kind: z.enum(['positive', 'refusal']),
        title: ZText,
        number: z.string(),
        date: z.string(),
        provider: ZText.describe('the issuer'),
        service: ZText,
        applicant: z.object({ initials: z.string(), iinLast4: z.string() }).describe('masked: initials and the last four IIN digits only'),
      })
      .describe('what a third party needs; the full content goes only to the applicant and to staff who may see the case'),
    signature: z.object({
      verified: z.boolean(),
      signerName: z.string().nullable(),
      signerPosition: ZText.nullable(),
      certificateSerial: z.string().nullable(),
      signedAt: z.string(),
      certificateStatus: z.enum(['good', 'revoked', 'invalid', 'unverified']),
      certificateProblem: z.string().nullable(),
    }),
    pdfSha256: z.string().nullable().describe('SHA-256 of the PDF Qyzmet issued for this document'),
    supersededBy: z.string().nullable().describe('the verification code of a later document of the same case, if any'),
  })
  .meta({ id: 'PublicDocumentCheck' });

export const ZPdfCheck = ZPublicDocumentCheck.extend({ fileMatches: z.literal(true).describe('the uploaded file is byte for byte the PDF Qyzmet issued') }).meta({ id: 'PdfCheck' });

export const ZFullDocumentCheck = ZPublicDocumentCheck.extend({ content: z.record(z.string(), z.unknown()).describe('the whole signed document') }).meta({ id: 'FullDocumentCheck' });

/** A signed result PDF is some 50–100 KB; 5 MB of Base64 leaves room for scans saved as PDF by mistake. */
export const MAX_PDF_BASE64_CHARS = 5 * 1024 * 1024;

export const ZVerifyPdfBody = z.object({ pdfBase64: z.string().min(1).max(MAX_PDF_BASE64_CHARS) });

export const ZDocumentCaseParams = z.object({ caseId: ZUuid });
const ZDocumentToSign = z.object({ verificationCode: z.string(), contentBase64: z.string(), document: z.record(z.string(), z.unknown()) });

/** A decided case's result documents to sign: the first at the top (as before), and each in `documents` with its result id. */
export const ZCaseDocumentsToSign = ZDocumentToSign.extend({ documents: z.array(ZDocumentToSign.extend({ resultId: z.string() })) });
