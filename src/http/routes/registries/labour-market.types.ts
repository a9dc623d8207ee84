import { z } from 'zod';
import { DEREGISTRATION_REASONS, REFERRAL_MEASURES, REFERRAL_OUTCOMES } from '../../../core/registries/labour-market.ts';

const ZIsoDate = z.iso.date();

/** The fields every labour-market card and referral begins with. */
const cardFields = { id: z.string(), iin: z.string(), providerId: z.string(), caseId: z.string().nullable() };

export const ZJobSeekerCardView = z.object({
  ...cardFields,
  registeredOn: z.string(),
  desiredOccupation: z.string().nullable(),
  educationLevel: z.string().nullable(),
  experienceYears: z.number().nullable(),
  closedOn: z.string().nullable(),
  closeReason: z.string().nullable(),
});

export const ZUnemployedCardView = z
  .object({
    ...cardFields,
    registeredOn: z.string(),
    deregisteredOn: z.string().nullable(),
    deregistrationReason: z.enum(DEREGISTRATION_REASONS).nullable(),
  })
  .meta({ id: 'UnemployedCard' });

export const ZReferralView = z
  .object({
    ...cardFields,
    measure: z.enum(REFERRAL_MEASURES),
    cardKind: z.enum(['jobSeeker', 'unemployed']),
    cardId: z.string(),
    issuedOn: z.string(),
    outcome: z.enum(REFERRAL_OUTCOMES),
    outcomeOn: z.string().nullable(),
  })
  .meta({ id: 'Referral' });

export const ZLabourMarketHistoryView = z
  .object({ jobSeekerCards: z.array(ZJobSeekerCardView).readonly(), unemployedCards: z.array(ZUnemployedCardView).readonly(), referrals: z.array(ZReferralView).readonly() })
  .meta({ id: 'LabourMarketHistory' });

export const ZUnemployedStatusQuery = z
  .object({
    from: ZIsoDate.optional().describe('Start of the period (seed 002: "for the period from … to …"); both or neither'),
    to: ZIsoDate.optional(),
  })
  .refine((q) => (q.from === undefined) === (q.to === undefined), { message: 'give both from and to, or neither', path: ['to'] })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, { message: 'must not be before from', path: ['to'] });

export const ZUnemployedStatusView = z
  .object({
    period: z.object({ from: z.string(), to: z.string() }),
    card: z.object({ id: z.string(), registeredOn: z.string(), deregisteredOn: z.string().nullable(), deregistrationReason: z.enum(DEREGISTRATION_REASONS).nullable() }).nullable(),
    publicOrSocialWorks: z.boolean(),
    trainingOrYouthPractice: z.boolean(),
    socialOrHousingAssistance: z.boolean(),
  })
  .nullable()
  .meta({ id: 'UnemployedStatus' });

export const ZCardParams = z.object({ cardId: z.string().min(1).max(64) });
export const ZReferralParams = z.object({ referralId: z.string().min(1).max(64) });

export const ZDeregistrationRequest = z.object({
  reason: z.enum(DEREGISTRATION_REASONS),
  deregisteredOn: ZIsoDate.optional().describe('Default: today in your region; never in the future'),
});

export const ZReferralOutcomeRequest = z.object({
  outcome: z.enum(REFERRAL_OUTCOMES.filter((o) => o !== 'pending') as ['started', 'completed', 'employed', 'declined', 'noShow']),
  outcomeOn: ZIsoDate.optional().describe('Default: today in your region; never in the future'),
});
