import type { SqlExecutor } from '../db/database.ts';
import type { RegistryRecord, RegistryRecords } from '../../core/ports/registry-records.ts';
import { dateText, nullableDateText, queries as q } from '../db/query-builder.ts';

const recordColumns = [
  'id', 'registry', 'kind', 'iin', 'provider_id', 'case_id', 'step_id', 'outcome', 'result_id', 'ground_id', 'data',
  nullableDateText('valid_from', 'valid_from'), nullableDateText('valid_to', 'valid_to'), dateText('recorded_on', 'recorded_on'), 'recorded_at', 'recorded_by',
] as const;

type RecordRow = {
  id: string; registry: string; kind: string; iin: string; provider_id: string; case_id: string | null; step_id: string | null;
  outcome: 'positive' | 'refusal'; result_id: string; ground_id: string | null; data: Record<string, unknown>;
  valid_from: string | null; valid_to: string | null; recorded_on: string; recorded_at: Date; recorded_by: string;
};

const toRecord = (r: RecordRow): RegistryRecord => ({
  id: r.id, registry: r.registry, kind: r.kind, iin: r.iin, providerId: r.provider_id, caseId: r.case_id, stepId: r.step_id, outcome: r.outcome,
  resultId: r.result_id, groundId: r.ground_id, data: r.data, validFrom: r.valid_from, validTo: r.valid_to, recordedOn: r.recorded_on,
  recordedAt: r.recorded_at.toISOString(), recordedBy: r.recorded_by,
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Service records in the `registry_records` table, in the caller's transaction. */
export function createLocalRegistryRecords(tx: SqlExecutor): RegistryRecords {
  return {
    async add(record) {
      const [row] = await tx.query(
        q
          .insertInto('registry_records')
          .values({
            registry: record.registry,
            kind: record.kind,
            iin: record.iin,
            provider_id: record.providerId,
            case_id: record.caseId,
            step_id: record.stepId,
            outcome: record.outcome,
            result_id: record.resultId,
            ground_id: record.groundId,
            data: JSON.stringify(record.data),
            valid_from: record.validFrom,
            valid_to: record.validTo,
            recorded_on: record.recordedOn,
            recorded_at: record.recordedAt,
            recorded_by: record.recordedBy,
          })
          .returning(recordColumns)
          .compile(),
      );
      return toRecord(row as RecordRow);
    },
    async listFor(iin, kinds) {
      let query = q.selectFrom('registry_records').select(recordColumns).where('iin', '=', iin);
      if (kinds) {
        if (kinds.length === 0) return [];
        query = query.where('kind', 'in', [...kinds]);
      }
      const rows = await tx.query(query.orderBy('seq').compile());
      return rows.map((r) => toRecord(r as RecordRow));
    },
    async find(recordId) {
      if (!UUID.test(recordId)) return null;
      const [row] = await tx.query(q.selectFrom('registry_records').select(recordColumns).where('id', '=', recordId).compile());
      return row ? toRecord(row as RecordRow) : null;
    },
  };
}
