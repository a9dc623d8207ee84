import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { CaseState } from '../../core/case/case-state.ts';
import type { Text } from '../../core/i18n/text.ts';

/**
 * `date` columns are read as `YYYY-MM-DD` text with `dateText()` (query-builder.ts): node-postgres would parse them as
 * local-time Dates and PGlite as UTC ones.
 */
type CivilDate = ColumnType<string, string, string>;
/** Timestamps come back as Date on both engines; we write ISO strings. */
type Timestamp = ColumnType<Date, string, string>;
/** jsonb is written as JSON text (node-postgres would turn a JS array into a PG array) and read parsed. */
type Json<T extends object | null> = JSONColumnType<T, string, string>;

/** The columns every labour-market register row has: its id and order, whose it is, who keeps it, the case behind it. */
interface LabourMarketRow {
  id: Generated<string>;
  /** Insertion order (bigint, read as text). */
  seq: Generated<string>;
  iin: string;
  provider_id: string;
  case_id: string | null;
}

export interface DbSchema {
  providers: {
    id: string;
    code: string;
    region: string;
    bin: string;
    name: Json<Text>;
    kind: 'provider' | 'ruralAkim' | 'stateCorporation';
    /** weekday → [{from, to}] (see core/calendar/working-hours.ts); null: the default state office day. */
    working_hours: ColumnType<object | null, string | null | undefined, string | null>;
  };
  staff: {
    id: string;
    provider_id: string | null;
    login: string;
    password_hash: string;
    role: string;
    full_name: string;
    iin: string;
    region: string | null;
    active: ColumnType<boolean, boolean | undefined, boolean>;
  };
  sessions: {
    token_hash: string;
    staff_id: string;
    created_at: Timestamp;
    expires_at: Timestamp;
  };
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
  cases: {
    id: string;
    provider_id: string;
    regulation_id: string;
    service_code: string;
    route_id: string;
    channel: string;
    applicant_iin: string;
    status: string;
    version: number;
    open_step_id: string | null;
    open_step_role: string | null;
    open_step_due_at: ColumnType<Date | null, string | null, string | null>;
    executor_id: string | null;
    journal_number: string | null;
    filed_at: Timestamp;
    overall_due_at: ColumnType<Date | null, string | null, string | null>;
    closed_at: ColumnType<Date | null, string | null, string | null>;
    outcome: string | null;
    refusal_ground_id: string | null;
    state: Json<CaseState>;
  };
  case_steps: {
    case_id: string;
    step_id: string;
    provider_id: string;
    regulation_id: string;
    service_code: string;
    channel: string;
    role: string;
    status: string;
    opened_at: ColumnType<Date | null, string | null, string | null>;
    due_at: ColumnType<Date | null, string | null, string | null>;
    completed_at: ColumnType<Date | null, string | null, string | null>;
    overdue: boolean;
  };
  case_events: {
    case_id: string;
    seq: number;
    type: string;
    at: Timestamp;
    actor: Json<object>;
    data: Json<object>;
  };
  journal_counters: {
    provider_id: string;
    year: number;
    last_number: number;
  };
  // ===== The registries (migration 0003) and the idempotency keys =====
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
  lm_job_seekers: LabourMarketRow & {
    registered_on: CivilDate;
    desired_occupation: string | null;
    education_level: string | null;
    experience_years: number | null;
    closed_on: ColumnType<string | null, string | null | undefined, string | null>;
    close_reason: string | null;
  };
  lm_unemployed_cards: LabourMarketRow & {
    registered_on: CivilDate;
    deregistered_on: ColumnType<string | null, string | null | undefined, string | null>;
    deregistration_reason: string | null;
  };
  lm_referrals: LabourMarketRow & {
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
    received_by: string | null;
    attempted_at: Timestamp;
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
