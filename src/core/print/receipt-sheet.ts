import type { Language, Text } from '../i18n/text.ts';
import type { PrintSheet } from './print-sheet.ts';
import { RECEIPT_LABELS as L } from './print-texts.ts';

interface Organisation {
  readonly name: Text;
  readonly bin: string;
}

/** What the receipt of accepted documents says (application/print/acceptance-receipt.ts gathers it). */
export interface ReceiptFacts {
  readonly caseId: string;
  readonly journalNumber: string | null;
  readonly service: { readonly name: Text };
  readonly provider: Organisation;
  readonly acceptedBy: { readonly organisation: Organisation; readonly staffName: string | null; readonly atText: string };
  readonly applicant: { readonly iin: string; readonly fullName: string | null };
  /** Each document accepted: a scan (its file name) or a paper original handed over at the office (no file). */
  readonly documents: ReadonlyArray<{ readonly fileName: string | null; readonly name: Text | null }>;
  readonly resultDueText: string | null;
}

/** The receipt on one A4 sheet in one language: the same facts the web page shows (web/src/shared/print/ReceiptView.tsx). */
export function receiptSheet(receipt: ReceiptFacts, language: Language): PrintSheet {
  const accepting = receipt.acceptedBy.organisation;
  const applicant = [receipt.applicant.fullName, `${L.iin[language]} ${receipt.applicant.iin}`].filter(Boolean).join(', ');
  return {
    language,
    header: [accepting.name[language], `${L.bin[language]} ${accepting.bin}`],
    title: L.title[language],
    rows: [
      [L.service[language], receipt.service.name[language]],
      [L.caseNumber[language], receipt.journalNumber ?? receipt.caseId],
      [L.applicant[language], applicant],
      [L.provider[language], `${receipt.provider.name[language]}, ${L.bin[language]} ${receipt.provider.bin}`],
      [L.acceptedAt[language], receipt.acceptedBy.atText],
      [L.resultDue[language], receipt.resultDueText ?? L.noDue[language]],
    ],
    table: {
      caption: L.documents[language],
      columns: [
        { label: '№', widthShare: 0.08 },
        { label: L.document[language], widthShare: 0.62 },
        { label: L.form[language], widthShare: 0.3 },
      ],
      rows: receipt.documents.map((document, index) => [String(index + 1), document.name?.[language] ?? '—', document.fileName ?? L.paper[language]]),
      empty: L.noDocuments[language],
    },
    footer: [`${L.acceptedBy[language]}: ${receipt.acceptedBy.staffName ?? '—'} ____________`, `${L.receivedBy[language]}: ____________`],
  };
}
