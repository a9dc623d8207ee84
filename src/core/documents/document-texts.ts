import type { Text } from '../i18n/text.ts';
import { labelTables } from '../i18n/label-tables.ts';
import labelData from './document-texts.labels.json' with { type: 'json' };

/** The kk/ru/en texts of this module are data: document-texts.labels.json (checked on load by labelTables). */
const labels = labelTables(labelData, 'document-texts.labels.json');

/**
 * The body of each result template, with `{placeholders}` filled from the case. A template not listed here gets the
 * generic text, so a new regulation's result prints without code; a template that needs its own wording gets an
 * entry in document-texts.labels.json. The referral forms (referral-*, vocational-guidance) are those of the
 * Standard's annexes 1–4 (seeds 000 and 003) and of seed 004 (training, guidance): compare-referrals.md §2; each
 * names the measure, and the measure, date and card follow as fields. The TSA certificate has two positive outcomes
 * (tsa-belongs-certificate, tsa-not-belongs-certificate: regulations/aktobe-2016-285-tsa-recipient-certificate.json).
 */
export const TEMPLATE_PARAGRAPHS: Readonly<Record<string, Text>> = labels.templateParagraphs;

export const GENERIC_PARAGRAPH: Text = labels.genericParagraph;

/**
 * An electronic document certified by an EDS equals a signed paper one: Law of 7 January 2003 No. 370-II
 * "On electronic document and electronic digital signature", art. 7 p.1; the certificate form of seed 002 carries
 * this note (002_1d31f342cf019b59.txt, lines 500–503; its kk line misprints the month as December).
 */
export const LEGAL_EQUIVALENCE_NOTE: Text = labels.legalEquivalenceNote;

/** draftMark and draftNote: the preview before signing (issue #17), marked on every page, no QR code and no verification code printed. */
export const DOCUMENT_LABELS = labels.documentLabels satisfies Record<string, Text>;
