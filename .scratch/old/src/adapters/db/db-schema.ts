import type { ColumnType, JSONColumnType } from 'kysely';
import type { CaseState } from '../../core/case/case-state.ts';
import type { Text } from '../../core/i18n/text.ts';

/** Timestamps come back as Date on both engines; we write ISO strings. */
type Timestamp = ColumnType<Date, string, string>;
/** jsonb is written as JSON text (node-postgres would turn a JS array into a PG array) and read parsed. */
type Json<T extends object | null> = JSONColumnType<T, string, string>;

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
    birth_date: ColumnType<Date, string, string>;
    sex: 'male' | 'female';
    region: string;
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
}
