-- Issue #13: proof of identity at sign-up, sign-in hardening, password change and reset.

-- The contact on record in the persons database: where a one-time sign-up code goes.
alter table persons add column phone text;
alter table persons add column email text;

-- The local notification adapter's outbox: what an SMS or e-mail gateway would send, for a tester to read.
create table notification_outbox (
  id uuid primary key default gen_random_uuid(),
  channel text not null check (channel in ('sms', 'email')),
  recipient text not null,
  purpose text not null,
  subject jsonb not null,
  body jsonb not null,
  created_at timestamptz not null
);
create index notification_outbox_recipient_idx on notification_outbox (recipient, created_at desc);

-- One-time sign-up codes: one live code per IIN, only its scrypt hash kept, short-lived, a few attempts.
create table sign_up_codes (
  iin text primary key,
  code_hash text not null,
  created_at timestamptz not null,
  expires_at timestamptz not null,
  attempts_left integer not null check (attempts_left >= 0)
);

-- Wrong-password counters and locks per login, per IIN and per address, shared by every server process.
create table sign_in_throttle (
  scope text not null check (scope in ('staff', 'citizen', 'address', 'signUpCode')),
  subject text not null,
  failures integer not null,
  last_failure_at timestamptz not null,
  locked_until timestamptz,
  primary key (scope, subject)
);

-- Request counters of the per-address rate limiter (the @fastify/rate-limit store in src/http/rate-limit-store.ts).
create table rate_limit_windows (
  key text primary key,
  hits integer not null,
  window_ends_at timestamptz not null
);
create index rate_limit_windows_end_idx on rate_limit_windows (window_ends_at);

-- Every password change and administrator's reset: who, whose, when (never the password).
create table password_events (
  id uuid primary key default gen_random_uuid(),
  kind text not null check (kind in ('changed', 'resetByAdministrator')),
  account_kind text not null check (account_kind in ('staff', 'citizen')),
  account_id text not null,
  actor_id text not null,
  at timestamptz not null
);
create index password_events_account_idx on password_events (account_kind, account_id, at desc);

-- EDS challenges are purged when expired; the index keeps the purge and the outstanding count cheap.
create index citizen_eds_challenges_expiry_idx on citizen_eds_challenges (expires_at);
