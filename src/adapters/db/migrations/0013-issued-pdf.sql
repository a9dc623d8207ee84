-- Issue #14: the public check proves, it does not trust. Each result document keeps the exact PDF Qyzmet issued (rendered
-- once, at signing) and its SHA-256; an uploaded file is genuine only when its whole-file hash is one of these.
alter table documents add column pdf bytea;
alter table documents add column pdf_sha256 text;
create unique index documents_pdf_sha256_idx on documents (pdf_sha256);
-- The signer's role when signing, for the position the public check shows ("head of the provider").
alter table documents add column signer_role text;
-- How the verification code was made. Rows from before this migration carry the old code, computable from the case
-- and result ids with no secret: they are never found by the public check again (verify-document.ts).
alter table documents add column code_scheme text not null default 'sha256-unkeyed';
alter table documents alter column code_scheme set default 'hmac-sha256';
