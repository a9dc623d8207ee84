import { z } from 'zod';
import { CASE_STATUSES, ISSUE_METHODS } from '../../../core/case/case-events.ts';
import { ZFormField, ZText } from '../../../core/regulation/schema.ts';
import { SURVEY_ANSWERS } from '../../../application/portal/portal-cabinet.ts';
import { ZSignatureBase64 } from '../../input-schemas.ts';
import { ZSubmissionDraft } from '../../submission-draft.ts';

export const ZCitizen = z.object({ iin: z.string(), fullName: z.string(), region: z.string() }).meta({ id: 'Citizen' });
export const ZCitizenSession = z.object({ token: z.string(), expiresAt: z.string(), citizen: ZCitizen }).meta({ id: 'CitizenSession' });
export const ZCredentials = z.object({ iin: z.string().min(1).max(20), password: z.string().min(1).max(200) });

export const ZEdsSignIn = z.object({ nonce: z.string().min(1), signature: z.string().min(16) });

export const ZSignedSubmission = ZSubmissionDraft.extend({ signature: ZSignatureBase64.nullable() });

export const ZCitizenCaseParams = z.object({ caseId: z.uuid() });

export const ZSurveyAnswers = z.object({
  // Unanswered questions may come as null (or be left out): the refusal then names them (SURVEY_ANSWER_MISSING).
  processAndResult: z.enum(SURVEY_ANSWERS).nullable().default(null),
  information: z.enum(SURVEY_ANSWERS).nullable().default(null),
  comment: z.string().max(2000).nullable().default(null),
});

export const ZCitizenNotificationQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) });
export const ZCitizenNotificationParams = z.object({ notificationId: z.uuid() });

/**
 * What the citizen portal answers (issue #19: the portal's answers were declared `z.record(unknown)`, so the web app
 * kept hand-written copies of them). The web client is generated from these (`npm run gen:api`).
 */

export const ZPortalCatalogQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  q: z.string().trim().max(100).optional().describe("Words of the service's name in any language, or its code"),
  regulationId: z.string().min(1).max(200).optional().describe('Only this version (the application form reads its one service)'),
});

export const ZPortalService = z
  .object({
    regulationId: z.string(),
    serviceCode: z.string(),
    name: ZText,
    description: ZText.nullable(),
    actDate: z.string(),
    repealed: z.boolean().describe('The version is repealed (shown only in demonstration mode)'),
    totalTerm: z.object({ value: z.number(), unit: z.string() }).nullable(),
    requiredDocuments: z.array(z.object({ id: z.string(), name: ZText, required: z.boolean() })),
    formFields: z.array(ZFormField),
    portalConditions: z.array(z.object({ id: z.string(), number: z.number().int().nullable(), text: ZText })).describe("The portal route's intake conditions"),
  })
  .meta({ id: 'PortalService' });

export const ZPortalCatalogPage = z
  .object({ items: z.array(ZPortalService), total: z.number().int(), limit: z.number().int(), offset: z.number().int() })
  .meta({ id: 'PortalCatalogPage' });

export const ZEdsChallenge = z.object({ nonce: z.string(), expiresAt: z.string() }).meta({ id: 'EdsChallenge' });

export const ZPortalReceipt = z.object({ messageId: z.string(), caseId: z.string(), providerId: z.string(), status: z.string() }).meta({ id: 'PortalReceipt' });

export const ZPortalCaseSummary = z
  .object({ caseId: z.string(), regulationId: z.string(), serviceName: ZText, sender: z.string(), status: z.string(), filedAt: z.string(), closedAt: z.string().nullable() })
  .meta({ id: 'PortalCaseSummary' });

export const ZPortalCaseDetail = z
  .object({
    caseId: z.string(),
    regulationId: z.string(),
    serviceName: ZText,
    status: z.enum(CASE_STATUSES),
    filedAt: z.string(),
    overallDueAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    statusHistory: z.array(z.object({ status: z.string(), at: z.string() })),
    steps: z.array(
      z.object({ stepId: z.string(), action: ZText.nullable(), status: z.string(), openedAt: z.string().nullable(), dueAt: z.string().nullable(), completedAt: z.string().nullable() }),
    ),
    refusal: z.object({ groundId: z.string(), ground: ZText.nullable(), reasonText: z.string() }).nullable(),
    results: z.array(
      z.object({
        resultId: z.string(),
        resultType: z.enum(['document', 'payment']),
        name: ZText,
        payment: z.object({ payer: z.string(), destination: z.enum(['personalAccount', 'controlAccount']), whenPaid: ZText }).nullable(),
        issued: z.object({ resultId: z.string(), method: z.enum(ISSUE_METHODS) }).nullable(),
      }),
    ),
    resultDocument: z.object({ verificationCode: z.string(), kind: z.string(), signedAt: z.string(), signatureVerified: z.boolean() }).nullable(),
    attachments: z.array(z.object({ id: z.string(), fileName: z.string(), mediaType: z.string(), sizeBytes: z.number().int(), documentId: z.string().nullable() })),
    survey: z.object({ answered: z.boolean(), available: z.boolean() }),
  })
  .meta({ id: 'PortalCaseDetail' });
