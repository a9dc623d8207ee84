import { z } from 'zod';
import { parseIsoDate } from '../../../core/calendar/civil-date.ts';
import { ZText } from '../../../core/regulation/schema.ts';

const isRealDate = (value: string) => {
  try {
    parseIsoDate(value);
    return true;
  } catch {
    return false;
  }
};

const ZLocalDate = z.string().refine(isRealDate, { message: 'a real date, YYYY-MM-DD' });

export const ZJournalQuery = z
  .object({
    from: ZLocalDate.optional().describe("First day of registration (the provider's local date, YYYY-MM-DD)"),
    to: ZLocalDate.optional().describe('Last day of registration, inclusive'),
    limit: z.coerce.number().int().min(1).max(1000).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, { message: 'must not be before from', path: ['to'] });

export const ZJournalEntry = z
  .object({
    caseId: z.string(),
    journalNumber: z.string(),
    registeredAt: z.string().describe('When the register step took the number'),
    applicantIin: z.string(),
    applicantName: z.string().nullable(),
    regulationId: z.string(),
    serviceCode: z.string(),
    serviceName: ZText,
    channel: z.string(),
    status: z.string(),
  })
  .meta({ id: 'JournalEntry' });

export const ZJournal = z
  .object({
    providerId: z.string(),
    from: z.string().nullable(),
    to: z.string().nullable(),
    items: z.array(ZJournalEntry).describe('One page of the entries, in journal order'),
    total: z.number().int().describe('Entries in the range in all'),
    limit: z.number().int(),
    offset: z.number().int(),
  })
  .meta({ id: 'IncomingJournal' });


export const ZJournalSheet = z
  .object({
    provider: z.object({ name: ZText, bin: z.string() }),
    from: z.string().nullable(),
    to: z.string().nullable(),
    entries: z.array(
      z.object({
        journalNumber: z.string(),
        registeredText: z.string().describe("The registration time on the provider's clock, with its offset"),
        applicantIin: z.string(),
        applicantName: z.string().nullable(),
        serviceName: ZText,
        channel: z.string(),
        status: z.string(),
      }),
    ),
    truncated: z.boolean(),
    printedBy: z.string(),
    printedText: z.string(),
  })
  .meta({ id: 'JournalSheet' });
