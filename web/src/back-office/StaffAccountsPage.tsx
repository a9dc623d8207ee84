import { useEffect, useRef, useState } from 'react';
import { api, unwrap } from '../api/client.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ErrorAlert, Notice } from '../ui/messages.tsx';
import { Page } from '../ui/Page.tsx';
import { roleLabel } from '../shared/labels.ts';
import { DataTable } from '../shared/DataTable.tsx';

interface StaffAccount {
  readonly id: string;
  readonly login: string;
  readonly role: string;
  readonly fullName: string;
}

/** The administrator's list of staff accounts with a password reset each (issue #13); every reset is audited. */
export function StaffAccountsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const [accounts, setAccounts] = useState<readonly StaffAccount[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    unwrap(api.GET('/api/admin/staff')).then(setAccounts, setError);
  }, []);

  const reset = async (account: StaffAccount) => {
    setError(null);
    try {
      const { temporaryPassword } = await unwrap(api.POST('/api/admin/staff/{staffId}/password-reset', { params: { path: { staffId: account.id } } }));
      setNotice(t('identity.reset.done', { login: account.login, password: temporaryPassword }));
      requestAnimationFrame(() => noticeRef.current?.focus());
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <Page title={t('identity.reset.title')}>
      <p>{t('identity.reset.intro')}</p>
      <Notice ref={noticeRef} text={notice} tone="success" />
      <ErrorAlert error={error} />
      {accounts === null ? (
        <p>{t('app.loading')}</p>
      ) : (
        <DataTable caption={t('identity.reset.title')} captionClassName="visually-hidden" columns={[t('identity.reset.login'), t('identity.reset.name'), t('identity.reset.role'), <><span className="visually-hidden">{t('identity.password.submit')}</span></>]} className="" wrap={false}>
          {accounts.map((account) => (
            <tr key={account.id}>
              <td>{account.login}</td>
              <td>{account.fullName}</td>
              <td>{roleLabel(i18n, account.role)}</td>
              <td>
                <button type="button" className="button-secondary" onClick={() => void reset(account)}>
                  {t('identity.reset.action', { login: account.login })}
                </button>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </Page>
  );
}
