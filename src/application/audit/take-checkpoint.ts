import { eventsAfterPosition, insertCheckpoint, lastCheckpoint, lockEventChains } from '../../adapters/db/audit-store.ts';
import type { Database } from '../../adapters/db/database.ts';
import { checkpointStatement, latestHeads, nextCheckpointRoot, type ChainHead } from '../../core/audit/checkpoint.ts';
import type { CheckpointSigner } from '../../core/ports/checkpoint-signer.ts';

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
    await lockEventChains(tx);
    const last = await lastCheckpoint(tx);
    const fromPosition = last ? Number(last.covers_position) : 0;
    const rows = await eventsAfterPosition(tx, fromPosition);
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
    await insertCheckpoint(tx, { ...facts, signature }, heads);
    return { id: facts.id, headCount: facts.headCount, coversPosition: facts.coversPosition, root: facts.root };
  });
}
