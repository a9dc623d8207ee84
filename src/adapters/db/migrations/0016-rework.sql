-- Issue #17: a case returned for rework puts the head's step back to pending, and the step projection says so.
alter table case_steps drop constraint case_steps_status_check;
alter table case_steps add constraint case_steps_status_check check (status in ('pending', 'open', 'done', 'skipped'));
