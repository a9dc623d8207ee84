import { useEffect, useState } from 'react';
import { api, unwrap } from '../../api/client.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Link } from '../../router/Link.tsx';
import { ErrorAlert } from '../../ui/messages.tsx';
import { Page } from '../../ui/Page.tsx';
import { PdfButton } from './PdfButton.tsx';
import { ReceiptView, type AcceptanceReceipt } from './ReceiptView.tsx';

/**
 * The printable receipt page of the office (`source: office`, GET /api/cases/{id}/receipt) and of the desk
 * (`source: desk`, GET /api/desk/submissions/{id}/receipt): the sheet, a Print button, and the way back.
 */
export function ReceiptPage({ caseId, source, backHref }: { readonly caseId: string; readonly source: 'office' | 'desk'; readonly backHref: string }) {
  const { t } = useI18n();
  const [receipt, setReceipt] = useState<AcceptanceReceipt | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    const request =
      source === 'office'
        ? api.GET('/api/cases/{caseId}/receipt', { params: { path: { caseId } } })
        : api.GET('/api/desk/submissions/{caseId}/receipt', { params: { path: { caseId } } });
    unwrap(request).then(setReceipt, (failure: unknown) => setError(failure));
  }, [caseId, source]);
  return (
    <Page title={t('print.receipt.page')}>
      <ErrorAlert error={error} />
      {receipt ? (
        <>
          <div className="toolbar no-print">
            <button type="button" onClick={() => window.print()}>
              {t('print.print')}
            </button>
          </div>
          <PdfButton
            fileName={`receipt-${receipt.journalNumber ?? receipt.caseId}.pdf`}
            load={() =>
              source === 'office'
                ? api.GET('/api/cases/{caseId}/receipt/pdf', { params: { path: { caseId } }, parseAs: 'blob' })
                : api.GET('/api/desk/submissions/{caseId}/receipt/pdf', { params: { path: { caseId } }, parseAs: 'blob' })
            }
          />
          <ReceiptView receipt={receipt} />
        </>
      ) : null}
      <p className="no-print">
        <Link href={backHref}>{t('print.back')}</Link>
      </p>
    </Page>
  );
}
