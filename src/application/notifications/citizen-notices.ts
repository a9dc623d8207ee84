import { listCitizenNotices, type NoticeRecord } from '../../adapters/db/notification-store.ts';
import { localDateTimeText } from '../../core/calendar/local-time-text.ts';
import { timeZoneOfRegion } from '../../core/calendar/time-zones.ts';
import type { Text } from '../../core/i18n/text.ts';
import { citizenNoticeText, type NoticeStatus } from '../../core/notifications/citizen-notice-text.ts';
import type { AppContext } from '../app-context.ts';
import type { Citizen } from '../../core/org/citizen.ts';

const STATUSES: readonly NoticeStatus[] = ['received', 'inWork', 'completed', 'refused'];

/**
 * What a notice says (the cabinet, the e-mail and the SMS read the same): the service by the name its regulation
 * gives, the case number (the journal number once registered, else the first part of the application's id) and
 * what to do next. Null for a notice of a kind this version does not word.
 */
export function noticeMessage(app: AppContext, notice: NoticeRecord): { subject: Text; body: Text } | null {
  const status = notice.payload.status;
  const regulationId = notice.payload.regulationId;
  if (notice.kind !== 'caseStatusChanged' || typeof regulationId !== 'string' || !STATUSES.includes(status as NoticeStatus) || !notice.caseId) return null;
  const regulation = app.catalog.get(regulationId);
  return citizenNoticeText({
    status: status as NoticeStatus,
    serviceName: regulation.service.name,
    caseNumber: notice.journalNumber ?? notice.caseId.slice(0, 8).toUpperCase(),
    dueText: notice.overallDueAt && (status === 'received' || status === 'inWork') ? localDateTimeText(timeZoneOfRegion(regulation.region), Date.parse(notice.overallDueAt)) : null,
    cabinetUrl: `${app.publicUrl}/portal/cases/${notice.caseId}`,
  });
}

/** The citizen's notifications for the cabinet, each with its words and how its e-mail and SMS went. */
export async function citizenNoticeList(app: AppContext, citizen: Citizen, limit: number) {
  const notices = await listCitizenNotices(app.db, citizen.iin, limit);
  return notices.map((notice) => ({
    id: notice.notificationId,
    caseId: notice.caseId,
    kind: notice.kind,
    payload: notice.payload,
    createdAt: notice.createdAt,
    readAt: notice.readAt,
    message: noticeMessage(app, notice),
    deliveries: [...notice.deliveries],
  }));
}
