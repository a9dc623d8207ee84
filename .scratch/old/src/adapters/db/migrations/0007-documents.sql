-- Signed result documents: the canonical content that was signed, the CMS signature and who signed, findable by the
-- verification code printed under the document's QR code.
create table documents (
  verification_code text primary key,
  case_id uuid not null references cases (id),
  regulation_id text not null,
  template_id text not null,
  kind text not null check (kind in ('positive', 'refusal')),
  content jsonb not null,
  signature text not null,
  signature_verified boolean not null,
  signer_iin text,
  signer_name text,
  certificate_serial text,
  signed_at timestamptz not null
);
create index documents_case_idx on documents (case_id);
