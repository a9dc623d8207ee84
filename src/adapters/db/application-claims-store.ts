import type { SqlExecutor } from './database.ts';
import { queries as q } from './query-builder.ts';

export interface ApplicationKey {
  readonly applicantIin: string;
  readonly serviceCode: string;
  readonly subject: string;
}

/**
 * Takes the claim "this person's open application for this service" for a new case, inside the transaction that files
 * it. Free, or held by a case that has closed: claimed (`null`). Held by an open case: that case's id.
 * Concurrent filers queue on the primary key; the loser sees the winner's case — its insert is not yet visible to the
 * loser's statement, so it counts as open, never as closed.
 */
export async function claimOpenApplication(tx: SqlExecutor, key: ApplicationKey, caseId: string): Promise<{ heldBy: string | null }> {
  const claimed = await tx.execute<{ case_id: string }>(
    `insert into open_application_claims as c (applicant_iin, service_code, subject, case_id) values ($1, $2, $3, $4)
     on conflict (applicant_iin, service_code, subject) do update set case_id = excluded.case_id
       where exists (select 1 from cases where cases.id = c.case_id and cases.closed_at is not null)
     returning case_id`,
    [key.applicantIin, key.serviceCode, key.subject, caseId],
  );
  if (claimed.length > 0) return { heldBy: null };
  const [holder] = await tx.query(
    q
      .selectFrom('open_application_claims')
      .select('case_id')
      .where('applicant_iin', '=', key.applicantIin)
      .where('service_code', '=', key.serviceCode)
      .where('subject', '=', key.subject)
      .compile(),
  );
  if (!holder) throw new Error(`claim for ${key.applicantIin}/${key.serviceCode} vanished`);
  return { heldBy: holder.case_id };
}

export interface DuplicateAttempt extends ApplicationKey {
  readonly firstCaseId: string;
  readonly channel: string;
  readonly providerId: string;
  /** The staff member who received it; null for a citizen's own portal application. */
  readonly receivedBy: string | null;
  readonly attemptedAt: string;
}

/** Keeps a repeated application, linked to the open one, without filing it. */
export async function linkDuplicateApplication(tx: SqlExecutor, attempt: DuplicateAttempt): Promise<string> {
  const [row] = await tx.query(
    q
      .insertInto('duplicate_applications')
      .values({
        first_case_id: attempt.firstCaseId,
        applicant_iin: attempt.applicantIin,
        service_code: attempt.serviceCode,
        subject: attempt.subject,
        channel: attempt.channel,
        provider_id: attempt.providerId,
        received_by: attempt.receivedBy,
        attempted_at: attempt.attemptedAt,
      })
      .returning('id')
      .compile(),
  );
  return row!.id;
}

export interface DuplicateView {
  readonly id: string;
  readonly channel: string;
  readonly providerId: string;
  /** The staff member who received it; null for a citizen's own portal application. */
  readonly receivedBy: string | null;
  readonly attemptedAt: string;
}

export async function listDuplicatesOf(db: SqlExecutor, firstCaseId: string): Promise<DuplicateView[]> {
  const rows = await db.query(
    q.selectFrom('duplicate_applications').select(['id', 'channel', 'provider_id', 'received_by', 'attempted_at']).where('first_case_id', '=', firstCaseId).orderBy('seq').compile(),
  );
  return rows.map((r) => ({ id: r.id, channel: r.channel, providerId: r.provider_id, receivedBy: r.received_by, attemptedAt: r.attempted_at.toISOString() }));
}
