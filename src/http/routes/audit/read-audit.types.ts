import { z } from 'zod';
import { READ_OBJECT_KINDS, READ_PURPOSES } from '../../../core/audit/read-purposes.ts';
import { REGIONS, ZText } from '../../../core/regulation/schema.ts';

export const ZReadAuditQuery = z.object({
  from: z.iso.date().describe('First day of the period (local date of the region)'),
  to: z.iso.date().describe('Last day of the period, included'),
  region: z.enum(REGIONS).optional().describe("An administrator's choice; a supervisor always sees reads by staff of their own region"),
  iin: z.string().regex(/^\d{12}$/).optional().describe('Only reads of this person'),
  staff: z.string().min(1).max(100).optional().describe("Only reads by this staff member (login)"),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  lang: z.enum(['kk', 'ru', 'en']).optional().describe('Language of the CSV headers and labels'),
});

export const ZReadAuditEntry = z
  .object({
    id: z.string(),
    at: z.string(),
    staff: z.object({ id: z.string(), login: z.string(), fullName: z.string(), role: z.string() }),
    organisation: ZText.nullable(),
    region: z.string().nullable(),
    subjectIin: z.string(),
    objectKind: z.enum(READ_OBJECT_KINDS),
    objectId: z.string(),
    purpose: z.enum(READ_PURPOSES),
  })
  .meta({ id: 'ReadAuditEntry' });

export const ZReadAuditPage = z
  .object({ items: z.array(ZReadAuditEntry), total: z.number(), page: z.number(), pageSize: z.number() })
  .meta({ id: 'ReadAuditPage' });

export const ZCitizenReadEntry = z
  .object({
    at: z.string(),
    staffName: z.string(),
    role: z.string(),
    organisation: ZText.nullable(),
    region: z.string().nullable(),
    objectKind: z.enum(READ_OBJECT_KINDS),
    purpose: z.enum(READ_PURPOSES),
  })
  .meta({ id: 'CitizenReadEntry' });
