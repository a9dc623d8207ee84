import { Suspense, useEffect } from 'react';
import { I18nProvider, useI18n } from '../i18n/I18nProvider.tsx';
import { navigate, usePathname } from '../router/router.ts';
import { SessionProvider } from '../session/SessionProvider.tsx';
import { AREAS, areaOf } from './areas.ts';
import { DemonstrationBanner } from './DemonstrationBanner.tsx';
import { Header } from './Header.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';

function Shell() {
  const pathname = usePathname();
  const { t } = useI18n();
  const area = areaOf(pathname);

  useEffect(() => {
    if (pathname === '/' && AREAS[0]) navigate(AREAS[0].basePath, { replace: true });
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Header area={area} pathname={pathname} />
      <DemonstrationBanner />
      <main id="main" tabIndex={-1}>
        {area ? (
          <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
            <area.Component pathname={pathname} />
          </Suspense>
        ) : pathname === '/' ? null : (
          <NotFoundPage />
        )}
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}

export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <Shell />
      </SessionProvider>
    </I18nProvider>
  );
}
