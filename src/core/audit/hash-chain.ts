import { createHash } from 'node:crypto';

/**
 * The hash chains of the case history and the read audit, recomputed in TypeScript exactly as the database triggers
 * compute them (migrations 0014-history-chain.sql and 0014b-read-audit.sql), so a verifier does not have to trust
 * the database's own functions.
 */

/** What the first link of every chain points to. */
export const GENESIS_HASH = '0'.repeat(64);

/** hash = hex(sha256(prev_hash || "\n" || canonical)), over UTF-8 — chain_hash() in the migration. */
export function chainHash(previousHash: string, canonical: string): string {
  return createHash('sha256').update(`${previousHash}\n${canonical}`, 'utf8').digest('hex');
}

/**
 * A JSON string as PostgreSQL renders a text value in json/jsonb (escape_json): `"`, `\`, \b \f \n \r \t and other
 * control characters as \u00xx, everything else literally — what JSON.stringify does for well-formed strings.
 */
export function jsonString(value: string): string {
  return JSON.stringify(value);
}


export interface StoredCaseEvent {
  readonly caseId: string;
  readonly seq: number;
  readonly type: string;
  /** `YYYY-MM-DDTHH:MI:SS.ffffffZ` (microseconds, UTC), read with the same to_char as the trigger. */
  readonly atUtc: string;
  /** actor::text and data::text: jsonb's canonical rendering, hashed as the database returns it. */
  readonly actorJson: string;
  readonly dataJson: string;
}

/** case_event_canonical() of migration 0014. */
export function caseEventCanonical(event: StoredCaseEvent): string {
  return `[${jsonString(event.caseId)}, ${event.seq}, ${jsonString(event.type)}, ${jsonString(event.atUtc)}, ${event.actorJson}, ${event.dataJson}]`;
}

export interface StoredRead {
  readonly subjectIin: string;
  readonly subjectSeq: number;
  readonly atUtc: string;
  readonly staffId: string;
  readonly objectKind: string;
  readonly objectId: string;
  readonly purpose: string;
}

/** read_audit_canonical() of migration 0014b: a jsonb array of strings and one integer. */
export function readCanonical(read: StoredRead): string {
  return `[${jsonString(read.subjectIin)}, ${read.subjectSeq}, ${jsonString(read.atUtc)}, ${jsonString(read.staffId)}, ${jsonString(read.objectKind)}, ${jsonString(read.objectId)}, ${jsonString(read.purpose)}]`;
}
