import type { CaseListColumns } from '../../adapters/db/case-store.ts';
import type { AppContext } from '../app-context.ts';

/** The part of a case-list row every list shows (the journal, the search): who applied, for which service, how. */
export function caseListRow(app: AppContext, row: CaseListColumns) {
  return {
    caseId: row.id,
    applicantIin: row.applicant_iin,
    applicantName: row.applicant_name,
    regulationId: row.regulation_id,
    serviceCode: row.service_code,
    serviceName: app.catalog.get(row.regulation_id).service.name,
    channel: row.channel,
  };
}
