import type { Database } from '../adapters/db/database.ts';
import { takeCheckpoint } from '../application/audit/take-checkpoint.ts';
import { describeProblem, verifyHistory } from '../application/audit/verify-history.ts';
import type { CheckpointSigner } from '../core/ports/checkpoint-signer.ts';
import type { CommandOutput } from './catalog-commands.ts';

/** `audit verify`: exit 1 and the first broken case and event first when anything does not match. */
export async function auditVerifyOutput(db: Database, signer: CheckpointSigner): Promise<CommandOutput> {
  const report = await verifyHistory(db, signer);
  const summary = `checked ${report.casesChecked} cases (${report.eventsChecked} events), ${report.checkpointsChecked} checkpoints, ${report.readsChecked} read-audit records`;
  const [first] = report.problems;
  if (!first) return { lines: [`history intact: ${summary}`], exitCode: 0 };
  return {
    lines: [`HISTORY BROKEN: ${describeProblem(first)}`, ...report.problems.slice(1, 50).map((problem) => `  also: ${describeProblem(problem)}`), summary],
    exitCode: 1,
  };
}

/** `audit checkpoint`: signs the heads that moved since the last checkpoint. */
export async function auditCheckpointOutput(db: Database, signer: CheckpointSigner, now: Date): Promise<CommandOutput> {
  const taken = await takeCheckpoint(db, signer, now);
  return {
    lines: [taken ? `checkpoint ${taken.id}: ${taken.headCount} heads up to position ${taken.coversPosition}, root ${taken.root}` : 'no event since the last checkpoint'],
    exitCode: 0,
  };
}
