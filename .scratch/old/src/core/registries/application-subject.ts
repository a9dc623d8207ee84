/**
 * What makes two applications of one person to one service "the same" (issue #6: in April 2020, 1.5 million of
 * 6.8 million applications were duplicates). Usually the person and the service; where a person may rightly have
 * several open at once, also the field named here: a social payment per risk, home-schooling compensation per child.
 * The same list is in migration 0003 (backfill of the claims).
 */
const SUBJECT_FIELD_BY_SERVICE: Readonly<Record<string, string>> = {
  'social-risk-payments': 'social-risk',
  'disabled-children-home-schooling': 'child-iin',
};

export function applicationSubject(serviceCode: string, formData: Readonly<Record<string, unknown>>): string {
  const field = SUBJECT_FIELD_BY_SERVICE[serviceCode];
  const value = field ? formData[field] : undefined;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}
