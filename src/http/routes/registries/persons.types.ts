import { z } from 'zod';

export const ZIinParams = z.object({ iin: z.string().min(1).max(32).describe('12 digits with a valid check digit') });
