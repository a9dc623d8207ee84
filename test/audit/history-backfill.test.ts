import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { migrate } from '../../src/adapters/db/migrate.ts';
import { caseEventCanonical, chainHash, GENESIS_HASH } from '../../src/core/audit/hash-chain.ts';
import { openTestDatabase } from '../support/test-database.ts';

const MIGRATIONS = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../src/adapters/db/migrations');
const CASE_ID = '7b0a9c1e-0000-4000-8000-000000000001';

describe('migration 0014 chains the history that existed before it', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase(import.meta.url);
    // The schema as it was before 0014, with a case and three events written by the old code.
    await db.exec('create table schema_migrations (id text primary key, applied_at timestamptz not null default now())');
    for (const file of (await readdir(MIGRATIONS)).filter((f) => f.endsWith('.sql') && f < '0014').sort()) {
      await db.exec(await readFile(path.join(MIGRATIONS, file), 'utf8'));
      await db.execute('insert into schema_migrations (id) values ($1)', [file]);
    }
    await db.execute(`insert into providers (id, code, region, bin, name, kind) values ('p1', 'P1', 'zhambyl', '000000000001', '{"kk":"a","ru":"a","en":"a"}', 'provider')`);
    await db.execute(
      `insert into cases (id, provider_id, regulation_id, service_code, route_id, channel, applicant_iin, status, version, filed_at, state)
       values ($1, 'p1', 'r', 's', 'office', 'office', '880515300120', 'received', 1, '2026-11-24T05:00:00Z', '{}')`,
      [CASE_ID],
    );
    for (const [seq, at] of [[1, '2026-11-24T05:00:00.123456Z'], [2, '2026-11-24T05:00:00.123456Z'], [3, '2026-11-24T06:00:00Z']] as const) {
      await db.execute(`insert into case_events (case_id, seq, type, at, actor, data) values ($1, $2, 'statusChanged', $3, $4, $5)`, [
        CASE_ID,
        seq,
        at,
        JSON.stringify({ kind: 'staff', userId: 'u1', role: 'clerk' }),
        JSON.stringify({ type: 'statusChanged', to: 'inWork', note: 'Қазақша "мәтін"\n', amount: 1.5 }),
      ]);
    }
    expect(await migrate(db)).toContain('0014-history-chain.sql');
  });
  afterAll(() => db.close());

  it('gives every old event its link, hash and position, and new events continue the chain', async () => {
    const rows = await db.execute<{ seq: number; type: string; at_utc: string; actor: string; data: string; prev_hash: string; hash: string; chain_position: string }>(
      `select seq, type, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at_utc, actor::text as actor, data::text as data, prev_hash, hash, chain_position
       from case_events where case_id = $1 order by seq`,
      [CASE_ID],
    );
    let previous = GENESIS_HASH;
    for (const row of rows) {
      expect(row.prev_hash).toBe(previous);
      expect(row.hash).toBe(chainHash(previous, caseEventCanonical({ caseId: CASE_ID, seq: row.seq, type: row.type, atUtc: row.at_utc, actorJson: row.actor, dataJson: row.data })));
      previous = row.hash;
    }
    expect(rows.map((row) => Number(row.chain_position))).toEqual([1, 2, 3]);
    await db.execute(`insert into case_events (case_id, seq, type, at, actor, data) values ($1, 4, 'note', '2026-11-24T07:00:00Z', '{}', '{}')`, [CASE_ID]);
    const [fourth] = await db.execute<{ prev_hash: string; chain_position: string }>('select prev_hash, chain_position from case_events where case_id = $1 and seq = 4', [CASE_ID]);
    expect(fourth?.prev_hash).toBe(previous);
    expect(Number(fourth?.chain_position)).toBe(4);
  });

  it('still refuses to change or truncate the history after the backfill', async () => {
    await expect(db.execute('update case_events set data = $1 where case_id = $2', ['{}', CASE_ID])).rejects.toThrow(/append-only/);
    await expect(db.execute('truncate case_events')).rejects.toThrow(/append-only/);
  });
});
