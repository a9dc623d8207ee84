-- Read audit (issue #14, finding 4): every read of a person's data by staff — registry data, a case, a document's
-- full content, an attachment — one row: who, when, what, in which context. Append-only and hash-chained per person
-- (the subject), so the citizen's own list is one index range and appends for different people never wait on each
-- other. Canonical content (src/core/audit/read-audit-chain.ts recomputes it):
--   jsonb_build_array(subject_iin, subject_seq, at as "YYYY-MM-DDTHH:MI:SS.ffffffZ", staff_id, object_kind,
--                     object_id, purpose)::text
-- hash = hex(sha256(prev_hash || E'\n' || canonical)); the first row of a person links to 64 zeros.
create table read_audit_log (
  id bigint generated always as identity primary key,
  at timestamptz not null,
  staff_id text not null references staff (id),
  staff_role text not null,
  -- the reader's organisation and region when they read (supervisors filter by region)
  provider_id text references providers (id),
  region text,
  subject_iin text not null,
  object_kind text not null check (object_kind in ('person', 'case', 'document', 'attachment')),
  object_id text not null,
  -- the use case (and route) the read served
  purpose text not null,
  subject_seq integer not null,
  prev_hash text not null,
  hash text not null,
  unique (subject_iin, subject_seq)
);
create index read_audit_log_at_idx on read_audit_log (at desc, id desc);
create index read_audit_log_region_idx on read_audit_log (region, at desc);
create index read_audit_log_staff_idx on read_audit_log (staff_id, at desc);

create function read_audit_canonical(subject_iin text, subject_seq integer, at timestamptz, staff_id text, object_kind text, object_id text, purpose text)
returns text language sql immutable as $$
  select jsonb_build_array(subject_iin, subject_seq, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    staff_id, object_kind, object_id, purpose)::text
$$;

create function read_audit_chain_on_insert() returns trigger language plpgsql as $$
declare
  previous record;
begin
  -- one writer per person at a time, so two reads of the same person cannot take the same link
  perform pg_advisory_xact_lock(7244121, hashtext(new.subject_iin));
  select r.subject_seq, r.hash into previous from read_audit_log r
    where r.subject_iin = new.subject_iin order by r.subject_seq desc limit 1;
  new.subject_seq := coalesce(previous.subject_seq, 0) + 1;
  new.prev_hash := coalesce(previous.hash, repeat('0', 64));
  new.hash := chain_hash(new.prev_hash, read_audit_canonical(new.subject_iin, new.subject_seq, new.at, new.staff_id,
    new.object_kind, new.object_id, new.purpose));
  return new;
end
$$;
create trigger read_audit_log_chain before insert on read_audit_log
  for each row execute function read_audit_chain_on_insert();
create trigger read_audit_log_append_only before update or delete or truncate on read_audit_log
  for each statement execute function forbid_audit_change();
