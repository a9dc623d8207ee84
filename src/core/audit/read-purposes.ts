/**
 * Why a staff member read a person's data: the use case (and so the route) that served the read. Stored as this code
 * in read_audit_log.purpose; people read it through the kk/ru/en labels (web/src/i18n/messages/audit.*.ts).
 */
export const READ_PURPOSES = [
  'case.view',
  'case.history',
  'case.search-by-iin',
  'document.content',
  'attachment.content',
  'person.lookup',
  'registries.labour-market',
  'registries.records',
  'registries.record',
  'registries.unemployed-status',
  'desk.applicant-lookup',
  'desk.submission',
] as const;
export type ReadPurpose = (typeof READ_PURPOSES)[number];

export const READ_OBJECT_KINDS = ['person', 'case', 'document', 'attachment'] as const;
export type ReadObjectKind = (typeof READ_OBJECT_KINDS)[number];

/** One read: what was read (and whose data it is). */
export interface ReadObject {
  readonly kind: ReadObjectKind;
  readonly id: string;
  /** The person the data belongs to: the applicant of a case, the person looked up. */
  readonly subjectIin: string;
}
