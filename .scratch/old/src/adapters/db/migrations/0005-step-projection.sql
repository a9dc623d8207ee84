-- A read model of every step's timing, kept in the same transaction as the case, so supervisors' reports
-- (compliance, durations against limits) never parse the event history.
create table case_steps (
  case_id uuid not null references cases (id),
  step_id text not null,
  provider_id text not null,
  regulation_id text not null,
  service_code text not null,
  channel text not null,
  role text not null,
  status text not null check (status in ('open', 'done', 'skipped')),
  opened_at timestamptz,
  due_at timestamptz,
  completed_at timestamptz,
  overdue boolean not null default false,
  primary key (case_id, step_id)
);
create index case_steps_completed_idx on case_steps (provider_id, completed_at) where status = 'done';

-- The outcome of a closed case, for refusals by reason.
alter table cases add column outcome text check (outcome in ('completed', 'refused'));
alter table cases add column refusal_ground_id text;
create index cases_closed_idx on cases (provider_id, closed_at) where closed_at is not null;
create index cases_filed_idx on cases (provider_id, filed_at);
