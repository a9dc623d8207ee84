import type { Text } from '../i18n/text.ts';
import type { ReadObjectKind, ReadPurpose } from './read-purposes.ts';
import { labelTables } from '../i18n/label-tables.ts';
import labelData from './read-audit-labels.labels.json' with { type: 'json' };

/** The kk/ru/en texts of this module are data: read-audit-labels.labels.json (checked on load by labelTables). */
const labels = labelTables(labelData, 'read-audit-labels.labels.json');

/** What each read served, as supervisors and citizens read it (the web app has the same labels in its catalogs). */
export const READ_PURPOSE_LABELS: Readonly<Record<ReadPurpose, Text>> = labels.readPurposeLabels;

export const READ_OBJECT_LABELS: Readonly<Record<ReadObjectKind, Text>> = labels.readObjectLabels;

/** Column headers of the CSV export, in its order. */
export const READ_AUDIT_CSV_HEADERS: readonly Text[] = labels.readAuditCsvHeaders;

export const STAFF_ROLE_LABELS: Readonly<Record<string, Text>> = labels.staffRoleLabels;
