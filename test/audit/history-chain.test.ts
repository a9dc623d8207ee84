import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCheckpointSigner } from '../../src/adapters/audit/checkpoint-signer.ts';
import { takeCheckpoint } from '../../src/application/audit/take-checkpoint.ts';
import { verifyHistory } from '../../src/application/audit/verify-history.ts';
import { caseEventCanonical, chainHash, GENESIS_HASH } from '../../src/core/audit/hash-chain.ts';
import type { CheckpointSigner } from '../../src/core/ports/checkpoint-signer.ts';
import { auditVerifyOutput } from '../../src/cli/audit-commands.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { addPersons, iin, person } from '../registries/support/registry-fixtures.ts';
import { officeApplication } from '../support/office-filing.ts';

const JOB_SEEKER = 'zhambyl-2017-231-job-seeker-registration';
const FORM = { 'desired-position': 'Бухгалтер', 'education-level': 'higher', phone: '+77011234567', 'consent-publish': true };
/** One applicant per case: a second open application of a person for the same service is refused. */
const APPLICANTS = Array.from({ length: 8 }, (_, index) => iin(`860101300${String(20 + index)}`));

/** Superuser work that bypasses the triggers, as an attacker with the server's superuser would do it. */
async function asReplica(app: TestApp, sql: string, parameters: unknown[]): Promise<void> {
  await app.ctx.db.transaction(async (tx) => {
    await tx.execute('set local session_replication_role = replica');
    await tx.execute(sql, parameters);
  });
}

describe('tamper-evident case history (issue #14, finding 4)', () => {
  let app: TestApp;
  let signer: CheckpointSigner;
  let clerk: string;
  let applicants = [...APPLICANTS];

  async function fileAndRegister(): Promise<string> {
    const filed = await app.request('POST', '/api/cases', clerk, officeApplication(app.ctx, { regulationId: JOB_SEEKER, applicantIin: applicants.shift(), formData: FORM }));
    if (filed.status !== 201) throw new Error(JSON.stringify(filed.body));
    const registered = await app.request('POST', `/api/cases/${filed.body.id}/steps`, clerk, { stepId: 'register', expectedVersion: filed.body.version });
    if (registered.status !== 200) throw new Error(JSON.stringify(registered.body));
    return filed.body.id as string;
  }

  beforeAll(async () => {
    app = await startTestApp(import.meta.url, '2026-11-24T05:00:00Z');
    signer = await openCheckpointSigner(await mkdtemp(path.join(os.tmpdir(), 'qyzmet-audit-pki-')), new Date('2026-11-24T05:00:00Z'));
    await addPersons(app.ctx.db, APPLICANTS.map((value) => person({ iin: value, region: 'zhambyl' })));
    applicants = [...APPLICANTS];
    clerk = await app.signIn('zhambyl.clerk');
  });
  afterAll(() => app.close());

  it('chains every event in the database exactly as the TypeScript verifier recomputes it', async () => {
    const caseId = await fileAndRegister();
    const rows = await app.ctx.db.execute<{ seq: number; type: string; at_utc: string; actor: string; data: string; prev_hash: string; hash: string }>(
      `select seq, type, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at_utc, actor::text as actor, data::text as data, prev_hash, hash
       from case_events where case_id = $1 order by seq`,
      [caseId],
    );
    expect(rows.length).toBeGreaterThan(2);
    let previous = GENESIS_HASH;
    for (const row of rows) {
      expect(row.prev_hash).toBe(previous);
      expect(row.hash).toBe(chainHash(previous, caseEventCanonical({ caseId, seq: row.seq, type: row.type, atUtc: row.at_utc, actorJson: row.actor, dataJson: row.data })));
      previous = row.hash;
    }
    const report = await verifyHistory(app.ctx.db, signer);
    expect(report.problems).toEqual([]);
    expect(report.eventsChecked).toBeGreaterThanOrEqual(rows.length);
  });

  it('ignores chain values the writer passes and refuses an event without its predecessor', async () => {
    const caseId = await fileAndRegister();
    const [last] = await app.ctx.db.execute<{ seq: number }>('select max(seq) as seq from case_events where case_id = $1', [caseId]);
    await expect(
      app.ctx.db.execute(`insert into case_events (case_id, seq, type, at, actor, data) values ($1, $2, 'note', now(), '{}', '{}')`, [caseId, (last?.seq ?? 0) + 2]),
    ).rejects.toThrow(/no predecessor/);
    await app.ctx.db.transaction(async (tx) => {
      await tx.execute(`insert into case_events (case_id, seq, type, at, actor, data, prev_hash, hash) values ($1, $2, 'note', now(), '{}', '{}', 'forged', 'forged')`, [caseId, (last?.seq ?? 0) + 1]);
      const [row] = await tx.execute<{ prev_hash: string; hash: string }>('select prev_hash, hash from case_events where case_id = $1 and seq = $2', [caseId, (last?.seq ?? 0) + 1]);
      expect(row?.prev_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(row?.hash).toMatch(/^[0-9a-f]{64}$/);
      throw new Error('roll back');
    }).catch((error: Error) => expect(error.message).toBe('roll back'));
  });

  it('signs checkpoints of the heads and names the exact case and event a superuser changed or deleted', async () => {
    const changed = await fileAndRegister();
    const deletedInside = await fileAndRegister();
    const deletedHead = await fileAndRegister();
    app.setNow('2026-11-24T05:30:00Z');
    const first = await takeCheckpoint(app.ctx.db, signer, app.ctx.clock());
    expect(first?.headCount).toBeGreaterThanOrEqual(3);
    expect(await takeCheckpoint(app.ctx.db, signer, app.ctx.clock())).toBeNull();
    expect((await verifyHistory(app.ctx.db, signer)).problems).toEqual([]);

    await asReplica(app, `update case_events set data = jsonb_set(data, '{to}', '"completed"') where case_id = $1 and seq = 2`, [changed]);
    await asReplica(app, 'delete from case_events where case_id = $1 and seq = 2', [deletedInside]);
    await asReplica(app, 'delete from case_events where case_id = $1 and seq = (select max(seq) from case_events where case_id = $1)', [deletedHead]);
    const [head] = await app.ctx.db.execute<{ seq: number }>('select seq from audit_checkpoint_heads where case_id = $1', [deletedHead]);

    const report = await verifyHistory(app.ctx.db, signer);
    expect(report.problems).toEqual(
      expect.arrayContaining([
        { kind: 'eventChanged', caseId: changed, seq: 2 },
        { kind: 'eventMissing', caseId: deletedInside, seq: 2 },
        { kind: 'checkpointedEventMissing', caseId: deletedHead, seq: head?.seq, checkpointId: first?.id },
      ]),
    );
    const output = await auditVerifyOutput(app.ctx.db, signer);
    expect(output.exitCode).toBe(1);
    const firstBroken = [changed, deletedInside, deletedHead].sort()[0];
    expect(output.lines[0]).toContain(`case ${firstBroken}: event`);
  });

  it('finds a checkpoint whose root or signature no longer matches', async () => {
    await fileAndRegister();
    app.setNow('2026-11-24T05:40:00Z');
    const taken = await takeCheckpoint(app.ctx.db, signer, app.ctx.clock());
    await asReplica(app, `update audit_checkpoints set root = repeat('a', 64) where id = $1`, [taken?.id]);
    const report = await verifyHistory(app.ctx.db, signer);
    expect(report.problems.map((problem) => problem.kind)).toEqual(expect.arrayContaining(['checkpointRootMismatch', 'checkpointSignatureInvalid']));
  });
});
