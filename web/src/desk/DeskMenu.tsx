import { useI18n } from '../i18n/I18nProvider.tsx';
import { StaffMenu } from '../ui/StaffMenu.tsx';
import { deskPaths } from './paths.ts';

/** The desk's menu in the header: the queue, the branch's applications, who is signed in, signing out. */
export function DeskMenu({ pathname }: { readonly pathname: string }) {
  const { t } = useI18n();
  return (
    <StaffMenu
      pathname={pathname}
      label={t('desk.nav')}
      signInPath={deskPaths.signIn}
      passwordPath={deskPaths.password}
      items={[
        { href: deskPaths.queue, label: t('desk.nav.queue') },
        { href: deskPaths.submissions, label: t('desk.nav.submissions') },
      ]}
    />
  );
}
