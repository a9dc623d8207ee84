import { useState } from 'react';
import type { IssueMethod } from '../../../api/types.ts';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import { issueMethodLabel } from '../../../shared/labels.ts';
import { SelectField } from '../../../shared/SelectField.tsx';
import { ActionForm } from './ActionForm.tsx';
import type { ActionProps } from './action-props.ts';

/** Every issue method the API accepts; a Record so a method added to the API is a type error until listed here. */
const ISSUE_METHODS_LISTED: Readonly<Record<IssueMethod, true>> = { inPerson: true, personalCabinet: true, email: true, post: true, stateCorporation: true, accountTransfer: true };
// A payment's transfer (accountTransfer) is recorded by the engine, never chosen: the case view never offers it.
const ISSUE_METHODS = Object.keys(ISSUE_METHODS_LISTED) as IssueMethod[];

/**
 * issue: the results reach the applicant (at the office: in person by default), by the methods the route and the
 * regulation's form of the result allow (the case view's issueMethods: a paper-only result is never e-mailed).
 */
export function IssueAction({ view, submitting, submit }: ActionProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const offered = ISSUE_METHODS.filter((m) => view.issueMethods.includes(m));
  const [method, setMethod] = useState<IssueMethod>(offered[0] ?? 'inPerson');
  const onSubmit = () => {
    submit({ method });
  };
  return (
    <ActionForm className="stack" submitting={submitting} submitLabel={t('action.issue.submit')} onSubmit={onSubmit}>
      <SelectField
        label={t('action.issue.method')}
        name="method"
        required
        value={method}
        onChange={(value) => setMethod(value as IssueMethod)}
        options={offered.map((value) => [value, issueMethodLabel(i18n, value)] as const)}
      />
    </ActionForm>
  );
}
