import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCheckpointSigner } from '../../src/adapters/audit/checkpoint-signer.ts';
import { verifyHistory } from '../../src/application/audit/verify-history.ts';
import { caseEventCanonical, chainHash, GENESIS_HASH } from '../../src/core/audit/hash-chain.ts';
import type { CheckpointSigner } from '../../src/core/ports/checkpoint-signer.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { addPersons, iin, person } from '../registries/support/registry-fixtures.ts';
import { officeApplication } from '../support/office-filing.ts';

const JOB_SEEKER = 'zhambyl-2017-231-job-seeker-registration';
const FORM = { 'desired-position': 'Бухгалтер', 'education-level': 'higher', phone: '+77011234567', 'consent-publish': true };
const APPLICANTS = Array.from({ length: 6 }, (_, index) => iin(`870202300${String(30 + index)}`));

/**
 * Migration 0021 (issue #15, Session 7) makes the case-event triggers cheaper: the hash chain's helpers are inlined
 * into the insert trigger, and a status change writes the status message and the citizen's notice in one trigger.
 * These prove the rows and hashes are what they were: the chain over awkward text, and each notice exactly once.
 */
describe('case-event triggers after migration 0021', () => {
  let app: TestApp;
  let signer: CheckpointSigner;
  let clerk: string;
  const applicants = [...APPLICANTS];

  async function fileCase(): Promise<{ caseId: string; applicantIin: string }> {
    const applicantIin = applicants.shift()!;
    const filed = await app.request('POST', '/api/cases', clerk, officeApplication(app.ctx, { regulationId: JOB_SEEKER, applicantIin, formData: FORM }));
    if (filed.status !== 201) throw new Error(JSON.stringify(filed.body));
    return { caseId: filed.body.id as string, applicantIin };
  }

  /** Appends one event to the case (the next seq), as the case store's statement does, in its own transaction. */
  async function appendEvent(caseId: string, type: string, data: Record<string, unknown>, atIso: string, timeZone = 'UTC'): Promise<number> {
    return app.ctx.db.transaction(async (tx) => {
      // The session's time zone must not change the canonical text: it renders `at` in UTC.
      await tx.execute(`select set_config('TimeZone', $1, true)`, [timeZone]);
      const [row] = await tx.execute<{ seq: number }>(
        `insert into case_events (case_id, seq, type, at, actor, data)
         select $1, coalesce(max(seq), 0) + 1, $2, $3, $4, $5 from case_events where case_id = $1 returning seq`,
        [caseId, type, atIso, JSON.stringify({ kind: 'system' }), JSON.stringify(data)],
      );
      return row!.seq;
    });
  }

  /** Marks an office-filed case as submitted through the gateway (the row the delivery writes before the case). */
  async function submittedThroughGateway(caseId: string, applicantIin: string, sender: 'portal' | 'stateCorporation'): Promise<void> {
    const [kind, by] = sender === 'portal' ? ['citizen', applicantIin] : ['staff', 'zhambyl.clerk'];
    await app.ctx.db.execute(
      `insert into gateway_submissions (case_id, message_id, sender, submitted_by_kind, submitted_by, applicant_iin, regulation_id, request_signature_verified, filed_at)
       values ($1, gen_random_uuid(), $2, $3, $4, $5, $6, true, now())`,
      [caseId, sender, kind, by, applicantIin, JOB_SEEKER],
    );
  }

  beforeAll(async () => {
    app = await startTestApp(import.meta.url, '2026-11-24T05:00:00Z');
    signer = await openCheckpointSigner(await mkdtemp(path.join(os.tmpdir(), 'qyzmet-audit-pki-')), new Date('2026-11-24T05:00:00Z'));
    await addPersons(app.ctx.db, APPLICANTS.map((value) => person({ iin: value, region: 'zhambyl' })));
    clerk = await app.signIn('zhambyl.clerk');
  });
  afterAll(() => app.close());

  it('chains events with any text and any session time zone exactly as the TypeScript verifier recomputes them', async () => {
    const { caseId } = await fileCase();
    const awkward = {
      type: 'note',
      // Kazakh and Russian letters, quotes, a backslash, a control character, an emoji and keys out of order.
      text: 'Өтініш «қабылданды» — "заявление" \\ принято\tOK 🙂',
      zeta: { b: 2, a: [1, 'ә', null] },
      alpha: true,
    };
    await appendEvent(caseId, 'note', awkward, '2026-11-24T10:15:30.123456+05:00', 'Asia/Almaty');
    await appendEvent(caseId, 'note', { type: 'note', text: 'second' }, '2026-11-24T05:16:00.000001Z', 'America/New_York');
    const rows = await app.ctx.db.execute<{ seq: number; type: string; at_utc: string; actor: string; data: string; prev_hash: string; hash: string }>(
      `select seq, type, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at_utc, actor::text as actor, data::text as data, prev_hash, hash
       from case_events where case_id = $1 order by seq`,
      [caseId],
    );
    expect(rows.find((row) => row.data.includes('🙂'))?.at_utc).toBe('2026-11-24T05:15:30.123456Z');
    let previous = GENESIS_HASH;
    for (const row of rows) {
      expect(row.prev_hash).toBe(previous);
      expect(row.hash).toBe(chainHash(previous, caseEventCanonical({ caseId, seq: row.seq, type: row.type, atUtc: row.at_utc, actorJson: row.actor, dataJson: row.data })));
      previous = row.hash;
    }
    expect((await verifyHistory(app.ctx.db, signer)).problems).toEqual([]);

    // A superuser who rewrites the awkward event is named, event and case.
    const tampered = rows.find((row) => row.data.includes('🙂'))!;
    await app.ctx.db.transaction(async (tx) => {
      await tx.execute('set local session_replication_role = replica');
      await tx.execute(`update case_events set data = jsonb_set(data, '{alpha}', 'false') where case_id = $1 and seq = $2`, [caseId, tampered.seq]);
    });
    expect((await verifyHistory(app.ctx.db, signer)).problems).toEqual(expect.arrayContaining([{ kind: 'eventChanged', caseId, seq: tampered.seq }]));
  });

  it('sends a status change of a portal case back once with one notice, and its e-mail and SMS deliveries', async () => {
    const { caseId, applicantIin } = await fileCase();
    await submittedThroughGateway(caseId, applicantIin, 'portal');
    await app.ctx.db.execute(
      `insert into citizen_contact_preferences (citizen_iin, email, phone, email_enabled, sms_enabled, language, updated_at)
       values ($1, 'citizen@example.kz', '+77011234567', true, true, 'ru', now())`,
      [applicantIin],
    );
    const at = '2026-11-24T06:00:00.000Z';
    const seq = await appendEvent(caseId, 'statusChanged', { type: 'statusChanged', from: 'received', to: 'inWork' }, at);
    await appendEvent(caseId, 'note', { type: 'note', text: 'not a status change' }, at);

    const messages = await app.ctx.db.execute<{ seq: number; recipient: string; status: string; at: Date }>('select seq, recipient, status, at from gateway_status_messages where case_id = $1', [caseId]);
    expect(messages.map((m) => ({ ...m, at: m.at.toISOString() }))).toEqual([{ seq, recipient: 'portal', status: 'inWork', at }]);
    const notices = await app.ctx.db.execute<{ id: string; citizen_iin: string; kind: string; payload: unknown; created_at: Date }>(
      'select id, citizen_iin, kind, payload, created_at from citizen_notifications where case_id = $1',
      [caseId],
    );
    expect(notices.map(({ id: _id, ...notice }) => ({ ...notice, created_at: notice.created_at.toISOString() }))).toEqual([
      { citizen_iin: applicantIin, kind: 'caseStatusChanged', payload: { status: 'inWork', regulationId: JOB_SEEKER, seq }, created_at: at },
    ]);
    const deliveries = await app.ctx.db.execute<{ channel: string; recipient: string; language: string; status: string }>(
      'select channel, recipient, language, status from notification_deliveries where citizen_notification_id = $1 order by channel',
      [notices[0]!.id],
    );
    expect(deliveries).toEqual([
      { channel: 'email', recipient: 'citizen@example.kz', language: 'ru', status: 'pending' },
      { channel: 'sms', recipient: '+77011234567', language: 'ru', status: 'pending' },
    ]);
  });

  it('sends the State Corporation its status without a citizen notice, and nothing for a case filed at the office', async () => {
    const desk = await fileCase();
    const office = await fileCase();
    await submittedThroughGateway(desk.caseId, desk.applicantIin, 'stateCorporation');
    const change = { type: 'statusChanged', from: 'received', to: 'inWork' };
    await appendEvent(desk.caseId, 'statusChanged', change, '2026-11-24T06:10:00Z');
    await appendEvent(office.caseId, 'statusChanged', change, '2026-11-24T06:10:00Z');
    const count = async (table: string, caseId: string) => (await app.ctx.db.execute<{ n: number }>(`select count(*)::int as n from ${table} where case_id = $1`, [caseId]))[0]!.n;
    expect(await count('gateway_status_messages', desk.caseId)).toBe(1);
    expect(await count('citizen_notifications', desk.caseId)).toBe(0);
    expect(await count('gateway_status_messages', office.caseId)).toBe(0);
    expect(await count('citizen_notifications', office.caseId)).toBe(0);
  });

  it('makes no second notice when the status message of that event is there already', async () => {
    const { caseId, applicantIin } = await fileCase();
    await submittedThroughGateway(caseId, applicantIin, 'portal');
    const [next] = await app.ctx.db.execute<{ seq: number }>('select max(seq) + 1 as seq from case_events where case_id = $1', [caseId]);
    await app.ctx.db.execute(`insert into gateway_status_messages (case_id, seq, recipient, status, at) values ($1, $2, 'portal', 'inWork', now())`, [caseId, next!.seq]);
    const before = (await app.ctx.db.execute('select 1 from citizen_notifications where case_id = $1', [caseId])).length;
    await appendEvent(caseId, 'statusChanged', { type: 'statusChanged', from: 'received', to: 'inWork' }, '2026-11-24T06:20:00Z');
    expect((await app.ctx.db.execute('select 1 from gateway_status_messages where case_id = $1', [caseId])).length).toBe(1);
    expect((await app.ctx.db.execute('select 1 from citizen_notifications where case_id = $1', [caseId])).length).toBe(before);
  });
});
