import { roleLabel } from '../shared/labels.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/Link.tsx';
import { navigate } from '../router/router.ts';
import { useSession } from '../session/SessionProvider.tsx';

export interface StaffMenuItem {
  readonly href: string;
  /** Already translated. */
  readonly label: string;
}

/**
 * The header menu every staff area shares (back office, desk, supervision): its links, who is signed in, and signing
 * out back to the area's sign-in page. Nothing while nobody is signed in.
 */
export function StaffMenu(props: {
  readonly pathname: string;
  readonly label: string;
  readonly items: readonly StaffMenuItem[];
  readonly signInPath: string;
  /** The area's own password change page (issue #13); a link to it closes the menu's list. */
  readonly passwordPath?: string;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { staff, signOut } = useSession();
  if (!staff) return null;
  const items = props.passwordPath ? [...props.items, { href: props.passwordPath, label: t('identity.password.navLink') }] : props.items;
  return (
    <nav aria-label={props.label} className="main-nav">
      <ul>
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={props.pathname === item.href ? 'page' : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
      <p className="whoami" data-testid="whoami">
        {t('nav.signedInAs', { name: staff.fullName, role: roleLabel(i18n, staff.role) })}
      </p>
      <button type="button" className="button-secondary" onClick={() => void signOut().then(() => navigate(props.signInPath))}>
        {t('nav.signOut')}
      </button>
    </nav>
  );
}
