import { Suspense } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher.tsx';
import { Link } from '../router/Link.tsx';
import type { Area } from './areas.ts';

/** The banner: the app and the area, the area's menu, and the language switcher. */
export function Header({ area, pathname }: { readonly area: Area | null; readonly pathname: string }) {
  const { t } = useI18n();
  return (
    <header className="site-header">
      <div className="brand">
        <Link href="/" className="brand-name">
          {t('app.name')}
        </Link>
        <span className="brand-area">{area ? t(area.titleKey) : t('app.tagline')}</span>
      </div>
      {area?.Menu ? (
        // The menu arrives with its area's bundle; until then the header shows none.
        <Suspense fallback={null}>
          <area.Menu pathname={pathname} />
        </Suspense>
      ) : null}
      <LanguageSwitcher />
    </header>
  );
}
