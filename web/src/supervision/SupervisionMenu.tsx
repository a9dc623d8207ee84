import { useI18n } from '../i18n/I18nProvider.tsx';
import { StaffMenu } from '../ui/StaffMenu.tsx';
import { supervisionPaths } from './paths.ts';

/** The supervision menu in the header: the dashboard, the handbook, who is signed in, and signing out. */
export function SupervisionMenu({ pathname }: { readonly pathname: string }) {
  const { t } = useI18n();
  return (
    <StaffMenu
      pathname={pathname}
      label={t('supervision.nav')}
      signInPath={supervisionPaths.signIn}
      passwordPath={supervisionPaths.password}
      items={[
        { href: supervisionPaths.root, label: t('supervision.nav.dashboard') },
        { href: supervisionPaths.readAudit, label: t('audit.nav') },
        { href: '/handbook', label: t('supervision.nav.handbook') },
      ]}
    />
  );
}
