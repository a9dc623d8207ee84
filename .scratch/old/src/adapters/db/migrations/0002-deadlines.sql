-- Deadline timers: what is overdue is marked once (escalations), and the people to act are told (notifications).
-- The working calendar is editable data; every edit is kept with who made it and why.

-- The sweep looks for open work past its due time.
create index cases_open_step_due_idx on cases (open_step_due_at) where closed_at is null;
create index cases_overall_due_idx on cases (overall_due_at) where closed_at is null;

-- One row per late step or late case. The primary key makes an escalation happen exactly once, whichever of
-- several scheduler processes gets there first and however often they restart.
create table escalations (
  case_id uuid not null references cases (id),
  kind text not null check (kind in ('stepOverdue', 'caseOverdue')),
  step_id text not null,
  due_at timestamptz not null,
  fired_at timestamptz not null,
  primary key (case_id, kind, step_id)
);

create table notifications (
  id uuid primary key,
  recipient_staff_id text not null references staff (id),
  case_id uuid references cases (id),
  kind text not null,
  payload jsonb not null,
  created_at timestamptz not null,
  read_at timestamptz
);
create index notifications_recipient_idx on notifications (recipient_staff_id, created_at desc);

create table calendar_versions (
  version integer primary key,
  data jsonb not null,
  changed_by text not null references staff (id),
  changed_at timestamptz not null,
  reason text not null
);
