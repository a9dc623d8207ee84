-- From the query-side benchmark (bench/query): the inbox orders by (due, id), so id joins the index and the sort
-- disappears; the region dashboard groups open cases by provider and step, answerable from this index alone.
drop index if exists cases_inbox_idx;
create index cases_inbox_idx on cases (provider_id, open_step_role, open_step_due_at, id) where closed_at is null;
drop index if exists cases_executor_idx;
create index cases_executor_idx on cases (executor_id, open_step_due_at, id) where closed_at is null;
create index cases_open_by_step_idx on cases (provider_id, open_step_id, open_step_due_at) where closed_at is null;
