import { z } from 'zod';

export const ZExecutorLoads = z.array(z.object({ id: z.string(), fullName: z.string(), openCases: z.number().int() }));
