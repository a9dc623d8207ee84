import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Link } from '../../router/Link.tsx';

/** The Print button and the way back above a printed form; neither is printed. */
export function PrintToolbar({ backHref }: { readonly backHref: string }) {
  const { t } = useI18n();
  return (
    <p className="toolbar no-print">
      <button type="button" onClick={() => window.print()}>
        {t('print.print')}
      </button>
      <Link href={backHref}>{t('print.back')}</Link>
    </p>
  );
}
