-- Issue #16: where a regulation's text reads two ways (contradictions[] of a version), the definition marks one reading
-- as chosen; an administrator may choose another per version. Only the latest choice per contradiction is in force;
-- every choice is kept with who made it, when and why.
create table regulation_reading_choices (
  id bigserial primary key,
  regulation_id text not null,
  contradiction_id text not null,
  reading_id text not null,
  chosen_by text not null,
  chosen_at timestamptz not null,
  reason text not null
);
create index regulation_reading_choices_latest_idx on regulation_reading_choices (regulation_id, contradiction_id, id desc);
