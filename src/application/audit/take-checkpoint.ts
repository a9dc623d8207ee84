import type { Database } from '../../adapters/db/database.ts';
import { checkpointStatement, latestHeads, nextCheckpointRoot, type ChainHead } from '../../core/audit/checkpoint.ts';
import type { CheckpointSigner } from '../../core/ports/checkpoint-signer.ts';

/** The key every event insert takes shared (migration 0014); a checkpoint takes it exclusively. */
const CHAIN_LOCK_KEY = 7_244_120;

export interface CheckpointTaken {
  readonly id: number;
  readonly headCount: number;
  readonly coversPosition: number;
  readonly root: string;
}

/**
 * Takes a signed checkpoint of every case chain's head that moved since the last one (nothing moved: no checkpoint).
 * The exclusive lock waits for transactions appending events to finish and holds new ones for the moment of the
 * read, so every chain position up to the one recorded is committed and none below it can appear later.
 */
export async function takeCheckpoint(db: Database, signer: CheckpointSigner, now: Date): Promise<CheckpointTaken | null> {
  return db.transaction(async (tx) => {
    await tx.execute('select pg_advisory_xact_lock($1)', [CHAIN_LOCK_KEY]);
    const [last] = await tx.execute<{ id: number; covers_position: string; root: string }>(
      'select id, covers_position, root from audit_checkpoints order by id desc limit 1',
    );
    const fromPosition = last ? Number(last.covers_position) : 0;
    const rows = await tx.execute<{ case_id: string; seq: number; hash: string; chain_position: string }>(
      'select case_id, seq, hash, chain_position from case_events where chain_position > $1 order by chain_position',
      [fromPosition],
    );
    if (rows.length === 0) return null;
    const heads: ChainHead[] = latestHeads(rows.map((row) => ({ caseId: row.case_id, seq: row.seq, hash: row.hash })));
    const facts = {
      id: (last?.id ?? 0) + 1,
      takenAt: now.toISOString(),
      coversPosition: Number(rows[rows.length - 1]?.chain_position),
      headCount: heads.length,
      root: nextCheckpointRoot(last?.root ?? null, heads),
    };
    const signature = await signer.sign(checkpointStatement(facts), now);
    await tx.execute('insert into audit_checkpoints (id, taken_at, covers_position, head_count, root, signature) values ($1, $2, $3, $4, $5, $6)', [
      facts.id,
      facts.takenAt,
      facts.coversPosition,
      facts.headCount,
      facts.root,
      signature,
    ]);
    await tx.execute(
      `insert into audit_checkpoint_heads (checkpoint_id, case_id, seq, hash)
       select $1, h.case_id, h.seq, h.hash from jsonb_to_recordset($2::jsonb) as h(case_id uuid, seq integer, hash text)`,
      [facts.id, JSON.stringify(heads.map((head) => ({ case_id: head.caseId, seq: head.seq, hash: head.hash })))],
    );
    return { id: facts.id, headCount: facts.headCount, coversPosition: facts.coversPosition, root: facts.root };
  });
}
