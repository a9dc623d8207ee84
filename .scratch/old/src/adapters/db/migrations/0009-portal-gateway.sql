-- Citizen portal and the gateway between channels and providers (issue #7).

-- Citizens who signed up on the portal with IIN and password (seed 000 line 760: "осуществляет регистрацию на
-- портале"); the IIN must be in the persons database when the account is made.
create table citizen_accounts (
  iin text primary key,
  password_hash text not null,
  created_at timestamptz not null,
  active boolean not null default true
);

-- Bearer sessions of citizens; as for staff, only the token's SHA-256 is kept.
create table citizen_sessions (
  token_hash text primary key,
  citizen_iin text not null references citizen_accounts (iin),
  created_at timestamptz not null,
  expires_at timestamptz not null,
  method text not null check (method in ('password', 'eds'))
);
create index citizen_sessions_iin_idx on citizen_sessions (citizen_iin);

-- One-time challenges for EDS sign-in: the citizen signs the nonce, the server verifies and spends it.
create table citizen_eds_challenges (
  nonce text primary key,
  created_at timestamptz not null,
  expires_at timestamptz not null,
  used_at timestamptz
);

-- Uploaded documents (scans, e-copies) of an application; referenced by id from a gateway submission.
create table attachments (
  id uuid primary key,
  owner_kind text not null check (owner_kind in ('citizen', 'staff')),
  owner_id text not null,
  file_name text not null,
  media_type text not null check (media_type in ('application/pdf', 'image/jpeg', 'image/png')),
  size_bytes integer not null check (size_bytes > 0),
  sha256 text not null,
  document_id text,
  -- set when the application is filed; the provider's staff may then read the file
  case_id uuid references cases (id),
  content bytea not null,
  created_at timestamptz not null
);
create index attachments_owner_idx on attachments (owner_kind, owner_id, created_at desc);

-- Outbox of the sending systems: the message, its envelope and the sending system's signature over the envelope,
-- written before delivery; delivered_at is set in the same transaction as the inbox row.
create table gateway_outbox (
  message_id uuid primary key,
  sender text not null check (sender in ('portal', 'stateCorporation')),
  recipient text not null references providers (id),
  service_id text not null,
  envelope jsonb not null,
  envelope_signature text not null,
  body jsonb not null,
  created_at timestamptz not null,
  delivered_at timestamptz
);
create index gateway_outbox_pending_idx on gateway_outbox (created_at) where delivered_at is null;

-- The providers' inbox, keyed by message id: a second delivery of the same message finds the row and does nothing.
create table gateway_inbox (
  message_id uuid primary key,
  recipient text not null references providers (id),
  received_at timestamptz not null,
  outcome text not null check (outcome in ('filed', 'refused')),
  -- the inbox row comes first (it serializes deliveries of one message), the case after it in the same transaction
  case_id uuid references cases (id) deferrable initially deferred,
  refusal_code text,
  refusal jsonb,
  check ((outcome = 'filed') = (case_id is not null))
);

-- Which channel submitted a case and who pressed submit; statuses of these cases are sent back to the sender.
-- The case row is written after this one in the same transaction, hence the deferred key.
create table gateway_submissions (
  case_id uuid primary key references cases (id) deferrable initially deferred,
  message_id uuid not null unique,
  sender text not null check (sender in ('portal', 'stateCorporation')),
  submitted_by_kind text not null check (submitted_by_kind in ('citizen', 'staff')),
  submitted_by text not null,
  applicant_iin text not null,
  regulation_id text not null,
  request_signature_verified boolean not null,
  filed_at timestamptz not null
);
create index gateway_submissions_sender_idx on gateway_submissions (sender, filed_at desc);
create index gateway_submissions_applicant_idx on gateway_submissions (applicant_iin, filed_at desc);

-- Status messages back to the sending system, one per status change of the case (received → inWork → completed |
-- refused). The key (case, event seq) makes each one happen exactly once.
create table gateway_status_messages (
  case_id uuid not null references cases (id),
  seq integer not null,
  recipient text not null check (recipient in ('portal', 'stateCorporation')),
  status text not null check (status in ('received', 'inWork', 'completed', 'refused')),
  at timestamptz not null,
  primary key (case_id, seq)
);
create index gateway_status_messages_recipient_idx on gateway_status_messages (recipient, at desc);

-- What a citizen reads in the cabinet: the portal turns each status message into a notification.
create table citizen_notifications (
  id uuid primary key default gen_random_uuid(),
  citizen_iin text not null,
  case_id uuid references cases (id),
  kind text not null,
  payload jsonb not null,
  created_at timestamptz not null,
  read_at timestamptz
);
create index citizen_notifications_iin_idx on citizen_notifications (citizen_iin, created_at desc);

-- Every status change of a case submitted through the gateway goes back as a status message, in the same
-- transaction as the change itself: whoever changes the status, the message cannot be lost or doubled.
create function gateway_status_message_on_event() returns trigger language plpgsql as $$
begin
  insert into gateway_status_messages (case_id, seq, recipient, status, at)
    select new.case_id, new.seq, s.sender, new.data ->> 'to', new.at from gateway_submissions s where s.case_id = new.case_id
    on conflict do nothing;
  return null;
end
$$;
create trigger case_events_gateway_status after insert on case_events
  for each row when (new.type = 'statusChanged') execute function gateway_status_message_on_event();

create function portal_notification_on_status_message() returns trigger language plpgsql as $$
begin
  insert into citizen_notifications (citizen_iin, case_id, kind, payload, created_at)
    select s.applicant_iin, new.case_id, 'caseStatusChanged',
           jsonb_build_object('status', new.status, 'regulationId', s.regulation_id, 'seq', new.seq), new.at
      from gateway_submissions s where s.case_id = new.case_id;
  return null;
end
$$;
create trigger gateway_status_messages_portal after insert on gateway_status_messages
  for each row when (new.recipient = 'portal') execute function portal_notification_on_status_message();
