import { useI18n } from '../../../i18n/I18nProvider.tsx';
import { groundText, resultName } from '../../../shared/labels.ts';
import { DocumentSigner } from '../../signing/DocumentSigner.tsx';
import type { ActionProps } from './action-props.ts';

/** sign: the signer certifies the prepared result (or refusal) with their EDS (NCALayer or the built-in key-file signer). */
export function SignAction({ view, regulation, submitting, submit }: ActionProps) {
  const i18n = useI18n();
  const { t } = i18n;
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
      <DocumentSigner caseId={view.id} submitting={submitting} onSigned={(input) => submit(input)} />
    </div>
  );
}
