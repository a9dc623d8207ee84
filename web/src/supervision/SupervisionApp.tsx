import type { Staff } from '../api/types.ts';
import { NotFoundPage } from '../app/NotFoundPage.tsx';
import { roleLabel } from '../shared/labels.ts';
import { StaffArea } from '../shared/StaffArea.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Notice } from '../ui/messages.tsx';
import { Page } from '../ui/Page.tsx';
import { DashboardPage } from './DashboardPage.tsx';
import { ReadAuditPage } from './ReadAuditPage.tsx';
import { supervisionPaths } from './paths.ts';
import { StaffPasswordPage } from '../ui/StaffPasswordPage.tsx';

const AREA = { root: supervisionPaths.root, signIn: supervisionPaths.signIn, home: supervisionPaths.root };

/** The supervision area (/supervision): the staff sign-in shared with the back office, then the region's dashboard. */
export function SupervisionApp({ pathname }: { readonly pathname: string }) {
  return <StaffArea pathname={pathname} paths={AREA}>{(staff) => <SupervisionPages pathname={pathname} staff={staff} />}</StaffArea>;
}

function SupervisionPages({ pathname, staff }: { readonly pathname: string; readonly staff: Staff }) {
  const i18n = useI18n();
  const { t } = i18n;

  if (pathname === supervisionPaths.password) return <StaffPasswordPage />;
  const readAudit = pathname === supervisionPaths.readAudit;
  if (!readAudit && pathname !== supervisionPaths.root && pathname !== `${supervisionPaths.root}/`) return <NotFoundPage />;
  if (staff.role !== 'supervisor' && staff.role !== 'admin') {
    return (
      <Page title={t('supervision.title')}>
        <Notice text={t('supervision.notSupervisor', { role: roleLabel(i18n, staff.role) })} tone="warning" />
      </Page>
    );
  }
  return readAudit ? <ReadAuditPage staff={staff} /> : <DashboardPage staff={staff} />;
}
