import { z } from 'zod';
import {
  DEREGISTRATION_REASON_LABELS,
  RECORD_KIND_LABELS,
  REFERRAL_MEASURE_LABELS,
  REFERRAL_OUTCOME_LABELS,
  REGISTRY_LABELS,
} from '../../../core/registries/registry-labels.ts';
import { ZText } from '../../../core/regulation/schema.ts';
import type { ZodFastify } from '../../zod-fastify.ts';

const ZLabels = z.record(z.string(), ZText);

/** The registry codes with their kk/ru/en names, for screens (public: names, no data). */
export function registerVocabularyRoutes(app: ZodFastify): void {
  app.get(
    '/api/registries/vocabulary',
    {
      schema: {
        tags: ['registries'],
        summary: 'Names in Kazakh, Russian and English of referral measures and outcomes, deregistration reasons, record kinds and registries',
        response: {
          200: z.object({ measures: ZLabels, referralOutcomes: ZLabels, deregistrationReasons: ZLabels, recordKinds: ZLabels, registries: ZLabels }).meta({ id: 'RegistryVocabulary' }),
        },
      },
    },
    async () => ({
      measures: REFERRAL_MEASURE_LABELS,
      referralOutcomes: REFERRAL_OUTCOME_LABELS,
      deregistrationReasons: DEREGISTRATION_REASON_LABELS,
      recordKinds: RECORD_KIND_LABELS,
      registries: REGISTRY_LABELS,
    }),
  );
}
