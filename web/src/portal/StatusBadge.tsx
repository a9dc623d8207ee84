import { useI18n } from '../i18n/I18nProvider.tsx';
import type { MessageKey } from '../i18n/translate.ts';

const STATUS_KEYS: Record<string, MessageKey> = {
  received: 'portal.status.received',
  inWork: 'portal.status.inWork',
  completed: 'portal.status.completed',
  refused: 'portal.status.refused',
};

/** A case's status in the citizen's words, coloured by status. */
export function StatusBadge({ status }: { readonly status: string }) {
  const { t } = useI18n();
  return <span className={`status status-${status}`}>{t(STATUS_KEYS[status] ?? 'portal.status.received')}</span>;
}
