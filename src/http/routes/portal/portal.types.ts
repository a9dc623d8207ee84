import { z } from 'zod';
import { SURVEY_ANSWERS } from '../../../application/portal/portal-cabinet.ts';
import { ZSignatureBase64 } from '../../input-schemas.ts';
import { ZSubmissionDraft } from '../../submission-draft.ts';

export const ZCitizen = z.object({ iin: z.string(), fullName: z.string(), region: z.string() }).meta({ id: 'Citizen' });
export const ZCitizenSession = z.object({ token: z.string(), expiresAt: z.string(), citizen: ZCitizen }).meta({ id: 'CitizenSession' });
export const ZCredentials = z.object({ iin: z.string().min(1).max(20), password: z.string().min(1).max(200) });
const ZText = z.object({ kk: z.string(), ru: z.string(), en: z.string() });

export const ZEdsChallenge = z.object({ nonce: z.string(), expiresAt: z.string() });
export const ZEdsSignIn = z.object({ nonce: z.string().min(1), signature: z.string().min(16) });

export const ZSignedSubmission = ZSubmissionDraft.extend({ signature: ZSignatureBase64.nullable() });
export const ZSubmissionReceipt = z.object({ messageId: z.string(), caseId: z.string(), providerId: z.string(), status: z.string() });

export const ZPortalCatalog = z.array(z.record(z.string(), z.unknown()));
export const ZCitizenCases = z.array(
  z.object({ caseId: z.string(), regulationId: z.string(), serviceName: ZText, sender: z.string(), status: z.string(), filedAt: z.string(), closedAt: z.string().nullable() }),
);
export const ZCitizenCaseParams = z.object({ caseId: z.uuid() });
export const ZCitizenCase = z.record(z.string(), z.unknown());

export const ZSurveyAnswers = z.object({
  // Unanswered questions may come as null (or be left out): the refusal then names them (SURVEY_ANSWER_MISSING).
  processAndResult: z.enum(SURVEY_ANSWERS).nullable().default(null),
  information: z.enum(SURVEY_ANSWERS).nullable().default(null),
  comment: z.string().max(2000).nullable().default(null),
});

export const ZCitizenNotificationQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) });
export const ZCitizenNotificationParams = z.object({ notificationId: z.uuid() });
