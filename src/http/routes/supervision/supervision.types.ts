import { z } from 'zod';
import { SATISFACTION_ANSWERS, SATISFACTION_QUESTIONS } from '../../../application/supervision/dashboard.ts';
import { CHANNELS, REGIONS, ZText } from '../../../core/regulation/schema.ts';

const ZRegionChoice = z.enum(REGIONS).optional().describe("An administrator's choice; a supervisor always sees their own region");

export const ZDashboardQuery = z.object({
  region: ZRegionChoice,
  from: z.iso.date().describe('First day of the period (local date of the region)'),
  to: z.iso.date().describe('Last day of the period, included'),
  providerId: z.string().optional(),
  serviceCode: z.string().optional(),
  channel: z.enum(CHANNELS).optional(),
});

const ZSatisfactionQuestions = z
  .array(
    z.object({
      question: z.enum(SATISFACTION_QUESTIONS),
      answers: z.array(z.object({ answer: z.enum(SATISFACTION_ANSWERS), count: z.number(), share: z.number().nullable().describe('count / surveys; null when none') })),
    }),
  )
  .describe('The two questions of the survey (seed 002 appendix 3), each grade with its count and share');

export const ZDashboard = z
  .object({
    region: z.string(),
    period: z.object({ from: z.string(), to: z.string() }),
    load: z.array(z.object({ providerId: z.string(), openCases: z.number(), dueToday: z.number(), overdueSteps: z.number(), overdueCases: z.number() })),
    compliance: z.object({
      stepsCompleted: z.number(),
      stepsWithinLimit: z.number(),
      stepComplianceRate: z.number().nullable(),
      casesClosed: z.number(),
      casesWithinLimit: z.number(),
      caseComplianceRate: z.number().nullable(),
      casesRefused: z.number(),
    }),
    stepDurations: z.array(
      z.object({
        regulationId: z.string(),
        stepId: z.string(),
        role: z.string(),
        completed: z.number(),
        withinLimit: z.number(),
        medianMinutes: z.number().nullable(),
        p90Minutes: z.number().nullable(),
        limit: z.object({ value: z.number(), unit: z.string() }).nullable(),
      }),
    ),
    channelMix: z.array(z.object({ channel: z.string(), cases: z.number() })),
    refusalsByReason: z.array(z.object({ regulationId: z.string(), groundId: z.string(), ground: ZText.nullable(), cases: z.number() })),
    satisfaction: z
      .object({
        surveys: z.number(),
        questions: ZSatisfactionQuestions,
        byProviderService: z.array(z.object({ providerId: z.string(), serviceCode: z.string(), surveys: z.number(), questions: ZSatisfactionQuestions })),
      })
      .describe('Satisfaction surveys submitted within the period for cases within the filters'),
  })
  .meta({ id: 'RegionDashboard' });

export const ZProvidersQuery = z.object({ region: ZRegionChoice });
export const ZRegionProviders = z.array(z.object({ id: z.string(), name: ZText }));
export const ZDashboardCsvQuery = ZDashboardQuery.extend({ lang: z.enum(['kk', 'ru', 'en']).optional().describe('Language of the headers and names; Accept-Language otherwise') });
