-- Issue #20: regulation texts uploaded by administrators, the importer's drafts of them, and the versions published
-- from those drafts. Published versions are catalog data like the files in regulations/, cited to the stored text.

-- The text exactly as uploaded (after the format adapter reduced it to lines); never changed, so citations stay true.
create table regulation_sources (
  id uuid primary key,
  file_name text not null,
  -- What citations name (`source.seed` of every figure): upload_<first 16 hex digits of the SHA-256>.txt.
  citation_name text not null unique,
  sha256 text not null unique check (sha256 ~ '^[0-9a-f]{64}$'),
  text text not null,
  uploaded_by text not null references staff (id),
  uploaded_at timestamptz not null
);

create function forbid_published_regulation_change() returns trigger language plpgsql as $$
begin
  raise exception '% is immutable: citations and cases point into it', tg_table_name;
end $$;

create trigger regulation_sources_immutable before update or delete on regulation_sources
  for each row execute function forbid_published_regulation_change();

-- The importer's output, corrected by administrators; `revision` counts the saves (optimistic concurrency).
create table regulation_drafts (
  id uuid primary key,
  source_id uuid not null references regulation_sources (id),
  definition jsonb not null,
  act_lifecycle jsonb,
  unresolved jsonb not null,
  revision integer not null default 1,
  created_by text not null references staff (id),
  created_at timestamptz not null,
  updated_by text not null references staff (id),
  updated_at timestamptz not null
);

create index regulation_drafts_created_at on regulation_drafts (created_at desc);

-- One row per published version; the unique draft_id makes a double publish impossible whatever the timing.
create table published_regulations (
  regulation_id text primary key,
  draft_id uuid not null unique references regulation_drafts (id),
  source_id uuid not null references regulation_sources (id),
  definition jsonb not null,
  act_lifecycle jsonb,
  published_by text not null references staff (id),
  published_at timestamptz not null
);

create trigger published_regulations_immutable before update or delete on published_regulations
  for each row execute function forbid_published_regulation_change();

-- A single row counted up by every publish, in the same transaction: each server process compares it with the
-- version it loaded and reloads the published versions when it moved (QYZMET_WORKERS > 1, several hosts).
create table regulation_catalog_version (
  singleton boolean primary key default true check (singleton),
  version integer not null
);
insert into regulation_catalog_version (singleton, version) values (true, 0);
