import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { MessageKey } from '../i18n/translate.ts';
import { ChoiceList } from '../shared/ChoiceList.tsx';
import { InputField } from '../shared/InputField.tsx';
import { NcaLayerClient } from './ncalayer-client.ts';
import { signWithPkcs12 } from './pkcs12-signer.ts';
import { SigningError, type SignedResult, type SigningPurpose } from './types.ts';

export interface EdsSignerProps {
  /** The exact bytes to sign (e.g. GET /api/cases/{id}/document's canonical bytes); null while they load. */
  readonly bytes: Uint8Array | null;
  /** The IIN the certificate must carry (the applicant's, "condition 2"); omit when any signer may sign. */
  readonly expectedIin?: string | null | undefined;
  readonly purpose: SigningPurpose;
  readonly onSigned: (result: SignedResult) => void;
  /** The caller is sending the signature: the buttons wait. */
  readonly busy?: boolean | undefined;
  /** The text of the sign buttons; defaults to signing.submit. */
  readonly submitLabel?: string | undefined;
  /** Tests hand in a client with a fake socket; the page uses wss://127.0.0.1:13579/. */
  readonly ncaLayer?: NcaLayerClient | undefined;
}

// A PKCS#12 key file (read in the browser, never uploaded) and its password, which no browser should remember.
const KEY_FILE_INPUT = { type: 'file', name: 'keyFile', accept: '.p12,.pfx,application/x-pkcs12' } as const;
const KEY_PASSWORD_INPUT = { type: 'password', name: 'keyPassword', autoComplete: 'off' } as const;

type Method = 'ncaLayer' | 'keyFile';
type Probe = 'checking' | 'available' | 'unavailable';

function errorKey(error: unknown): MessageKey {
  return error instanceof SigningError ? (`signing.error.${error.code}` as MessageKey) : 'signing.error.unexpected';
}

/**
 * Signs bytes with the person's EDS: through NCALayer when it answers on this computer, and always with the built-in
 * signer (a PKCS#12 key file and its password, opened in the browser; nothing is uploaded). Hands back a detached
 * CAdES-BES CMS in Base64 and the signer's IIN; the server verifies it.
 */
export function EdsSigner({ bytes, expectedIin, purpose, onSigned, busy = false, submitLabel, ncaLayer }: EdsSignerProps) {
  const { t, language } = useI18n();
  const client = useMemo(() => ncaLayer ?? new NcaLayerClient(), [ncaLayer]);
  const [probe, setProbe] = useState<Probe>('checking');
  const [method, setMethod] = useState<Method>('keyFile');
  const [file, setFile] = useState<File | null>(null);
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ file: boolean; password: boolean }>({ file: false, password: false });
  const [error, setError] = useState<MessageKey | null>(null);
  const [working, setWorking] = useState(false);

  useEffect(() => {
    let live = true;
    void client.isAvailable().then((answers) => {
      if (!live) return;
      setProbe(answers ? 'available' : 'unavailable');
      if (answers) setMethod('ncaLayer');
    });
    return () => {
      live = false;
    };
  }, [client]);

  const disabled = busy || working || bytes === null;
  const label = working ? t('signing.working') : (submitLabel ?? t('signing.submit'));

  const run = async (sign: (data: Uint8Array) => Promise<SignedResult>) => {
    if (!bytes) return;
    setError(null);
    setWorking(true);
    try {
      const result = await sign(bytes);
      onSigned(result);
    } catch (caught) {
      setError(errorKey(caught));
    } finally {
      setWorking(false);
    }
  };

  const submitKeyFile = (event: FormEvent) => {
    event.preventDefault();
    const lacks = { file: file === null, password: password === '' };
    setMissing(lacks);
    if (!file || lacks.password) return;
    void run((data) => signWithPkcs12(file, password, data, { purpose, expectedIin: expectedIin ?? null }));
  };

  /** A key-file control changed: its "missing" mark and the last signing error no longer hold. */
  const edited = (field: keyof typeof missing) => {
    setMissing((m) => ({ ...m, [field]: false }));
    setError(null);
  };

  const submitNcaLayer = (event: FormEvent) => {
    event.preventDefault();
    void run((data) => client.signCms(data, { purpose, expectedIin: expectedIin ?? null, locale: language }));
  };

  return (
    <div className="stack eds-signer">
      {probe === 'available' ? (
        <fieldset>
          <legend>{t('signing.method')}</legend>
          <ChoiceList
            name="eds-method"
            choices={(['ncaLayer', 'keyFile'] as const).map((option) => ({
              value: option,
              label: <span className="choice-label">{t(`signing.method.${option}`)}</span>,
              checked: method === option,
            }))}
            onChange={setMethod}
          />
        </fieldset>
      ) : (
        <p className="hint" role="status">
          {probe === 'checking' ? t('signing.ncaLayer.checking') : t('signing.ncaLayer.notRunning')}
        </p>
      )}
      {expectedIin ? <p>{t('signing.expectedIin', { iin: expectedIin })}</p> : null}
      {error ? (
        <div className="alert alert-error" role="alert" tabIndex={-1}>
          {t(error)}
        </div>
      ) : null}
      {method === 'ncaLayer' && probe === 'available' ? (
        <form onSubmit={submitNcaLayer} className="stack">
          <p>{t('signing.ncaLayer.hint')}</p>
          <button type="submit" disabled={disabled}>
            {label}
          </button>
        </form>
      ) : (
        <form onSubmit={submitKeyFile} noValidate className="stack">
          <InputField
            label={t('signing.keyFile.file')}
            required
            hint={t('signing.keyFile.fileHint')}
            error={missing.file ? t('signing.keyFile.fileMissing') : null}
            {...KEY_FILE_INPUT}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              edited('file');
            }}
          />
          <InputField
            label={t('signing.keyFile.password')}
            required
            error={missing.password ? t('signing.keyFile.passwordMissing') : null}
            {...KEY_PASSWORD_INPUT}
            value={password}
            onChange={(e) => {
              setPassword(e.target.value);
              edited('password');
            }}
          />
          <button type="submit" disabled={disabled}>
            {label}
          </button>
        </form>
      )}
    </div>
  );
}
