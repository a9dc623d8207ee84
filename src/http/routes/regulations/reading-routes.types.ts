import { z } from 'zod';
import { ZSourceRef, ZText } from '../../../core/regulation/schema.ts';

const ZReadingChoice = z.object({ contradictionId: z.string(), readingId: z.string(), chosenBy: z.string(), chosenAt: z.string(), reason: z.string() });

/** Both readings of each contradiction in a version's text, the routes that follow each, and the one in force. */
export const ZRegulationReadings = z
  .object({
    regulationId: z.string(),
    contradictions: z.array(
      z.object({
        id: z.string(),
        topic: ZText.describe('What the two readings disagree on'),
        readings: z.array(z.object({ id: z.string(), summary: ZText, source: ZSourceRef, routeIds: z.array(z.string()).describe('The routes that run this reading') })),
        definitionChoice: z.string().describe("The reading the definition chose, with `reason`"),
        reason: ZText.describe('Why the definition chose `definitionChoice`'),
        inForce: z.string().describe("The reading applications are routed by: the administrator's choice where made, else the definition's"),
        administratorChoice: ZReadingChoice.nullable(),
      }),
    ),
  })
  .meta({ id: 'RegulationReadings' });

export const ZReadingParams = z.object({ regulationId: z.string().min(1).max(200), contradictionId: z.string().min(1).max(200) });

export const ZChooseReadingBody = z.object({
  readingId: z.string().min(1).max(200),
  reason: z.string().trim().min(5).max(1000).describe('Why this reading is chosen; kept with the choice'),
});

export const ZRegulationIdParams = z.object({ regulationId: z.string().min(1).max(200) });
