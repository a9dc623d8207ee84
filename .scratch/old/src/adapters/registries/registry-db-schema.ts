import type { ColumnType, Generated, JSONColumnType } from 'kysely';

/*
 * The tables of migration 0003 as Kysely sees them. TODO(#6): the lead may fold these into db-schema.ts; kept apart so
 * the registries can change without touching the case tables' file.
 * Dates (`date` columns) are read as text with `dateText()` (registry-query-builder.ts): node-postgres would parse them
 * as local-time Dates and PGlite as UTC ones.
 */
type CivilDate = ColumnType<string, string, string>;
type Timestamp = ColumnType<Date, string, string>;
type Json<T extends object> = JSONColumnType<T, string, string>;

export interface RegistryDbSchema {
  persons: {
    iin: string;
    surname: string;
    given_name: string;
    patronymic: string | null;
    surname_ru: string | null;
    given_name_ru: string | null;
    patronymic_ru: string | null;
    birth_date: CivilDate;
    sex: 'male' | 'female';
    citizenship: ColumnType<string, string | undefined, string>;
    region: string;
    district: string | null;
    locality: string | null;
    address_line: string | null;
    death_date: ColumnType<string | null, string | null | undefined, string | null>;
  };
  person_family_links: {
    person_iin: string;
    relative_iin: string;
    relation: 'spouse' | 'child' | 'parent';
  };
  provider_locations: {
    provider_id: string;
    region: string;
    district: string;
    locality: string;
  };
  providers: {
    id: string;
    region: string;
    kind: string;
  };
  lm_job_seekers: {
    id: Generated<string>;
    /** Insertion order (bigint, read as text). */
    seq: Generated<string>;
    iin: string;
    provider_id: string;
    case_id: string | null;
    registered_on: CivilDate;
    desired_occupation: string | null;
    education_level: string | null;
    experience_years: number | null;
    closed_on: ColumnType<string | null, string | null | undefined, string | null>;
    close_reason: string | null;
  };
  lm_unemployed_cards: {
    id: Generated<string>;
    /** Insertion order (bigint, read as text). */
    seq: Generated<string>;
    iin: string;
    provider_id: string;
    case_id: string | null;
    registered_on: CivilDate;
    deregistered_on: ColumnType<string | null, string | null | undefined, string | null>;
    deregistration_reason: string | null;
  };
  lm_referrals: {
    id: Generated<string>;
    /** Insertion order (bigint, read as text). */
    seq: Generated<string>;
    iin: string;
    provider_id: string;
    case_id: string | null;
    measure: string;
    card_kind: 'jobSeeker' | 'unemployed';
    card_id: string;
    issued_on: CivilDate;
    outcome: ColumnType<string, string | undefined, string>;
    outcome_on: ColumnType<string | null, string | null | undefined, string | null>;
  };
  registry_records: {
    id: Generated<string>;
    /** Insertion order (bigint, read as text). */
    seq: Generated<string>;
    registry: string;
    kind: string;
    iin: string;
    provider_id: string;
    case_id: string | null;
    step_id: string | null;
    outcome: 'positive' | 'refusal';
    result_id: string;
    ground_id: string | null;
    data: Json<Record<string, unknown>>;
    valid_from: ColumnType<string | null, string | null, string | null>;
    valid_to: ColumnType<string | null, string | null, string | null>;
    recorded_on: CivilDate;
    recorded_at: Timestamp;
    recorded_by: string;
  };
  registry_step_data: {
    case_id: string;
    step_id: string;
    data: Json<Record<string, unknown>>;
    entered_by: string;
    entered_at: Timestamp;
  };
  open_application_claims: {
    applicant_iin: string;
    service_code: string;
    subject: string;
    case_id: string;
  };
  duplicate_applications: {
    id: Generated<string>;
    seq: Generated<string>;
    first_case_id: string;
    applicant_iin: string;
    service_code: string;
    subject: string;
    channel: string;
    provider_id: string;
    received_by: string;
    attempted_at: Timestamp;
  };
  cases: {
    id: string;
    closed_at: Date | null;
  };
  idempotency_keys: {
    caller: string;
    key: string;
    request_hash: string;
    method: string;
    url: string;
    status_code: number | null;
    content_type: string | null;
    response_body: string | null;
    created_at: Timestamp;
    completed_at: ColumnType<Date | null, string | null | undefined, string | null>;
  };
}
