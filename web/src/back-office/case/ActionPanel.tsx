import { useRef, useState, type ComponentType } from 'react';
import type { CaseView, Regulation, Staff } from '../../api/types.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorAlert } from '../../ui/messages.tsx';
import { roleLabel, stepKindLabel } from '../../shared/labels.ts';
import type { ActionProps } from './actions/action-props.ts';
import { AssignAction } from './actions/AssignAction.tsx';
import { DecideAction } from './actions/DecideAction.tsx';
import { IssueAction } from './actions/IssueAction.tsx';
import { SignAction } from './actions/SignAction.tsx';
import { ForwardAction, PrepareDocumentAction, RegisterAction } from './actions/SimpleActions.tsx';
import type { StepOutcome } from './useCase.ts';

/** The form for each kind of step (the regulation schema's STEP_KINDS; `automatic` has none). */
const ACTIONS: Readonly<Record<string, ComponentType<ActionProps>>> = {
  register: RegisterAction,
  assignExecutor: AssignAction,
  decide: DecideAction,
  prepareDocument: PrepareDocumentAction,
  sign: SignAction,
  issue: IssueAction,
  forward: ForwardAction,
};

/** Whether the signed-in person does the open step: their role, and for an executor, their assignment. */
export function canAct(view: CaseView, staff: Staff): boolean {
  const open = view.openStep;
  if (!open || open.role !== staff.role) return false;
  return open.role !== 'executor' || view.executorId === staff.id;
}

export function ActionPanel({
  view,
  regulation,
  staff,
  completeStep,
  onDone,
}: {
  readonly view: CaseView;
  readonly regulation: Regulation;
  readonly staff: Staff;
  readonly completeStep: (view: CaseView, stepId: string, input: Record<string, unknown>) => Promise<StepOutcome>;
  readonly onDone: (outcome: StepOutcome, stepKind: string) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const open = view.openStep;

  if (!open) return <p>{t('case.closed')}</p>;
  const stepName = stepKindLabel(i18n, open.kind, open.stepId);
  const Action = ACTIONS[open.kind];

  const submit = (input: Record<string, unknown>) => {
    setSubmitting(true);
    setError(null);
    completeStep(view, open.stepId, input).then(
      (outcome) => {
        setSubmitting(false);
        onDone(outcome, open.kind);
      },
      (failure: unknown) => {
        setSubmitting(false);
        setError(failure);
        requestAnimationFrame(() => errorRef.current?.focus());
      },
    );
  };

  let body;
  if (open.kind === 'automatic' || open.role === 'system') body = <p>{t('action.automatic')}</p>;
  else if (!canAct(view, staff)) body = <p>{open.role === 'executor' && staff.role === 'executor' ? t('case.waitingForExecutor') : t('case.waitingFor', { role: roleLabel(i18n, open.role) })}</p>;
  else if (Action) body = <Action key={`${view.id}:${open.stepId}:${view.version}`} view={view} regulation={regulation} staff={staff} submitting={submitting} submit={submit} />;
  else body = <p>{t('case.waitingFor', { role: roleLabel(i18n, open.role) })}</p>;

  return (
    <div className="action-panel">
      <h3>{t('case.openStep', { step: stepName })}</h3>
      <ErrorAlert error={error} ref={errorRef} />
      {body}
    </div>
  );
}
