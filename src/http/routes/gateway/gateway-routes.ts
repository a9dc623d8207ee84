import { z } from 'zod';
import { ZFormData, ZIin, ZKey } from '../../input-schemas.ts';
import type { AppContext } from '../../../application/app-context.ts';
import { trackSubmissions } from '../../../application/gateway/track-submissions.ts';
import { requestBytes, type ChannelSubmission } from '../../../core/gateway/envelope.ts';
import { requireStaff } from '../../authenticate.ts';
import { checkSubmissionComplete } from '../../../application/gateway/submit-through-gateway.ts';
import { errorResponses } from '../../schemas.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import { requireSubmitter, submitterRef, type Submitter } from '../portal/submitter.ts';

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

const ZSubmissionView = z
  .object({
    caseId: z.string(),
    messageId: z.string(),
    sender: z.enum(['portal', 'stateCorporation']),
    submittedBy: z.object({ kind: z.enum(['citizen', 'staff']), id: z.string() }),
    applicantIin: z.string(),
    regulationId: z.string(),
    providerId: z.string(),
    status: z.string(),
    filedAt: z.string(),
    closedAt: z.string().nullable(),
    statusMessages: z.array(z.object({ status: z.string(), at: z.string() })),
  })
  .meta({ id: 'GatewaySubmission' });

export function registerGatewayRoutes(app: ZodFastify, ctx: AppContext): void {
  app.post(
    '/api/requests/bytes',
    {
      schema: {
        tags: ['gateway'],
        summary: 'The canonical bytes (Base64) a submission’s EDS must cover; the browser signs exactly these and the server rebuilds them. An application missing a required field, consent or document is refused (422) naming each one',
        security: [{ bearer: [] }],
        body: ZSubmissionDraft,
        response: { 200: z.object({ bytesBase64: z.string(), sender: z.enum(['portal', 'stateCorporation']), applicantIin: z.string() }), ...errorResponses },
      },
    },
    async (request) => {
      const submitter = await requireSubmitter(ctx, request);
      const unsigned = unsignedSubmission(submitter, request.body);
      // Nothing incomplete is offered for signing: the missing fields, consents and documents are named first.
      await checkSubmissionComplete(ctx, unsigned);
      return { bytesBase64: Buffer.from(requestBytes(unsigned)).toString('base64'), sender: unsigned.sender, applicantIin: unsigned.applicantIin };
    },
  );

  app.get(
    '/api/gateway/submissions',
    {
      schema: {
        tags: ['gateway'],
        summary: 'Cases submitted through the gateway with the status messages sent back to the channel, newest first',
        security: [{ bearer: [] }],
        querystring: z.object({
          sender: z.enum(['portal', 'stateCorporation']).optional(),
          submittedBy: ZKey.optional(),
          applicantIin: ZIin.optional(),
          caseId: z.uuid().optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: { 200: z.array(ZSubmissionView), ...errorResponses },
      },
    },
    async (request) => {
      const staff = await requireStaff(ctx, request, ['scOperator', 'supervisor', 'admin']);
      const rows = await trackSubmissions(ctx, staff, request.query);
      return rows.map((r) => ({ ...r, statusMessages: [...r.statusMessages] }));
    },
  );
}
