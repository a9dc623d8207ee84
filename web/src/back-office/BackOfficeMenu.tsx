import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/Link.tsx';
import { navigate } from '../router/router.ts';
import { useSession } from '../session/SessionProvider.tsx';
import { roleLabel } from './labels.ts';
import { officePaths } from './paths.ts';

/**
 * The back office's menu in the header: the inbox, receiving (clerks), the signing queue (heads), the incoming journal
 * (clerks, heads), search, who is signed in, and signing out.
 */
export function BackOfficeMenu({ pathname }: { readonly pathname: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { staff, signOut } = useSession();
  if (!staff) return null;
  const current = (path: string) => (pathname === path ? 'page' : undefined);
  return (
    <nav aria-label={t('nav.main')} className="main-nav">
      <ul>
        <li>
          <Link href={officePaths.inbox} aria-current={current(officePaths.inbox)}>
            {t('nav.inbox')}
          </Link>
        </li>
        {staff.role === 'clerk' ? (
          <li>
            <Link href={officePaths.receive} aria-current={current(officePaths.receive)}>
              {t('nav.receive')}
            </Link>
          </li>
        ) : null}
        {staff.role === 'head' ? (
          <li>
            <Link href={officePaths.signingQueue} aria-current={current(officePaths.signingQueue)}>
              {t('nav.signingQueue')}
            </Link>
          </li>
        ) : null}
        {staff.role === 'clerk' || staff.role === 'head' ? (
          <li>
            <Link href={officePaths.journal} aria-current={current(officePaths.journal)}>
              {t('nav.journal')}
            </Link>
          </li>
        ) : null}
        <li>
          <Link href={officePaths.search} aria-current={current(officePaths.search)}>
            {t('nav.search')}
          </Link>
        </li>
      </ul>
      <p className="whoami" data-testid="whoami">
        {t('nav.signedInAs', { name: staff.fullName, role: roleLabel(i18n, staff.role) })}
      </p>
      <button
        type="button"
        className="button-secondary"
        onClick={() => {
          void signOut().then(() => navigate(officePaths.signIn));
        }}
      >
        {t('nav.signOut')}
      </button>
    </nav>
  );
}
