-- Issue #17: notices that reach people, and the desk's dead ends.

-- Where a citizen wants to hear about their applications besides the cabinet (which always keeps every notice):
-- e-mail to the address they give, SMS to their phone; the language the notice leads with.
create table citizen_contact_preferences (
  citizen_iin text primary key,
  email text,
  phone text,
  email_enabled boolean not null default false,
  sms_enabled boolean not null default false,
  language text not null default 'kk' check (language in ('kk', 'ru', 'en')),
  updated_at timestamptz not null,
  check (not email_enabled or email is not null),
  check (not sms_enabled or phone is not null)
);

-- One row per notice and channel it must reach. Written in the same transaction as the cabinet notice (trigger
-- below), so a status change cannot happen without its deliveries being owed; a failed send stays `pending` with
-- its attempts and next try, and a row is never deleted. The text is rendered when sent (the service's name comes
-- from the regulation files, which the database does not hold).
create table notification_deliveries (
  id uuid primary key default gen_random_uuid(),
  citizen_notification_id uuid not null references citizen_notifications (id),
  channel text not null check (channel in ('email', 'sms')),
  recipient text not null,
  language text not null check (language in ('kk', 'ru', 'en')),
  status text not null default 'pending' check (status in ('pending', 'sent')),
  attempts integer not null default 0,
  next_attempt_at timestamptz not null,
  last_error text,
  sent_at timestamptz,
  created_at timestamptz not null,
  unique (citizen_notification_id, channel)
);
create index notification_deliveries_pending_idx on notification_deliveries (next_attempt_at) where status = 'pending';

create function citizen_notification_deliveries() returns trigger language plpgsql as $$
begin
  insert into notification_deliveries (citizen_notification_id, channel, recipient, language, next_attempt_at, created_at)
    select new.id, 'email', p.email, p.language, new.created_at, new.created_at
      from citizen_contact_preferences p where p.citizen_iin = new.citizen_iin and p.email_enabled
    union all
    select new.id, 'sms', p.phone, p.language, new.created_at, new.created_at
      from citizen_contact_preferences p where p.citizen_iin = new.citizen_iin and p.sms_enabled;
  return null;
end
$$;
create trigger citizen_notifications_deliveries after insert on citizen_notifications
  for each row execute function citizen_notification_deliveries();

-- The desk: a ticket closed without serving (the branch cannot accept the service, the person left…), with the
-- reason and who closed it.
alter table desk_tickets drop constraint desk_tickets_status_check;
alter table desk_tickets add constraint desk_tickets_status_check check (status in ('waiting', 'called', 'served', 'notServed'));
alter table desk_tickets add column not_served_reason text;
alter table desk_tickets add column closed_by text references staff (id);
alter table desk_tickets add constraint desk_tickets_not_served_reason check (status <> 'notServed' or length(trim(not_served_reason)) > 0);
