import { z } from 'zod';
import type { AppContext } from '../../../application/app-context.ts';
import { trackSubmissions } from '../../../application/gateway/track-submissions.ts';
import { requestBytes } from '../../../core/gateway/envelope.ts';
import { checkSubmissionComplete } from '../../../application/gateway/submit-through-gateway.ts';
import { routeKit } from '../../route-kit.ts';
import { unsignedSubmission, ZSubmissionDraft } from '../../submission-draft.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import { ZRequestBytes, ZSubmissionQuery, ZSubmissionView } from './gateway.types.ts';

export function registerGatewayRoutes(app: ZodFastify, ctx: AppContext): void {
  const route = routeKit(app, ctx);
  route(
    {
      method: 'POST',
      url: '/api/requests/bytes',
      tag: 'gateway',
      summary: 'The canonical bytes (Base64) a submission’s EDS must cover; the browser signs exactly these and the server rebuilds them. An application missing a required field, consent or document is refused (422) naming each one',
      caller: 'submitter',
      body: ZSubmissionDraft,
      response: ZRequestBytes,
    },
    async ({ actor, body }) => {
      const unsigned = unsignedSubmission(actor, body);
      // Nothing incomplete is offered for signing: the missing fields, consents and documents are named first.
      await checkSubmissionComplete(ctx, unsigned);
      return { bytesBase64: Buffer.from(requestBytes(unsigned)).toString('base64'), sender: unsigned.sender, applicantIin: unsigned.applicantIin };
    },
  );

  route(
    {
      method: 'GET',
      url: '/api/gateway/submissions',
      tag: 'gateway',
      summary: 'Cases submitted through the gateway with the status messages sent back to the channel, newest first',
      caller: 'staff',
      roles: ['scOperator', 'supervisor', 'admin'],
      query: ZSubmissionQuery,
      response: z.array(ZSubmissionView),
    },
    async ({ actor, query }) => {
      const rows = await trackSubmissions(ctx, actor, query);
      return rows.map((r) => ({ ...r, statusMessages: [...r.statusMessages] }));
    },
  );
}
