import { useI18n } from '../i18n/I18nProvider.tsx';
import { useSession } from '../session/SessionProvider.tsx';
import { StaffMenu, type StaffMenuItem } from '../ui/StaffMenu.tsx';
import { officePaths } from './paths.ts';

/**
 * The back office's menu in the header: the inbox, receiving (clerks), the signing queue (heads), the incoming journal
 * (clerks, heads), search, who is signed in, and signing out.
 */
export function BackOfficeMenu({ pathname }: { readonly pathname: string }) {
  const { t } = useI18n();
  const role = useSession().staff?.role;
  const items: StaffMenuItem[] = [
    { href: officePaths.inbox, label: t('nav.inbox') },
    ...(role === 'clerk' ? [{ href: officePaths.receive, label: t('nav.receive') }] : []),
    ...(role === 'head' ? [{ href: officePaths.signingQueue, label: t('nav.signingQueue') }] : []),
    ...(role === 'clerk' || role === 'head' ? [{ href: officePaths.journal, label: t('nav.journal') }] : []),
    { href: officePaths.search, label: t('nav.search') },
    ...(role === 'admin' ? [{ href: officePaths.staffAccounts, label: t('identity.reset.navLink') }] : []),
    ...(role === 'admin' ? [{ href: officePaths.regulationImports, label: t('publishing.navLink') }] : []),
  ];
  return <StaffMenu pathname={pathname} label={t('nav.main')} signInPath={officePaths.signIn} passwordPath={officePaths.password} items={items} />;
}
