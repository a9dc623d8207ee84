import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/Link.tsx';
import { officePaths } from './paths.ts';

/** The applicant's name (or a dash) over the IIN, as the journal and the case search show them. */
export function ApplicantCell({ name, iin }: { readonly name: string | null; readonly iin: string }) {
  const { t } = useI18n();
  return (
    <>
      {name ?? t('common.empty')}
      <br />
      <span className="note">{iin}</span>
    </>
  );
}

/** The link that opens a case, named by its journal number (or the IIN while it has none), as the inbox and the search show it. */
export function CaseRefCell({ caseId, journalNumber, applicantIin }: { readonly caseId: string; readonly journalNumber: string | null; readonly applicantIin: string }) {
  const { t } = useI18n();
  return (
    <>
      <Link href={officePaths.case(caseId)}>{t('inbox.openCase', { ref: journalNumber ?? applicantIin })}</Link>
      {journalNumber ? null : <span className="note"> ({t('inbox.notRegistered')})</span>}
    </>
  );
}
