-- The State Corporation desk (issue #7): the electronic queue of each branch and the applications its operators
-- forwarded. Seed 001 line 136: the applicant hands in the application "by the electronic queue" (электрондық кезек
-- ретімен) in the operating hall; the operator enters the applicant's and the representative's data (line 140).

-- One counter per branch and local day: tickets are numbered 1, 2, 3… afresh each day; the upsert takes the next
-- number atomically, so concurrent takes never share one.
create table desk_ticket_counters (
  branch_id text not null references providers (id),
  day date not null,
  last_number integer not null,
  primary key (branch_id, day)
);

create table desk_tickets (
  id uuid primary key,
  branch_id text not null references providers (id),
  day date not null,
  number integer not null,
  status text not null check (status in ('waiting', 'called', 'served')),
  taken_at timestamptz not null,
  called_at timestamptz,
  called_by text references staff (id),
  served_at timestamptz,
  unique (branch_id, day, number)
);
create index desk_tickets_waiting_idx on desk_tickets (branch_id, day, number) where status = 'waiting';

-- What a branch forwarded to providers: who entered it, for whom, by whose power of attorney, and when the result
-- was handed over. The case itself lives in `cases`; this is the branch's own register for tracking and issuing.
create table desk_submissions (
  case_id uuid primary key references cases (id),
  branch_id text not null references providers (id),
  operator_id text not null references staff (id),
  ticket_id uuid references desk_tickets (id),
  message_id text,
  regulation_id text not null,
  applicant_iin text not null,
  representative jsonb,
  submitted_at timestamptz not null,
  handed_over_at timestamptz,
  handed_over_by text references staff (id),
  handed_over_to text check (handed_over_to in ('applicant', 'representative'))
);
create index desk_submissions_branch_idx on desk_submissions (branch_id, submitted_at desc);
