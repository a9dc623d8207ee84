-- Providers, staff, sessions, persons, cases with their append-only history, and the incoming-journal counters.

create table providers (
  id text primary key,
  code text not null unique,
  region text not null,
  bin text not null unique,
  name jsonb not null,
  kind text not null check (kind in ('provider', 'ruralAkim', 'stateCorporation'))
);

create table staff (
  id text primary key,
  provider_id text references providers (id),
  login text not null unique,
  password_hash text not null,
  role text not null check (role in ('clerk', 'head', 'executor', 'scOperator', 'supervisor', 'admin')),
  full_name text not null,
  iin text not null,
  region text,
  active boolean not null default true
);

create table sessions (
  token_hash text primary key,
  staff_id text not null references staff (id),
  created_at timestamptz not null,
  expires_at timestamptz not null
);
create index sessions_staff_idx on sessions (staff_id);

-- A local stand-in for the state database of individuals (ГБД ФЛ) until issue #6 replaces it.
create table persons (
  iin text primary key,
  surname text not null,
  given_name text not null,
  patronymic text,
  birth_date date not null,
  sex text not null check (sex in ('male', 'female')),
  region text not null
);

create table cases (
  id uuid primary key,
  provider_id text not null references providers (id),
  regulation_id text not null,
  service_code text not null,
  route_id text not null,
  channel text not null,
  applicant_iin text not null,
  status text not null check (status in ('received', 'inWork', 'completed', 'refused')),
  version integer not null,
  open_step_id text,
  open_step_role text,
  open_step_due_at timestamptz,
  executor_id text,
  journal_number text,
  filed_at timestamptz not null,
  overall_due_at timestamptz,
  closed_at timestamptz,
  state jsonb not null
);
-- Inboxes read open cases of one provider and role, soonest due first.
create index cases_inbox_idx on cases (provider_id, open_step_role, open_step_due_at) where closed_at is null;
create index cases_executor_idx on cases (executor_id, open_step_due_at) where closed_at is null;
create index cases_applicant_idx on cases (applicant_iin, filed_at desc);

create table case_events (
  case_id uuid not null references cases (id),
  seq integer not null,
  type text not null,
  at timestamptz not null,
  actor jsonb not null,
  data jsonb not null,
  primary key (case_id, seq)
);

-- The history is evidence: the database itself refuses to change or delete it.
create function forbid_case_event_change() returns trigger language plpgsql as $$
begin
  raise exception 'case_events is append-only';
end
$$;
create trigger case_events_append_only before update or delete on case_events
  for each row execute function forbid_case_event_change();

create table journal_counters (
  provider_id text not null references providers (id),
  year integer not null,
  last_number integer not null,
  primary key (provider_id, year)
);
