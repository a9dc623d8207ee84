import { createHash } from 'node:crypto';
import { GENESIS_HASH } from './hash-chain.ts';

/** One chain's head as a checkpoint records it. */
export interface ChainHead {
  readonly caseId: string;
  readonly seq: number;
  readonly hash: string;
}

/**
 * root_N = hex(sha256(root_{N-1} || "\n" || one line "case_id seq hash\n" per head that moved since N-1, sorted by
 * case id)). Each root therefore commits to every head ever checkpointed; root_0 is the genesis hash.
 */
export function nextCheckpointRoot(previousRoot: string | null, heads: readonly ChainHead[]): string {
  const lines = [...heads]
    .sort((a, b) => (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0))
    .map((head) => `${head.caseId} ${head.seq} ${head.hash}\n`)
    .join('');
  return createHash('sha256').update(`${previousRoot ?? GENESIS_HASH}\n${lines}`, 'utf8').digest('hex');
}

export interface CheckpointFacts {
  readonly id: number;
  readonly takenAt: string;
  readonly coversPosition: number;
  readonly headCount: number;
  readonly root: string;
}

/** The bytes the system key signs: every fact of the checkpoint, one per line. */
export function checkpointStatement(facts: CheckpointFacts): Uint8Array {
  return new TextEncoder().encode(
    `qyzmet-audit-checkpoint\nid=${facts.id}\ntaken_at=${facts.takenAt}\ncovers_position=${facts.coversPosition}\nhead_count=${facts.headCount}\nroot=${facts.root}\n`,
  );
}

/** Keeps the last head per case from events read in chain-position order. */
export function latestHeads(events: Iterable<ChainHead>): ChainHead[] {
  const heads = new Map<string, ChainHead>();
  for (const event of events) {
    const known = heads.get(event.caseId);
    if (!known || event.seq > known.seq) heads.set(event.caseId, event);
  }
  return [...heads.values()];
}
