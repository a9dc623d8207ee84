-- Issue #15 (Session 7): less PostgreSQL work per filed case, the same rows and hashes. Profiled with
-- `npm run bench -- --db postgres --pg-stats` (docs/scaling.md "Session 7").

-- 1. The hash chain's two helpers (migration 0014) were declared IMMUTABLE over STABLE built-ins (to_char, to_json,
-- convert_to), and PostgreSQL inlines a SQL function only when its body keeps the promise made. So every event ran
-- both as separate SQL-function calls, their bodies set up and planned again in each transaction. Declared STABLE
-- (what their bodies are), the planner inlines them into the trigger's expression: the same text is hashed the same
-- way (src/core/audit/hash-chain.ts recomputes it), with no function calls. Nothing indexes or constrains on them.
alter function case_event_canonical(uuid, integer, text, timestamptz, jsonb, jsonb) stable;
alter function chain_hash(text, text) stable;
alter function read_audit_canonical(text, integer, timestamptz, text, text, text, text) stable;

-- 2. A status change of a case submitted through the gateway: the status message back to the sender and, for the
-- portal, the citizen's cabinet notice, in ONE statement of ONE trigger (migration 0009 had a second trigger on
-- gateway_status_messages, a second PL/pgSQL call and a second read of the submission per status change). The same
-- rows as before: a message per (case, seq) once (ON CONFLICT DO NOTHING returns nothing for a repeat, so no second
-- notice either), a notice only for the portal. Only this trigger writes gateway_status_messages.
create or replace function gateway_status_message_on_event() returns trigger language plpgsql as $$
begin
  with submission as (
    select s.sender, s.applicant_iin, s.regulation_id from gateway_submissions s where s.case_id = new.case_id
  ), message as (
    insert into gateway_status_messages (case_id, seq, recipient, status, at)
      select new.case_id, new.seq, submission.sender, new.data ->> 'to', new.at from submission
      on conflict do nothing
      returning recipient, status, seq, at
  )
  insert into citizen_notifications (citizen_iin, case_id, kind, payload, created_at)
    select submission.applicant_iin, new.case_id, 'caseStatusChanged',
           jsonb_build_object('status', message.status, 'regulationId', submission.regulation_id, 'seq', message.seq), message.at
      from message, submission
     where message.recipient = 'portal';
  return null;
end
$$;
drop trigger gateway_status_messages_portal on gateway_status_messages;
drop function portal_notification_on_status_message();

-- 3. No query reads status messages by recipient (the submissions list reads them by case: the primary key).
drop index gateway_status_messages_recipient_idx;
