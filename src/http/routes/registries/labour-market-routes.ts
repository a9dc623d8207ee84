import type { AppContext } from '../../../application/app-context.ts';
import { deregisterUnemployed, recordReferralOutcome } from '../../../application/registries/change-labour-market.ts';
import { labourMarketHistory, unemployedStatus } from '../../../application/registries/read-registries.ts';
import { routeKit } from '../../route-kit.ts';
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
import { registryStaff } from './registry-schemas.ts';

/** The "Labour market" AIS for staff (issue #6): a person's history, the unemployed status, register changes. */
export function registerLabourMarketRoutes(app: ZodFastify, ctx: AppContext): void {
  const route = routeKit(app, ctx);
  route(
    {
      ...registryStaff,
      method: 'GET',
      url: '/api/persons/:iin/labour-market',
      summary: 'A person in the "Labour market" AIS: job-seeker cards, unemployed cards, referrals',
      params: ZIinParams,
      response: ZLabourMarketHistoryView,
    },
    ({ actor, params }) => labourMarketHistory(ctx, actor, params.iin),
  );

  route(
    {
      ...registryStaff,
      method: 'GET',
      url: '/api/persons/:iin/unemployed-status',
      summary: 'What a certificate of unemployed status says for a period (registration date and the three flags), or null when not registered',
      params: ZIinParams,
      query: ZUnemployedStatusQuery,
      response: ZUnemployedStatusView,
    },
    ({ actor, params, query: { from, to } }) => unemployedStatus(ctx, actor, params.iin, from && to ? { from, to } : null),
  );

  route(
    {
      ...registryStaff,
      method: 'POST',
      url: '/api/labour-market/unemployed-cards/:cardId/deregistration',
      summary: 'Take a person off the unemployed register (date and reason)',
      params: ZCardParams,
      body: ZDeregistrationRequest,
      response: ZUnemployedCardView,
    },
    ({ actor, params, body }) => deregisterUnemployed(ctx, actor, params.cardId, body),
  );

  route(
    {
      ...registryStaff,
      method: 'POST',
      url: '/api/labour-market/referrals/:referralId/outcome',
      summary: "Record a referral's outcome",
      params: ZReferralParams,
      body: ZReferralOutcomeRequest,
      response: ZReferralView,
    },
    ({ actor, params, body }) => recordReferralOutcome(ctx, actor, params.referralId, body),
  );
}
