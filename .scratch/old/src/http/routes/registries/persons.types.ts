import { z } from 'zod';
import { FAMILY_RELATIONS } from '../../../core/ports/persons-registry.ts';

export const ZIinParams = z.object({ iin: z.string().min(1).max(32).describe('12 digits with a valid check digit') });

const ZPersonName = z.object({ surname: z.string(), givenName: z.string(), patronymic: z.string().nullable() });

export const ZPersonView = z
  .object({
    iin: z.string(),
    name: z.object({ kk: ZPersonName, ru: ZPersonName }),
    birthDate: z.string().describe('YYYY-MM-DD'),
    sex: z.enum(['male', 'female']),
    citizenship: z.string().describe('ISO 3166-1 alpha-3; XXA = stateless'),
    address: z.object({ region: z.string(), district: z.string().nullable(), locality: z.string().nullable(), line: z.string().nullable() }),
    deathDate: z.string().nullable(),
    family: z.array(z.object({ relation: z.enum(FAMILY_RELATIONS).describe("the relative's relation to this person"), iin: z.string(), fullName: z.string().nullable() })).readonly(),
  })
  .meta({ id: 'Person' });
