import { z } from 'zod';
import type { ChannelSubmission } from '../core/gateway/envelope.ts';
import { ZFormData, ZIin, ZKey } from './input-schemas.ts';
import { submitterRef, type Submitter } from './submitter.ts';

/**
 * The application a submitter drafts, signs and submits through the gateway — the same for the portal (a citizen)
 * and the desk (an operator), so both route groups take it from here.
 */
export const ZRepresentative = z.object({
  iin: ZIin,
  fullName: z.string().min(1).max(300),
  powerOfAttorney: z.object({ number: z.string().min(1).max(100), issuedOn: z.iso.date(), validUntil: z.iso.date() }),
});

export const ZSubmissionDraft = z.object({
  regulationId: ZKey,
  /** The citizen's own IIN on the portal (may be omitted there); the applicant's on the desk. */
  applicantIin: ZIin.optional(),
  formData: ZFormData,
  attachmentIds: z.array(z.uuid()).max(20).default([]),
  representative: ZRepresentative.nullable().default(null),
});
export type SubmissionDraft = z.infer<typeof ZSubmissionDraft>;

/** The submission as the gateway will see it; who submits and through which channel follow from the session. */
export function unsignedSubmission(submitter: Submitter, draft: SubmissionDraft): Omit<ChannelSubmission, 'requestSignature'> {
  const applicantIin = submitter.kind === 'citizen' ? (draft.applicantIin ?? submitter.citizen.iin) : (draft.applicantIin ?? '');
  return {
    sender: submitter.kind === 'citizen' ? 'portal' : 'stateCorporation',
    submittedBy: submitterRef(submitter),
    regulationId: draft.regulationId,
    applicantIin,
    formData: draft.formData,
    attachmentIds: draft.attachmentIds,
    representative: submitter.kind === 'citizen' ? null : draft.representative,
  };
}
