import {
  allCheckpoints,
  caseIdsAfter,
  chainEventsOf,
  chainReadsOf,
  checkpointHeadsOf,
  headsOfCheckpoint,
  readSubjectsAfter,
  type ChainEventRow,
  type CheckpointHeadRow,
} from '../../adapters/db/audit-store.ts';
import type { SqlExecutor } from '../../adapters/db/database.ts';
import { checkpointStatement, nextCheckpointRoot } from '../../core/audit/checkpoint.ts';
import { caseEventCanonical, chainHash, GENESIS_HASH, readCanonical } from '../../core/audit/hash-chain.ts';
import type { CheckpointSigner } from '../../core/ports/checkpoint-signer.ts';

/** What `audit verify` can find; each names the case (or person) and the event (or read) where it starts. */
export type AuditProblem =
  | { readonly kind: 'eventMissing' | 'eventChanged' | 'eventLinkBroken'; readonly caseId: string; readonly seq: number }
  | { readonly kind: 'checkpointedEventMissing' | 'checkpointedEventChanged' | 'eventOutsideCheckpoint'; readonly caseId: string; readonly seq: number; readonly checkpointId: number }
  | { readonly kind: 'checkpointMissing' | 'checkpointRootMismatch' | 'checkpointSignatureInvalid'; readonly checkpointId: number; readonly reason: string }
  | { readonly kind: 'readMissing' | 'readChanged' | 'readLinkBroken'; readonly subjectIin: string; readonly seq: number };

export interface AuditReport {
  readonly casesChecked: number;
  readonly eventsChecked: number;
  readonly checkpointsChecked: number;
  readonly readsChecked: number;
  readonly problems: readonly AuditProblem[];
}

const PAGE = 500;
type EventRow = ChainEventRow;
type HeadRow = CheckpointHeadRow;

/** Walks one case's chain; returns the recomputed hash per seq up to the first break, and the break if any. */
function walkCase(caseId: string, events: readonly EventRow[]): { hashes: Map<number, string>; problem: AuditProblem | null } {
  const hashes = new Map<number, string>();
  let previous = GENESIS_HASH;
  let expected = 1;
  for (const event of events) {
    if (event.seq !== expected) return { hashes, problem: { kind: 'eventMissing', caseId, seq: expected } };
    if (event.prev_hash !== previous) return { hashes, problem: { kind: 'eventLinkBroken', caseId, seq: event.seq } };
    const hash = chainHash(previous, caseEventCanonical({ caseId, seq: event.seq, type: event.type, atUtc: event.at_utc, actorJson: event.actor_json, dataJson: event.data_json }));
    if (hash !== event.hash) return { hashes, problem: { kind: 'eventChanged', caseId, seq: event.seq } };
    hashes.set(event.seq, hash);
    previous = hash;
    expected += 1;
  }
  return { hashes, problem: null };
}

/** Each checkpointed head must still be there, unchanged, and be the last event the checkpoint covered. */
function checkHeads(caseId: string, events: readonly EventRow[], hashes: Map<number, string>, heads: readonly HeadRow[], coversById: Map<number, number>): AuditProblem[] {
  const problems: AuditProblem[] = [];
  for (const head of heads) {
    const covers = coversById.get(head.checkpoint_id) ?? 0;
    const stored = events.find((event) => event.seq === head.seq);
    if (!stored) problems.push({ kind: 'checkpointedEventMissing', caseId, seq: head.seq, checkpointId: head.checkpoint_id });
    else if (hashes.has(head.seq) && hashes.get(head.seq) !== head.hash) problems.push({ kind: 'checkpointedEventChanged', caseId, seq: head.seq, checkpointId: head.checkpoint_id });
    const later = events.find((event) => event.seq > head.seq && Number(event.chain_position) <= covers);
    if (later) problems.push({ kind: 'eventOutsideCheckpoint', caseId, seq: later.seq, checkpointId: head.checkpoint_id });
  }
  return problems;
}

async function verifyCheckpoints(db: SqlExecutor, signer: CheckpointSigner): Promise<{ count: number; coversById: Map<number, number>; problems: AuditProblem[] }> {
  const checkpoints = await allCheckpoints(db);
  const problems: AuditProblem[] = [];
  const coversById = new Map<number, number>();
  let previousRoot: string | null = null;
  let expectedId = 1;
  for (const checkpoint of checkpoints) {
    if (checkpoint.id !== expectedId) problems.push({ kind: 'checkpointMissing', checkpointId: expectedId, reason: `checkpoints jump from ${expectedId - 1} to ${checkpoint.id}` });
    expectedId = checkpoint.id + 1;
    coversById.set(checkpoint.id, Number(checkpoint.covers_position));
    const heads = await headsOfCheckpoint(db, checkpoint.id);
    const root = nextCheckpointRoot(previousRoot, heads.map((head) => ({ caseId: head.case_id, seq: head.seq, hash: head.hash })));
    if (root !== checkpoint.root || heads.length !== checkpoint.head_count) {
      problems.push({ kind: 'checkpointRootMismatch', checkpointId: checkpoint.id, reason: `recorded root ${checkpoint.root}, heads give ${root} (${heads.length} of ${checkpoint.head_count} heads)` });
    }
    const takenAt = new Date(checkpoint.taken_at);
    const statement = checkpointStatement({ id: checkpoint.id, takenAt: takenAt.toISOString(), coversPosition: Number(checkpoint.covers_position), headCount: checkpoint.head_count, root: checkpoint.root });
    const signatureProblem = await signer.problem(statement, checkpoint.signature, takenAt);
    if (signatureProblem) problems.push({ kind: 'checkpointSignatureInvalid', checkpointId: checkpoint.id, reason: signatureProblem });
    previousRoot = checkpoint.root;
  }
  return { count: checkpoints.length, coversById, problems };
}

