import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/Link.tsx';
import { navigate } from '../router/router.ts';
import { useSession } from '../session/SessionProvider.tsx';
import { roleLabel } from '../back-office/labels.ts';
import { deskPaths } from './paths.ts';

/** The desk's menu in the header: the queue, the branch's applications, who is signed in, signing out. */
export function DeskMenu({ pathname }: { readonly pathname: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { staff, signOut } = useSession();
  if (!staff) return null;
  const current = (path: string) => (pathname === path ? 'page' : undefined);
  return (
    <nav aria-label={t('desk.nav')} className="main-nav">
      <ul>
        <li>
          <Link href={deskPaths.queue} aria-current={current(deskPaths.queue)}>
            {t('desk.nav.queue')}
          </Link>
        </li>
        <li>
          <Link href={deskPaths.submissions} aria-current={current(deskPaths.submissions)}>
            {t('desk.nav.submissions')}
          </Link>
        </li>
      </ul>
      <p className="whoami" data-testid="whoami">
        {t('nav.signedInAs', { name: staff.fullName, role: roleLabel(i18n, staff.role) })}
      </p>
      <button type="button" className="button-secondary" onClick={() => void signOut().then(() => navigate(deskPaths.signIn))}>
        {t('nav.signOut')}
      </button>
    </nav>
  );
}
