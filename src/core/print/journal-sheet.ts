import { CHANNEL_LABELS } from '../bpmn/handbook-texts.ts';
import type { CaseStatus } from '../case/case-events.ts';
import type { Language, Text } from '../i18n/text.ts';
import type { Channel } from '../regulation/schema.ts';
import type { PrintSheet } from './print-sheet.ts';
import { CASE_STATUS_LABELS, JOURNAL_LABELS as L, RECEIPT_LABELS } from './print-texts.ts';

/** One registered case as the journal lists it; `registeredText` is the registration time on the provider's clock. */
export interface JournalLine {
  readonly journalNumber: string;
  readonly registeredText: string;
  readonly applicantIin: string;
  readonly applicantName: string | null;
  readonly serviceName: Text;
  readonly channel: string;
  readonly status: string;
}

export interface JournalFacts {
  readonly provider: { readonly name: Text; readonly bin: string };
  readonly from: string | null;
  readonly to: string | null;
  readonly entries: readonly JournalLine[];
  readonly truncated: boolean;
  readonly printedBy: string;
  readonly printedText: string;
}

const labelOf = <K extends string>(labels: Readonly<Record<K, Text>>, key: string, language: Language): string =>
  key in labels ? labels[key as K][language] : key;

/** The provider's incoming journal for a period on A4 in one language: number, time, applicant, service, channel, status. */
export function journalSheet(journal: JournalFacts, language: Language): PrintSheet {
  const period = journal.from || journal.to ? `${journal.from ?? '…'} — ${journal.to ?? '…'}` : L.allTime[language];
  return {
    language,
    header: [journal.provider.name[language], `${RECEIPT_LABELS.bin[language]} ${journal.provider.bin}`],
    title: L.title[language],
    rows: [
      [L.period[language], period],
      [L.entries[language], journal.truncated ? `${journal.entries.length} (${L.truncated[language]})` : String(journal.entries.length)],
    ],
    table: {
      caption: L.title[language],
      columns: [
        { label: L.number[language], widthShare: 0.13 },
        { label: L.registeredAt[language], widthShare: 0.17 },
        { label: L.applicant[language], widthShare: 0.22 },
        { label: L.service[language], widthShare: 0.24 },
        { label: L.channel[language], widthShare: 0.13 },
        { label: L.status[language], widthShare: 0.11 },
      ],
      rows: journal.entries.map((entry) => [
        entry.journalNumber,
        entry.registeredText,
        [entry.applicantName, `${RECEIPT_LABELS.iin[language]} ${entry.applicantIin}`].filter(Boolean).join(', '),
        entry.serviceName[language],
        labelOf<Channel>(CHANNEL_LABELS, entry.channel, language),
        labelOf<CaseStatus>(CASE_STATUS_LABELS, entry.status, language),
      ]),
      empty: L.empty[language],
    },
    footer: [`${L.printedBy[language]}: ${journal.printedBy}, ${journal.printedText} ____________`],
  };
}
