import { z } from 'zod';
import { ZText } from '../../../core/regulation/schema.ts';

const ZLabels = z.record(z.string(), ZText);

export const ZRegistryVocabulary = z
  .object({ measures: ZLabels, referralOutcomes: ZLabels, deregistrationReasons: ZLabels, recordKinds: ZLabels, registries: ZLabels })
  .meta({ id: 'RegistryVocabulary' });
