import type { components } from '../../api/schema.d.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { Language } from '../../i18n/languages.ts';
import { translate } from '../../i18n/translate.ts';
import './print.css';

export type AcceptanceReceipt = components['schemas']['AcceptanceReceipt'];

/**
 * The receipt of accepted documents (расписка / қолхат, issue #17) as printed on A4 for the applicant: the accepting
 * organisation and the provider from their records, the service, the case, the documents accepted and the date the
 * result is due. Printed in the screen's language, with Kazakh and Russian both on the sheet when either is chosen
 * (the state language and the language of interethnic communication), English alone when English is chosen.
 */
export function ReceiptView({ receipt }: { readonly receipt: AcceptanceReceipt }) {
  const { language } = useI18n();
  const languages: readonly Language[] = language === 'en' ? ['en'] : ['kk', 'ru'];
  return (
    <div className="stack">
      {languages.map((lang) => (
        <ReceiptSheet key={lang} receipt={receipt} lang={lang} />
      ))}
    </div>
  );
}

function ReceiptSheet({ receipt, lang }: { readonly receipt: AcceptanceReceipt; readonly lang: Language }) {
  const t = (key: Parameters<typeof translate>[1], values?: Parameters<typeof translate>[2]) => translate(lang, key, values);
  const accepting = receipt.acceptedBy.organisation;
  return (
    <article className="print-sheet" lang={lang} data-testid={`receipt-${lang}`} aria-labelledby={`receipt-title-${lang}`}>
      <p>
        <strong>{accepting.name[lang]}</strong>
        <br />
        {t('print.receipt.bin', { bin: accepting.bin })}
      </p>
      <h2 id={`receipt-title-${lang}`}>{t('print.receipt.title')}</h2>
      <dl>
        <dt>{t('print.receipt.service')}</dt>
        <dd>{receipt.service.name[lang]}</dd>
        <dt>{t('print.receipt.caseNumber')}</dt>
        <dd>{receipt.journalNumber ?? receipt.caseId}</dd>
        <dt>{t('print.receipt.applicant')}</dt>
        <dd>
          {receipt.applicant.fullName ?? ''} ({t('print.receipt.iin', { iin: receipt.applicant.iin })})
        </dd>
        <dt>{t('print.receipt.provider')}</dt>
        <dd>
          {receipt.provider.name[lang]}, {t('print.receipt.bin', { bin: receipt.provider.bin })}
        </dd>
        <dt>{t('print.receipt.acceptedAt')}</dt>
        <dd>{receipt.acceptedBy.atText}</dd>
        <dt>{t('print.receipt.resultDue')}</dt>
        <dd data-testid={`receipt-due-${lang}`}>{receipt.resultDueText ?? t('print.receipt.noDue')}</dd>
      </dl>
      <table>
        <caption>{t('print.receipt.documents')}</caption>
        <thead>
          <tr>
            <th scope="col">№</th>
            <th scope="col">{t('print.receipt.document')}</th>
            <th scope="col">{t('print.receipt.file')}</th>
          </tr>
        </thead>
        <tbody>
          {receipt.documents.length === 0 ? (
            <tr>
              <td colSpan={3}>{t('print.receipt.noDocuments')}</td>
            </tr>
          ) : (
            receipt.documents.map((document, index) => (
              <tr key={`${document.fileName}-${index}`}>
                <td>{index + 1}</td>
                <td>{document.name ? document.name[lang] : '—'}</td>
                <td>{document.fileName ?? t('print.receipt.paper')}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
      <div className="print-signatures">
        <p>
          {t('print.receipt.acceptedBy')}: {receipt.acceptedBy.staffName ?? '—'} ____________
        </p>
        <p>{t('print.receipt.receivedBy')}: ____________</p>
      </div>
    </article>
  );
}