/** Walks a key-ordered set page by page: each page starts after the last key of the one before, until one comes back empty. */
async function* keyPages(firstAfter: string, pageAfter: (after: string) => Promise<readonly string[]>): AsyncGenerator<readonly string[]> {
  let after = firstAfter;
  for (;;) {
    const keys = await pageAfter(after);
    const last = keys[keys.length - 1];
    if (last === undefined) return;
    yield keys;
    after = last;
  }
}

async function verifyCaseChains(db: SqlExecutor, coversById: Map<number, number>): Promise<{ cases: number; events: number; problems: AuditProblem[] }> {
  const problems: AuditProblem[] = [];
  let cases = 0;
  let eventCount = 0;
  // Every case the database knows, and every case a checkpoint ever named (even if its row is gone).
  for await (const ids of keyPages('00000000-0000-0000-0000-000000000000', (after) => caseIdsAfter(db, after, PAGE))) {
    const events = await chainEventsOf(db, ids);
    const heads = await checkpointHeadsOf(db, ids);
    for (const caseId of ids) {
      const own = events.filter((event) => event.case_id === caseId);
      const walked = walkCase(caseId, own);
      if (walked.problem) problems.push(walked.problem);
      problems.push(...checkHeads(caseId, own, walked.hashes, heads.filter((head) => head.case_id === caseId), coversById));
      cases += 1;
      eventCount += own.length;
    }
  }
  return { cases, events: eventCount, problems };
}

async function verifyReadChains(db: SqlExecutor): Promise<{ reads: number; problems: AuditProblem[] }> {
  const problems: AuditProblem[] = [];
  let reads = 0;
  for await (const subjects of keyPages('', (after) => readSubjectsAfter(db, after, PAGE))) {
    const rows = await chainReadsOf(db, subjects);
    for (const subjectIin of subjects) {
      let previous = GENESIS_HASH;
      let expected = 1;
      for (const row of rows.filter((r) => r.subject_iin === subjectIin)) {
        reads += 1;
        if (row.subject_seq !== expected) {
          problems.push({ kind: 'readMissing', subjectIin, seq: expected });
          break;
        }
        if (row.prev_hash !== previous) {
          problems.push({ kind: 'readLinkBroken', subjectIin, seq: row.subject_seq });
          break;
        }
        const hash = chainHash(previous, readCanonical({ subjectIin, subjectSeq: row.subject_seq, atUtc: row.at_utc, staffId: row.staff_id, objectKind: row.object_kind, objectId: row.object_id, purpose: row.purpose }));
        if (hash !== row.hash) {
          problems.push({ kind: 'readChanged', subjectIin, seq: row.subject_seq });
          break;
        }
        previous = hash;
        expected += 1;
      }
    }
  }
  return { reads, problems };
}

/**
 * Recomputes every case chain, every checkpoint (root and signature) and every read-audit chain from the stored
 * rows, in TypeScript, trusting nothing the database computed. Problems come in order: checkpoints, cases by id,
 * reads by person — the first one is the first broken thing.
 */
export async function verifyHistory(db: SqlExecutor, signer: CheckpointSigner): Promise<AuditReport> {
  const checkpoints = await verifyCheckpoints(db, signer);
  const chains = await verifyCaseChains(db, checkpoints.coversById);
  const reads = await verifyReadChains(db);
  return {
    casesChecked: chains.cases,
    eventsChecked: chains.events,
    checkpointsChecked: checkpoints.count,
    readsChecked: reads.reads,
    problems: [...chains.problems, ...checkpoints.problems, ...reads.problems],
  };
}

/** One line per problem, for the CLI. */
export function describeProblem(problem: AuditProblem): string {
  switch (problem.kind) {
    case 'eventMissing':
      return `case ${problem.caseId}: event ${problem.seq} is missing (deleted)`;
    case 'eventChanged':
      return `case ${problem.caseId}: event ${problem.seq} does not match its hash (changed)`;
    case 'eventLinkBroken':
      return `case ${problem.caseId}: event ${problem.seq} does not link to event ${problem.seq - 1}`;
    case 'checkpointedEventMissing':
      return `case ${problem.caseId}: event ${problem.seq}, a head in checkpoint ${problem.checkpointId}, is missing (deleted)`;
    case 'checkpointedEventChanged':
      return `case ${problem.caseId}: event ${problem.seq} differs from the head checkpoint ${problem.checkpointId} signed`;
    case 'eventOutsideCheckpoint':
      return `case ${problem.caseId}: event ${problem.seq} was inserted into history checkpoint ${problem.checkpointId} had already closed`;
    case 'checkpointMissing':
    case 'checkpointRootMismatch':
    case 'checkpointSignatureInvalid':
      return `checkpoint ${problem.checkpointId}: ${problem.kind}: ${problem.reason}`;
    case 'readMissing':
      return `read audit of ${problem.subjectIin}: read ${problem.seq} is missing (deleted)`;
    case 'readChanged':
      return `read audit of ${problem.subjectIin}: read ${problem.seq} does not match its hash (changed)`;
    case 'readLinkBroken':
      return `read audit of ${problem.subjectIin}: read ${problem.seq} does not link to read ${problem.seq - 1}`;
  }
}
