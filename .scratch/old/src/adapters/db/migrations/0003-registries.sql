-- Issue #6: the state registries the regulations consult and update, held locally behind ports
-- (src/core/ports/persons-registry.ts, labour-market-registry.ts, registry-records.ts), plus the guards that keep an
-- application from being filed or answered twice (open-application claims, idempotency keys).

-- ===== Persons database (ГБД ФЛ / ЖТ МДҚ): the stand-in table of 0001 gets what the real one returns =====
-- The 0001 name columns hold the Kazakh spelling; the Russian one is null where it is the same.
alter table persons
  add column surname_ru text,
  add column given_name_ru text,
  add column patronymic_ru text,
  -- ISO 3166-1 alpha-3; XXA = stateless (ICAO 9303).
  add column citizenship text not null default 'KAZ' check (citizenship ~ '^[A-Z]{3}$'),
  add column district text,
  add column locality text,
  add column address_line text,
  add column death_date date;

-- Family links as the registry keeps them: one row per direction (a parent has a 'child' row, the child a 'parent' one).
-- No foreign keys: their row-by-row checks were two thirds of a million-person load, and the loader writes links only
-- between persons it has just inserted (persons-bulk-insert.ts); a lookup shows a relative without a record as unnamed.
create table person_family_links (
  person_iin text not null,
  relative_iin text not null,
  relation text not null check (relation in ('spouse', 'child', 'parent')),
  primary key (person_iin, relative_iin)
);

-- Where a provider has an office: the akim route applies only where none is at the applicant's place of residence
-- (seed 001 line 866, route eligibility "noProviderAtResidence").
create table provider_locations (
  provider_id text not null references providers (id),
  region text not null,
  district text not null,
  locality text not null,
  primary key (region, district, locality, provider_id)
);

-- ===== "Labour market" / "Employment" AIS =====
-- `seq` keeps the order things were written in: several records of one person can share a date and an instant.
create table lm_job_seekers (
  id uuid primary key default gen_random_uuid(),
  seq bigint generated always as identity,
  iin text not null,
  provider_id text not null references providers (id),
  case_id uuid references cases (id),
  registered_on date not null,
  desired_occupation text,
  education_level text,
  experience_years integer check (experience_years >= 0),
  closed_on date,
  close_reason text,
  check ((closed_on is null) = (close_reason is null))
);
-- One open job-seeker card per person; a new registration updates it.
create unique index lm_job_seekers_one_open_idx on lm_job_seekers (iin) where closed_on is null;
create index lm_job_seekers_person_idx on lm_job_seekers (iin, seq);

create table lm_unemployed_cards (
  id uuid primary key default gen_random_uuid(),
  seq bigint generated always as identity,
  iin text not null,
  provider_id text not null references providers (id),
  case_id uuid unique references cases (id),
  registered_on date not null,
  deregistered_on date,
  deregistration_reason text check (
    deregistration_reason in ('employed', 'ownRequest', 'refusedSuitableJobs', 'noShow', 'movedAway', 'pension', 'imprisoned', 'deceased', 'falseData')
  ),
  check ((deregistered_on is null) = (deregistration_reason is null)),
  check (deregistered_on is null or deregistered_on >= registered_on)
);
create unique index lm_unemployed_cards_one_open_idx on lm_unemployed_cards (iin) where deregistered_on is null;
create index lm_unemployed_cards_person_idx on lm_unemployed_cards (iin, seq);

create table lm_referrals (
  id uuid primary key default gen_random_uuid(),
  seq bigint generated always as identity,
  iin text not null,
  provider_id text not null references providers (id),
  case_id uuid unique references cases (id),
  measure text not null check (measure in ('employment', 'youth-practice', 'social-jobs', 'public-works', 'training', 'career-guidance')),
  -- The card the referral was issued on (seed 003 line 399: a job-seeker or an unemployed card must exist).
  card_kind text not null check (card_kind in ('jobSeeker', 'unemployed')),
  card_id uuid not null,
  issued_on date not null,
  outcome text not null default 'pending' check (outcome in ('pending', 'started', 'completed', 'employed', 'declined', 'noShow')),
  outcome_on date,
  check ((outcome = 'pending') = (outcome_on is null)),
  check (outcome_on is null or outcome_on >= issued_on)
);
create index lm_referrals_person_idx on lm_referrals (iin, seq);

-- ===== Service records: one table, a kind per service (TSA, benefits, certificates…), data as the kind's JSON =====
create table registry_records (
  id uuid primary key default gen_random_uuid(),
  seq bigint generated always as identity,
  registry text not null,
  kind text not null,
  iin text not null,
  provider_id text not null references providers (id),
  case_id uuid references cases (id),
  step_id text,
  outcome text not null check (outcome in ('positive', 'refusal')),
  result_id text not null,
  ground_id text,
  data jsonb not null,
  valid_from date,
  valid_to date,
  recorded_on date not null,
  recorded_at timestamptz not null,
  recorded_by text not null,
  check (valid_from is null or valid_to is null or valid_to >= valid_from)
);
-- A step writes its record once: a retried or concurrent step cannot record the same decision twice.
create unique index registry_records_once_per_step_idx on registry_records (case_id, step_id, kind) where case_id is not null;
create index registry_records_person_idx on registry_records (iin, seq);

-- What the executor enters for the registry before completing a step. TODO(#6): move into the step input once the
-- engine's step-input schema accepts it (src/core/case/step-inputs.ts).
create table registry_step_data (
  case_id uuid not null references cases (id),
  step_id text not null,
  data jsonb not null,
  entered_by text not null references staff (id),
  entered_at timestamptz not null,
  primary key (case_id, step_id)
);

-- ===== Duplicates: one open application per applicant, service and subject =====
-- The claim is taken in the transaction that files the case; a claim whose case has closed is taken over.
create table open_application_claims (
  applicant_iin text not null,
  service_code text not null,
  -- What the application is about where a person may have several at once (a social risk, a child); '' otherwise.
  subject text not null default '',
  case_id uuid not null references cases (id) deferrable initially deferred,
  primary key (applicant_iin, service_code, subject)
);

-- A second application while the first is open is not filed; it is kept here, linked to the first.
create table duplicate_applications (
  id uuid primary key default gen_random_uuid(),
  seq bigint generated always as identity,
  first_case_id uuid not null references cases (id),
  applicant_iin text not null,
  service_code text not null,
  subject text not null,
  channel text not null,
  provider_id text not null references providers (id),
  received_by text not null references staff (id),
  attempted_at timestamptz not null
);
create index duplicate_applications_first_case_idx on duplicate_applications (first_case_id, seq);

-- Cases filed before this migration hold their claims from now on.
insert into open_application_claims (applicant_iin, service_code, subject, case_id)
select distinct on (applicant_iin, service_code, subject) applicant_iin, service_code, subject, id
  from (
    select applicant_iin, service_code, id, filed_at,
           coalesce(case service_code
                      when 'social-risk-payments' then state -> 'formData' ->> 'social-risk'
                      when 'disabled-children-home-schooling' then state -> 'formData' ->> 'child-iin'
                    end, '') as subject
      from cases
     where closed_at is null
  ) open_cases
 order by applicant_iin, service_code, subject, filed_at
on conflict do nothing;

-- ===== Idempotency keys: a retried request with the same key gets the first answer =====
create table idempotency_keys (
  caller text not null,
  key text not null,
  request_hash text not null,
  method text not null,
  url text not null,
  status_code integer,
  content_type text,
  response_body text,
  created_at timestamptz not null,
  completed_at timestamptz,
  primary key (caller, key)
);
create index idempotency_keys_created_idx on idempotency_keys (created_at);
