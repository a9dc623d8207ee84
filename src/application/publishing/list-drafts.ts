import { listDrafts } from '../../adapters/db/regulation-publishing-store.ts';
import type { SqlExecutor } from '../../adapters/db/database.ts';
import type { Text } from '../../core/i18n/text.ts';

export interface DraftSummary {
  readonly id: string;
  readonly regulationId: string | null;
  readonly serviceName: Text | null;
  readonly fileName: string;
  readonly revision: number;
  readonly createdAt: string;
  readonly updatedBy: string;
  readonly updatedAt: string;
  readonly publishedRegulationId: string | null;
}

const isText = (value: unknown): value is Text =>
  typeof value === 'object' && value !== null && ['kk', 'ru', 'en'].every((l) => typeof (value as Record<string, unknown>)[l] === 'string');

/** The drafts an administrator works on, newest first (at most `limit`). */
export async function listRegulationDrafts(db: SqlExecutor, limit = 100): Promise<DraftSummary[]> {
  return (await listDrafts(db, limit)).map((d) => {
    const service = d.definition.service as { name?: unknown } | undefined;
    return {
      id: d.id,
      regulationId: typeof d.definition.id === 'string' ? d.definition.id : null,
      serviceName: isText(service?.name) ? service.name : null,
      fileName: d.fileName,
      revision: d.revision,
      createdAt: d.createdAt.toISOString(),
      updatedBy: d.updatedBy,
      updatedAt: d.updatedAt.toISOString(),
      publishedRegulationId: d.publishedRegulationId,
    };
  });
}
