import type { CaseEvent, CaseView, Regulation } from '../../api/types.ts';
import { useI18n, type I18n } from '../../i18n/I18nProvider.tsx';
import { DateTime } from '../../ui/time.tsx';
import { channelLabel, groundText, issueMethodLabel, resultName, roleLabel, statusLabel, stepLabel } from '../../shared/labels.ts';

const str = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');
const obj = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {});

/** One history event as a sentence; an event type this screen does not know yet is named by its type. */
export function describeEvent(i18n: I18n, event: CaseEvent, regulation: Regulation | undefined, view: CaseView): string {
  const { t } = i18n;
  const data = event.data;
  const step = () => stepLabel(i18n, regulation, str(data.stepId), view.steps);
  switch (event.type) {
    case 'caseFiled':
      return t('event.caseFiled', { channel: channelLabel(i18n, str(data.channel)) });
    case 'stepOpened':
      return data.dueAt ? t('event.stepOpened', { step: step(), due: i18n.dateTime(str(data.dueAt)) }) : t('event.stepOpenedNoDue', { step: step() });
    case 'stepCompleted':
      return data.overdue === true ? t('event.stepCompletedLate', { step: step() }) : t('event.stepCompleted', { step: step() });
    case 'incomingRegistered':
      return t('event.incomingRegistered', { journalNumber: str(data.journalNumber) });
    case 'executorAssigned':
      return t('event.executorAssigned', { executor: str(data.executorName) || str(data.executorId) });
    case 'registryUpdated': {
      const entry = obj(data.entry);
      const system = regulation?.informationSystems.find((s) => s.id === entry.registry);
      return t('event.registryUpdated', { registry: system ? i18n.text(system.name) : str(entry.registry), recordId: str(entry.recordId) });
    }
    case 'decisionPrepared': {
      const decision = obj(data.decision);
      return decision.outcome === 'refusal'
        ? t('event.decisionRefusal', { ground: groundText(i18n, regulation, str(decision.groundId)) })
        : t('event.decisionPositive', { result: resultName(i18n, regulation, str(decision.resultId)) });
    }
    case 'documentPrepared':
      return t('event.documentPrepared');
    case 'documentSigned':
      return obj(data.signature).verified === true ? t('event.documentSigned') : t('event.documentSignedUnverified');
    case 'resultIssued':
      return t('event.resultIssued', { method: issueMethodLabel(i18n, str(data.method)) });
    case 'handedOver':
      return t('event.handedOver');
    case 'statusChanged':
      return t('event.statusChanged', { status: statusLabel(i18n, str(data.to)) });
    case 'caseClosed':
      return t('event.caseClosed', { status: statusLabel(i18n, str(data.outcome)) });
    default:
      return t('event.other', { type: event.type });
  }
}

function actorText(i18n: I18n, actor: Record<string, unknown>): string {
  if (actor.kind === 'staff') return i18n.t('actor.staff', { name: str(actor.fullName) || str(actor.userId), role: roleLabel(i18n, str(actor.role)) });
  if (actor.kind === 'citizen') return i18n.t('actor.citizen');
  return i18n.t('actor.system');
}

/** The append-only history, oldest first, each event with its time and who acted. */
export function Timeline({ history, view, regulation }: { readonly history: readonly CaseEvent[]; readonly view: CaseView; readonly regulation: Regulation | undefined }) {
  const i18n = useI18n();
  if (history.length === 0) return <p>{i18n.t('case.historyEmpty')}</p>;
  return (
    <ol className="timeline">
      {history.map((event) => (
        <li key={event.seq} className={`event event-${event.type}`}>
          <DateTime iso={event.at} />
          <span className="event-text">{describeEvent(i18n, event, regulation, view)}</span>
          <span className="event-actor">{actorText(i18n, event.actor)}</span>
        </li>
      ))}
    </ol>
  );
}
