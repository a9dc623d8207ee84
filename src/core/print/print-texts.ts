import type { CaseStatus } from '../case/case-events.ts';
import type { Text } from '../i18n/text.ts';
import { labelTables } from '../i18n/label-tables.ts';
import labelData from './print-texts.labels.json' with { type: 'json' };

/*
 * The words on the sheets staff print for people (issue #17): the receipt of accepted documents and the incoming
 * journal. No seed regulation words either form (searched /work/shared/seeds and the seed extracts for "расписк",
 * "қолхат" and "журнал регистрации": the Standards only require that the documents are accepted and registered), so
 * they hold what the issue lists, in the words the web app shows (web/src/i18n/messages, `print.*`).
 */

/** The kk/ru/en texts of this module are data: print-texts.labels.json (checked on load by labelTables). */
const labels = labelTables(labelData, 'print-texts.labels.json');

export const RECEIPT_LABELS = labels.receiptLabels satisfies Record<string, Text>;

export const JOURNAL_LABELS = labels.journalLabels satisfies Record<string, Text>;

/** A case's status as the back office names it (web/src/i18n/messages, `status.*`). */
export const CASE_STATUS_LABELS: Readonly<Record<CaseStatus, Text>> = labels.caseStatusLabels;
