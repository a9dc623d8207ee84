import type { AppContext } from '../../../application/app-context.ts';
import { deregisterUnemployed, recordReferralOutcome } from '../../../application/registries/change-labour-market.ts';
import { labourMarketHistory, unemployedStatus } from '../../../application/registries/read-registries.ts';
import { requireStaff } from '../../authenticate.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import {
  ZCardParams,
  ZDeregistrationRequest,
  ZLabourMarketHistoryView,
  ZReferralOutcomeRequest,
  ZReferralParams,
  ZReferralView,
  ZUnemployedCardView,
  ZUnemployedStatusQuery,
  ZUnemployedStatusView,
} from './labour-market.types.ts';
import { ZIinParams } from './persons.types.ts';
import { registryErrorResponses } from './registry-schemas.ts';

const common = { tags: ['registries'], security: [{ bearer: [] }] };

export function registerLabourMarketRoutes(app: ZodFastify, ctx: AppContext): void {
  app.get(
    '/api/persons/:iin/labour-market',
    { schema: { ...common, summary: 'A person in the "Labour market" AIS: job-seeker cards, unemployed cards, referrals', params: ZIinParams, response: { 200: ZLabourMarketHistoryView, ...registryErrorResponses } } },
    async (request) => labourMarketHistory(ctx, await requireStaff(ctx, request), request.params.iin),
  );

  app.get(
    '/api/persons/:iin/unemployed-status',
    {
      schema: {
        ...common,
        summary: 'What a certificate of unemployed status says for a period (registration date and the three flags), or null when not registered',
        params: ZIinParams,
        querystring: ZUnemployedStatusQuery,
        response: { 200: ZUnemployedStatusView, ...registryErrorResponses },
      },
    },
    async (request) => {
      const { from, to } = request.query;
      return unemployedStatus(ctx, await requireStaff(ctx, request), request.params.iin, from && to ? { from, to } : null);
    },
  );

  app.post(
    '/api/labour-market/unemployed-cards/:cardId/deregistration',
    { schema: { ...common, summary: 'Take a person off the unemployed register (date and reason)', params: ZCardParams, body: ZDeregistrationRequest, response: { 200: ZUnemployedCardView, ...registryErrorResponses } } },
    async (request) => deregisterUnemployed(ctx, await requireStaff(ctx, request), request.params.cardId, request.body),
  );

  app.post(
    '/api/labour-market/referrals/:referralId/outcome',
    { schema: { ...common, summary: "Record a referral's outcome", params: ZReferralParams, body: ZReferralOutcomeRequest, response: { 200: ZReferralView, ...registryErrorResponses } } },
    async (request) => recordReferralOutcome(ctx, await requireStaff(ctx, request), request.params.referralId, request.body),
  );
}
