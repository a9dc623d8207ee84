-- The satisfaction survey an applicant answers after a case ends (seed 002, appendix 3, lines 404-419: two questions,
-- each answered unsatisfactory / partially satisfactory / satisfactory). One answer per case; the region, provider,
-- regulation and channel are copied from the case so supervision aggregates without joining the event log.
create table satisfaction_surveys (
  case_id uuid primary key references cases (id),
  provider_id text not null,
  region text not null,
  regulation_id text not null,
  channel text not null,
  -- seed 002 line 408: satisfaction with the process and the quality of the result
  process_and_result text not null check (process_and_result in ('unsatisfactory', 'partlySatisfactory', 'satisfactory')),
  -- seed 002 line 414: satisfaction with the information about the procedure
  information text not null check (information in ('unsatisfactory', 'partlySatisfactory', 'satisfactory')),
  comment text,
  submitted_at timestamptz not null
);
create index satisfaction_surveys_region_idx on satisfaction_surveys (region, submitted_at);
