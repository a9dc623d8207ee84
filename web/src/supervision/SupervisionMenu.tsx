import { roleLabel } from '../back-office/labels.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/Link.tsx';
import { navigate } from '../router/router.ts';
import { useSession } from '../session/SessionProvider.tsx';
import { supervisionPaths } from './paths.ts';

/** The supervision menu in the header: the dashboard, the handbook, who is signed in, and signing out. */
export function SupervisionMenu({ pathname }: { readonly pathname: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { staff, signOut } = useSession();
  if (!staff) return null;
  return (
    <nav aria-label={t('supervision.nav')} className="main-nav">
      <ul>
        <li>
          <Link href={supervisionPaths.root} aria-current={pathname === supervisionPaths.root ? 'page' : undefined}>
            {t('supervision.nav.dashboard')}
          </Link>
        </li>
        <li>
          <Link href="/handbook">{t('supervision.nav.handbook')}</Link>
        </li>
      </ul>
      <p className="whoami" data-testid="whoami">
        {t('nav.signedInAs', { name: staff.fullName, role: roleLabel(i18n, staff.role) })}
      </p>
      <button
        type="button"
        className="button-secondary"
        onClick={() => {
          void signOut().then(() => navigate(supervisionPaths.signIn));
        }}
      >
        {t('nav.signOut')}
      </button>
    </nav>
  );
}
