import type { AppContext } from '../../../application/app-context.ts';
import {
  DEREGISTRATION_REASON_LABELS,
  RECORD_KIND_LABELS,
  REFERRAL_MEASURE_LABELS,
  REFERRAL_OUTCOME_LABELS,
  REGISTRY_LABELS,
} from '../../../core/registries/registry-labels.ts';
import { routeKit } from '../../route-kit.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import { ZRegistryVocabulary } from './vocabulary.types.ts';

/** The registry codes with their kk/ru/en names, for screens (public: names, no data). */
export function registerVocabularyRoutes(app: ZodFastify, ctx: AppContext): void {
  routeKit(app, ctx)(
    {
      method: 'GET',
      url: '/api/registries/vocabulary',
      tag: 'registries',
      summary: 'Names in Kazakh, Russian and English of referral measures and outcomes, deregistration reasons, record kinds and registries',
      caller: 'public',
      response: ZRegistryVocabulary,
      errors: [],
    },
    () => ({
      measures: REFERRAL_MEASURE_LABELS,
      referralOutcomes: REFERRAL_OUTCOME_LABELS,
      deregistrationReasons: DEREGISTRATION_REASON_LABELS,
      recordKinds: RECORD_KIND_LABELS,
      registries: REGISTRY_LABELS,
    }),
  );
}
