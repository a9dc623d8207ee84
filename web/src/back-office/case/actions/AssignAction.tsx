import { useEffect, useState } from 'react';
import { api, unwrap } from '../../../api/client.ts';
import type { Executor } from '../../../api/types.ts';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import { ChoiceList } from '../../../shared/ChoiceList.tsx';
import { ErrorAlert } from '../../../ui/messages.tsx';
import { ActionForm } from './ActionForm.tsx';
import type { ActionProps } from './action-props.ts';

/** assignExecutor: the head's resolution names the responsible executor, seeing each one's open cases. */
export function AssignAction({ submitting, submit }: ActionProps) {
  const { t } = useI18n();
  const [executors, setExecutors] = useState<Executor[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [executorId, setExecutorId] = useState('');
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    unwrap(api.GET('/api/executors')).then(
      // The least loaded first: the head usually spreads the work.
      (list) => setExecutors([...list].sort((a, b) => a.openCases - b.openCases || a.fullName.localeCompare(b.fullName))),
      (failure: unknown) => setError(failure),
    );
  }, []);

  const onSubmit = () => {
    if (!executorId) {
      setMissing(true);
      return;
    }
    submit({ executorId });
  };

  if (error) return <ErrorAlert error={error} />;
  if (!executors) return <p>{t('app.loading')}</p>;
  if (executors.length === 0) return <p>{t('action.assign.none')}</p>;
  return (
    <ActionForm className="stack" submitting={submitting} submitLabel={t('action.assign.submit')} onSubmit={onSubmit} noValidate>
      <fieldset className={missing ? 'field-invalid' : undefined} aria-describedby={missing ? 'assign-error' : undefined}>
        <legend>{t('action.assign.legend')}</legend>
        {missing ? (
          <p className="field-error" id="assign-error">
            {t('action.assign.required')}
          </p>
        ) : null}
        <ChoiceList
          name="executorId"
          choices={executors.map((executor) => ({
            value: executor.id,
            label: (
              <>
                <span className="choice-label">{executor.fullName}</span> <span className="load">{t('action.assign.load', { count: executor.openCases })}</span>
              </>
            ),
            checked: executorId === executor.id,
          }))}
          onChange={(value) => {
            setExecutorId(value);
            setMissing(false);
          }}
        />
      </fieldset>
    </ActionForm>
  );
}
