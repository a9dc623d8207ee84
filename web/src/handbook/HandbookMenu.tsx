import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/Link.tsx';
import { handbookPaths } from './paths.ts';

/** The handbook's menu in the header: the list of versions and the comparison. */
export function HandbookMenu({ pathname }: { readonly pathname: string }) {
  const { t } = useI18n();
  const current = (path: string) => (pathname === path ? 'page' : undefined);
  return (
    <nav aria-label={t('handbook.nav')} className="main-nav">
      <ul>
        <li>
          <Link href={handbookPaths.root} aria-current={current(handbookPaths.root)}>
            {t('handbook.nav.versions')}
          </Link>
        </li>
        <li>
          <Link href={handbookPaths.compare} aria-current={current(handbookPaths.compare)}>
            {t('handbook.nav.compare')}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
