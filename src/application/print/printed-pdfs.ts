import { findProvider } from '../../adapters/db/provider-store.ts';
import { renderPrintSheetsPdf } from '../../adapters/documents/render-print-sheet-pdf.ts';
import { localDateTimeText } from '../../core/calendar/local-time-text.ts';
import { timeZoneOfRegion } from '../../core/calendar/time-zones.ts';
import type { Language } from '../../core/i18n/text.ts';
import type { StaffMember } from '../../core/org/staff-member.ts';
import { journalSheet, type JournalFacts } from '../../core/print/journal-sheet.ts';
import { JOURNAL_LABELS, RECEIPT_LABELS } from '../../core/print/print-texts.ts';
import { receiptSheet, type ReceiptFacts } from '../../core/print/receipt-sheet.ts';
import type { AppContext } from '../app-context.ts';
import { listIncomingJournal, type JournalQuery } from '../cases/incoming-journal.ts';

/** The sheets are printed in both state languages, Kazakh first (the state language), as the web page shows them. */
const SHEET_LANGUAGES: readonly Language[] = ['kk', 'ru'];

/** The most entries one printed journal holds (a period longer than that is printed in parts). */
const PRINTED_JOURNAL_MAX_ENTRIES = 1000;

export interface PrintedPdf {
  readonly bytes: Uint8Array;
  readonly fileName: string;
}

/** The receipt of accepted documents as an A4 PDF: one page in Kazakh, one in Russian (issue #17). */
export async function receiptPdf(app: AppContext, receipt: ReceiptFacts): Promise<PrintedPdf> {
  const number = receipt.journalNumber ?? receipt.caseId;
  const bytes = await renderPrintSheetsPdf(
    { title: `${RECEIPT_LABELS.title.ru} ${number}`, printedAt: app.clock() },
    SHEET_LANGUAGES.map((language) => receiptSheet(receipt, language)),
  );
  return { bytes, fileName: `receipt-${number.replace(/[^\w-]+/g, '_')}.pdf` };
}

/**
 * The incoming journal for a period as it is printed (issue #17): the provider's name and BIN from its record, every
 * registration with its time on the provider's clock, who printed it and when. Clerks and the head only, of their own
 * provider (listIncomingJournal refuses anyone else).
 */
export async function journalForPrint(app: AppContext, staff: StaffMember, query: JournalQuery): Promise<JournalFacts> {
  // The printed journal is the whole period, not the page on screen; past this many entries it says it is cut short.
  const journal = await listIncomingJournal(app, staff, { ...query, limit: PRINTED_JOURNAL_MAX_ENTRIES, offset: 0 });
  const provider = await findProvider(app.db, journal.providerId);
  if (!provider) throw new Error(`journal names missing provider ${journal.providerId}`);
  const zone = timeZoneOfRegion(provider.region);
  return {
    provider: { name: provider.name, bin: provider.bin },
    from: journal.from,
    to: journal.to,
    entries: journal.items.map((entry) => ({
      journalNumber: entry.journalNumber,
      registeredText: localDateTimeText(zone, Date.parse(entry.registeredAt)),
      applicantIin: entry.applicantIin,
      applicantName: entry.applicantName,
      serviceName: entry.serviceName,
      channel: entry.channel,
      status: entry.status,
    })),
    truncated: journal.total > journal.items.length,
    printedBy: staff.fullName,
    printedText: localDateTimeText(zone, app.clock().getTime()),
  };
}

export async function journalPdf(app: AppContext, staff: StaffMember, query: JournalQuery): Promise<PrintedPdf> {
  const journal = await journalForPrint(app, staff, query);
  const bytes = await renderPrintSheetsPdf(
    { title: `${JOURNAL_LABELS.title.ru} ${journal.from ?? ''}–${journal.to ?? ''}`, printedAt: app.clock() },
    SHEET_LANGUAGES.map((language) => journalSheet(journal, language)),
  );
  return { bytes, fileName: `journal-${journal.from ?? 'start'}-${journal.to ?? 'now'}.pdf` };
}
