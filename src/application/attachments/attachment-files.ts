import { attachmentCaseFacts, attachmentContent, insertAttachment } from '../../adapters/db/portal-attachment-store.ts';
import type { CaseFacts } from '../../core/access/access-policy.ts';
import type { AppContext } from '../app-context.ts';

/** Keeps an uploaded file (checked by the route) until an application binds it to a case. */
export function storeAttachment(app: AppContext, file: Omit<Parameters<typeof insertAttachment>[1], 'createdAt'>): Promise<void> {
  return insertAttachment(app.db, { ...file, createdAt: app.clock() });
}

/** A stored file with its content, and the facts of the case it was filed with (null before filing). */
export async function attachmentWithCase(app: AppContext, attachmentId: string) {
  const file = await attachmentContent(app.db, attachmentId);
  const filedWith: CaseFacts | null = file?.caseId ? await attachmentCaseFacts(app.db, file.caseId) : null;
  return { file, filedWith };
}
