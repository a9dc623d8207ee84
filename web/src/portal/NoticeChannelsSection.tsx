import { useEffect, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../i18n/languages.ts';
import { Field } from '../ui/Field.tsx';
import { ErrorAlert, Notice } from '../ui/messages.tsx';
import { unwrap } from '../api/client.ts';
import { portalApi, type ContactPreferences } from './portal-api.ts';

/**
 * In the cabinet (issue #17): where notices reach the citizen besides the cabinet itself — e-mail to the address they
 * give here, SMS to their phone — and the language the notices lead with. Nothing leaves the cabinet until chosen.
 */
export function NoticeChannelsSection() {
  const { t, language } = useI18n();
  const [saved, setSaved] = useState<ContactPreferences | null>(null);
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [emailEnabled, setEmailEnabled] = useState(false);
  const [smsEnabled, setSmsEnabled] = useState(false);
  const [noticeLanguage, setNoticeLanguage] = useState<Language>(language);
  const [missing, setMissing] = useState<{ email: boolean; phone: boolean }>({ email: false, phone: false });
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    unwrap(portalApi.GET('/api/portal/contact-preferences')).then(
      (value) => {
        if (!live) return;
        setSaved(value);
        setEmail(value.email ?? '');
        setPhone(value.phone ?? value.phoneOnRecord ?? '');
        setEmailEnabled(value.emailEnabled);
        setSmsEnabled(value.smsEnabled);
        setNoticeLanguage(value.language);
      },
      (failure: unknown) => live && setError(failure),
    );
    return () => {
      live = false;
    };
    // The saved choice is read once; switching the screen's language must not overwrite what the person is typing.
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const check = { email: emailEnabled && email.trim() === '', phone: smsEnabled && phone.trim() === '' };
    setMissing(check);
    if (check.email || check.phone) return;
    try {
      const body = { email: email.trim() || null, phone: phone.trim() || null, emailEnabled, smsEnabled, language: noticeLanguage };
      setSaved(await unwrap(portalApi.PUT('/api/portal/contact-preferences', { body })));
      setNotice(t('portal.channels.saved'));
      setError(null);
    } catch (failure) {
      setError(failure);
      setNotice(null);
    }
  };

  return (
    <section aria-labelledby="portal-channels-heading" className="portal-section" data-testid="notice-channels">
      <h2 id="portal-channels-heading">{t('portal.channels.heading')}</h2>
      <p>{t('portal.channels.intro')}</p>
      <ErrorAlert error={error} />
      <Notice text={notice} tone="success" />
      {saved ? (
        <form className="form" onSubmit={(event) => void submit(event)} noValidate>
          <fieldset>
            <legend>{t('portal.channels.legend')}</legend>
            <label className="radio">
              <input type="checkbox" checked disabled /> {t('portal.channels.cabinet')}
            </label>
            <label className="radio">
              <input type="checkbox" name="email-enabled" checked={emailEnabled} onChange={(event) => setEmailEnabled(event.target.checked)} /> {t('portal.channels.email')}
            </label>
            <label className="radio">
              <input type="checkbox" name="sms-enabled" checked={smsEnabled} onChange={(event) => setSmsEnabled(event.target.checked)} /> {t('portal.channels.sms')}
            </label>
          </fieldset>
          <Field label={t('portal.channels.emailAddress')} error={missing.email ? t('portal.channels.emailMissing') : null}>
            {({ inputId, describedBy, invalid }) => (
              <input id={inputId} name="email" type="email" autoComplete="email" aria-describedby={describedBy} aria-invalid={invalid} value={email} onChange={(event) => setEmail(event.target.value)} />
            )}
          </Field>
          <Field label={t('portal.channels.phone')} error={missing.phone ? t('portal.channels.phoneMissing') : null}>
            {({ inputId, describedBy, invalid }) => (
              <input id={inputId} name="sms-phone" type="tel" autoComplete="tel" aria-describedby={describedBy} aria-invalid={invalid} value={phone} onChange={(event) => setPhone(event.target.value)} />
            )}
          </Field>
          <Field label={t('portal.channels.language')}>
            {({ inputId, describedBy }) => (
              <select id={inputId} name="notice-language" aria-describedby={describedBy} value={noticeLanguage} onChange={(event) => setNoticeLanguage(event.target.value as Language)}>
                {LANGUAGES.map((code) => (
                  <option key={code} value={code}>
                    {LANGUAGE_NAMES[code]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button type="submit">{t('portal.channels.save')}</button>
        </form>
      ) : null}
    </section>
  );
}
