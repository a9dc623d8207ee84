-- Tamper-evident history (issue #14, finding 4): every case's events form a hash chain computed HERE, in the insert
-- trigger, so it does not depend on how the application writes events.
--
-- Canonical content of an event (src/core/audit/event-chain.ts recomputes it byte for byte):
--   [<case_id as JSON string>, <seq>, <type as JSON string>, <at as JSON string "YYYY-MM-DDTHH:MI:SS.ffffffZ" in UTC>,
--    <actor::text>, <data::text>]
-- joined with ", " inside [ ] — jsonb::text is PostgreSQL's canonical rendering (keys ordered, one space after ":"
-- and ","), identical on PGlite. hash = hex(sha256(prev_hash || E'\n' || canonical)), prev_hash of the first event
-- is 64 zeros. chain_position is a global insertion order, so a checkpoint can say exactly which events it covers.

create function case_event_canonical(case_id uuid, seq integer, type text, at timestamptz, actor jsonb, data jsonb)
returns text language sql immutable as $$
  select '[' || to_json(case_id::text)::text || ', ' || seq::text || ', ' || to_json(type)::text || ', '
    || to_json(to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))::text || ', '
    || actor::text || ', ' || data::text || ']'
$$;

create function chain_hash(prev_hash text, canonical text) returns text language sql immutable as $$
  select encode(sha256(convert_to(prev_hash || E'\n' || canonical, 'UTF8')), 'hex')
$$;

create sequence case_events_chain_position_seq;

alter table case_events
  add column prev_hash text,
  add column hash text,
  add column chain_position bigint;

-- Existing rows: the chain in seq order per case, positions in (time, case, seq) order. The backfill is the one
-- UPDATE of history ever allowed: the append-only trigger stays off only inside this migration's transaction.
alter table case_events disable trigger case_events_append_only;
with ordered as (
  select case_id, seq, row_number() over (order by at, case_id, seq) as position
  from case_events
)
update case_events e set chain_position = o.position from ordered o where o.case_id = e.case_id and o.seq = e.seq;
select setval('case_events_chain_position_seq', coalesce((select max(chain_position) from case_events), 0) + 1, false);

do $$
declare
  r record;
  previous text;
  last_case uuid;
begin
  for r in select case_id, seq, type, at, actor, data from case_events order by case_id, seq loop
    if last_case is distinct from r.case_id then
      previous := repeat('0', 64);
      last_case := r.case_id;
    end if;
    update case_events set prev_hash = previous,
      hash = chain_hash(previous, case_event_canonical(r.case_id, r.seq, r.type, r.at, r.actor, r.data))
      where case_id = r.case_id and seq = r.seq
      returning hash into previous;
  end loop;
end
$$;
alter table case_events enable trigger case_events_append_only;

alter table case_events
  alter column prev_hash set not null,
  alter column hash set not null,
  alter column chain_position set not null;
create unique index case_events_chain_position_idx on case_events (chain_position);

-- Every insert: link to the previous event of the case (seq - 1, which must exist), hash, take a position. Whatever
-- the application passes in these columns is overwritten. The shared advisory lock lets a checkpoint (which takes
-- the same key exclusively) see every position below its own as committed.
create function case_event_chain_on_insert() returns trigger language plpgsql as $$
declare
  previous text;
begin
  perform pg_advisory_xact_lock_shared(7244120);
  if new.seq = 1 then
    previous := repeat('0', 64);
  else
    select e.hash into previous from case_events e where e.case_id = new.case_id and e.seq = new.seq - 1;
    if previous is null then
      raise exception 'case_events chain: event % of case % has no predecessor', new.seq, new.case_id;
    end if;
  end if;
  new.prev_hash := previous;
  new.hash := chain_hash(previous, case_event_canonical(new.case_id, new.seq, new.type, new.at, new.actor, new.data));
  new.chain_position := nextval('case_events_chain_position_seq');
  return new;
end
$$;
create trigger case_events_chain before insert on case_events
  for each row execute function case_event_chain_on_insert();

-- TRUNCATE fires no row trigger; refuse it for anyone who would otherwise be allowed (the owner).
create trigger case_events_no_truncate before truncate on case_events
  for each statement execute function forbid_case_event_change();

-- Signed checkpoints of the chains' heads. Checkpoint N covers every event with chain_position <= covers_position;
-- its heads are the cases whose head moved since checkpoint N-1, and
--   root_N = hex(sha256(root_{N-1} || E'\n' || one line "case_id seq hash" per head, sorted by case_id, each + E'\n'))
-- (root_0 = 64 zeros). The signature (CMS, a system key of the local CA) covers the statement built from
-- id, taken_at, covers_position, head_count and root (src/core/audit/checkpoint.ts).
create table audit_checkpoints (
  id integer primary key,
  taken_at timestamptz not null,
  covers_position bigint not null,
  head_count integer not null,
  root text not null,
  signature text not null
);

create table audit_checkpoint_heads (
  checkpoint_id integer not null references audit_checkpoints (id),
  case_id uuid not null,
  seq integer not null,
  hash text not null,
  primary key (checkpoint_id, case_id)
);
create index audit_checkpoint_heads_case_idx on audit_checkpoint_heads (case_id, checkpoint_id);

create function forbid_audit_change() returns trigger language plpgsql as $$
begin
  raise exception '% is append-only', tg_table_name;
end
$$;
create trigger audit_checkpoints_append_only before update or delete or truncate on audit_checkpoints
  for each statement execute function forbid_audit_change();
create trigger audit_checkpoint_heads_append_only before update or delete or truncate on audit_checkpoint_heads
  for each statement execute function forbid_audit_change();
