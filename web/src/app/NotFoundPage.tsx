import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/Link.tsx';
import { Page } from '../ui/Page.tsx';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Page title={t('app.notFound.title')}>
      <p>{t('app.notFound.text')}</p>
      <p>
        <Link href="/">{t('app.notFound.back')}</Link>
      </p>
    </Page>
  );
}
