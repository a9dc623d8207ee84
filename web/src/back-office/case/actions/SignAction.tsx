import { useState } from 'react';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import { groundText, resultName } from '../../labels.ts';
import { SIGNERS } from '../../signing/signers.ts';
import type { ActionProps } from './action-props.ts';

/** sign: the signer certifies the prepared result (or refusal) with a signature from one of the SIGNERS. */
export function SignAction({ view, regulation, submitting, submit }: ActionProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [signerId, setSignerId] = useState(SIGNERS[0]?.id ?? '');
  const signer = SIGNERS.find((s) => s.id === signerId) ?? SIGNERS[0];
  const decision = view.decision;
  const documentName = decision ? resultName(i18n, regulation, decision.resultId) : t('common.empty');

  return (
    <div className="stack">
      <p>{t('action.sign.document', { result: documentName })}</p>
      {decision?.outcome === 'refusal' && decision.groundId ? (
        <blockquote className="decision-quote">
          <p>{t('case.decision.refusal', { ground: groundText(i18n, regulation, decision.groundId) })}</p>
          {decision.reasonText ? <p>{decision.reasonText}</p> : null}
        </blockquote>
      ) : null}
      {SIGNERS.length > 1 ? (
        <fieldset>
          <legend>{t('action.sign.method')}</legend>
          <ul className="choice-list">
            {SIGNERS.map((option) => (
              <li key={option.id}>
                <label>
                  <input type="radio" name="signer" value={option.id} checked={option.id === signerId} onChange={() => setSignerId(option.id)} />
                  <span className="choice-label">{t(option.nameKey)}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
      {signer ? (
        <signer.Component
          request={{ caseId: view.id, stepId: view.openStep?.stepId ?? '', documentName }}
          submitting={submitting}
          onSigned={(signature) => submit({ signature })}
        />
      ) : null}
    </div>
  );
}
