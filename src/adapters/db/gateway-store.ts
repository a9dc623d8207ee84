import type { SubmissionListScope } from '../../core/access/access-policy.ts';
import type { SqlExecutor } from './database.ts';
import type { GatewayBody, GatewayEnvelope, GatewaySender } from '../../core/gateway/envelope.ts';

/** The gateway's tables: the senders' outbox, the providers' inbox, the submissions and their status messages. */
export interface OutboxMessage {
  readonly envelope: GatewayEnvelope;
  readonly envelopeSignature: string;
  readonly body: GatewayBody;
  readonly deliveredAt: Date | null;
}

export async function insertOutboxMessage(db: SqlExecutor, message: { envelope: GatewayEnvelope; envelopeSignature: string; body: GatewayBody; createdAt: Date }): Promise<void> {
  const { envelope } = message;
  await db.execute(
    `insert into gateway_outbox (message_id, sender, recipient, service_id, envelope, envelope_signature, body, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [envelope.messageId, envelope.sender, envelope.recipient, envelope.serviceId, JSON.stringify(envelope), message.envelopeSignature, JSON.stringify(message.body), message.createdAt.toISOString()],
  );
}

export async function findOutboxMessage(db: SqlExecutor, messageId: string): Promise<OutboxMessage | null> {
  const [row] = await db.execute<{ envelope: GatewayEnvelope; envelope_signature: string; body: GatewayBody; delivered_at: Date | null }>(
    'select envelope, envelope_signature, body, delivered_at from gateway_outbox where message_id = $1',
    [messageId],
  );
  return row ? { envelope: row.envelope, envelopeSignature: row.envelope_signature, body: row.body, deliveredAt: row.delivered_at } : null;
}

export async function pendingOutboxMessageIds(db: SqlExecutor, limit: number): Promise<string[]> {
  const rows = await db.execute<{ message_id: string }>('select message_id from gateway_outbox where delivered_at is null order by created_at limit $1', [limit]);
  return rows.map((r) => r.message_id);
}

export interface InboxEntry {
  readonly messageId: string;
  readonly recipient: string;
  readonly outcome: 'filed' | 'refused';
  readonly caseId: string | null;
  readonly refusalCode: string | null;
  readonly refusal: Readonly<Record<string, string | number>> | null;
}

/**
 * Takes the message into the provider's inbox. Returns false when the message id is there already — a redelivery,
 * which must change nothing. Concurrent deliveries queue on the primary key; the second sees the first's row.
 */
export async function claimInboxEntry(tx: SqlExecutor, entry: InboxEntry, receivedAt: Date): Promise<boolean> {
  const rows = await tx.execute(
    `insert into gateway_inbox (message_id, recipient, received_at, outcome, case_id, refusal_code, refusal)
     values ($1, $2, $3, $4, $5, $6, $7) on conflict (message_id) do nothing returning message_id`,
    [entry.messageId, entry.recipient, receivedAt.toISOString(), entry.outcome, entry.caseId, entry.refusalCode, entry.refusal ? JSON.stringify(entry.refusal) : null],
  );
  return rows.length > 0;
}

/** Turns the entry this transaction claimed as filed into a refusal: the message was a duplicate application. */
export async function refuseClaimedInboxEntry(tx: SqlExecutor, messageId: string, refusalCode: string, refusal: Readonly<Record<string, string | number>>): Promise<void> {
  await tx.execute("update gateway_inbox set outcome = 'refused', case_id = null, refusal_code = $2, refusal = $3 where message_id = $1", [messageId, refusalCode, JSON.stringify(refusal)]);
}

export async function findInboxEntry(db: SqlExecutor, messageId: string): Promise<InboxEntry | null> {
  const [row] = await db.execute<{ message_id: string; recipient: string; outcome: 'filed' | 'refused'; case_id: string | null; refusal_code: string | null; refusal: Record<string, string | number> | null }>(
    'select message_id, recipient, outcome, case_id, refusal_code, refusal from gateway_inbox where message_id = $1',
    [messageId],
  );
  return row ? { messageId: row.message_id, recipient: row.recipient, outcome: row.outcome, caseId: row.case_id, refusalCode: row.refusal_code, refusal: row.refusal } : null;
}

export async function markOutboxDelivered(tx: SqlExecutor, messageId: string, at: Date): Promise<void> {
  await tx.execute('update gateway_outbox set delivered_at = coalesce(delivered_at, $2) where message_id = $1', [messageId, at.toISOString()]);
}

export async function insertSubmission(
  tx: SqlExecutor,
  s: { caseId: string; messageId: string; sender: GatewaySender; submittedBy: { kind: 'citizen' | 'staff'; id: string }; applicantIin: string; regulationId: string; signatureVerified: boolean; filedAt: Date },
): Promise<void> {
  await tx.execute(
    `insert into gateway_submissions (case_id, message_id, sender, submitted_by_kind, submitted_by, applicant_iin, regulation_id, request_signature_verified, filed_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [s.caseId, s.messageId, s.sender, s.submittedBy.kind, s.submittedBy.id, s.applicantIin, s.regulationId, s.signatureVerified, s.filedAt.toISOString()],
  );
}

export interface SubmissionView {
  readonly caseId: string;
  readonly messageId: string;
  readonly sender: GatewaySender;
  readonly submittedBy: { readonly kind: 'citizen' | 'staff'; readonly id: string };
  readonly applicantIin: string;
  readonly regulationId: string;
  readonly providerId: string;
  readonly status: string;
  readonly filedAt: string;
  readonly closedAt: string | null;
  readonly statusMessages: readonly { readonly status: string; readonly at: string }[];
}

/** Submissions within `scope` (the access policy's `submissionListScope`), narrowed by the filters, newest first. */
export async function listSubmissions(db: SqlExecutor, scope: SubmissionListScope, filter: { sender?: GatewaySender; submittedBy?: { kind: 'citizen' | 'staff'; id: string }; applicantIin?: string; caseId?: string; limit: number }): Promise<SubmissionView[]> {
  const rows = await db.execute<{
    case_id: string; message_id: string; sender: GatewaySender; submitted_by_kind: 'citizen' | 'staff'; submitted_by: string; applicant_iin: string;
    regulation_id: string; provider_id: string; status: string; filed_at: Date; closed_at: Date | null; messages: { status: string; at: string }[] | null;
  }>(
    `select s.case_id, s.message_id, s.sender, s.submitted_by_kind, s.submitted_by, s.applicant_iin, s.regulation_id, c.provider_id, c.status, s.filed_at, c.closed_at,
            (select json_agg(json_build_object('status', m.status, 'at', m.at) order by m.seq) from gateway_status_messages m where m.case_id = s.case_id) as messages
       from gateway_submissions s join cases c on c.id = s.case_id
      where ($1::text is null or s.sender = $1) and ($2::text is null or (s.submitted_by_kind = $2 and s.submitted_by = $3))
        and ($4::text is null or s.applicant_iin = $4) and ($5::uuid is null or s.case_id = $5)
        and ($7::text is null or c.provider_id in (select p.id from providers p where p.region = $7))
        and ($8::text is null or (s.submitted_by_kind = 'staff' and s.submitted_by in (select st.id from staff st where st.provider_id = $8)))
        and ($9::text is null or s.applicant_iin = $9)
      order by s.filed_at desc, s.case_id limit $6`,
    [
      filter.sender ?? null,
      filter.submittedBy?.kind ?? null,
      filter.submittedBy?.id ?? null,
      filter.applicantIin ?? null,
      filter.caseId ?? null,
      filter.limit,
      scope.kind === 'providerRegion' ? scope.region : null,
      scope.kind === 'branch' ? scope.branchId : null,
      scope.kind === 'applicant' ? scope.iin : null,
    ],
  );
  return rows.map((r) => ({
    caseId: r.case_id,
    messageId: r.message_id,
    sender: r.sender,
    submittedBy: { kind: r.submitted_by_kind, id: r.submitted_by },
    applicantIin: r.applicant_iin,
    regulationId: r.regulation_id,
    providerId: r.provider_id,
    status: r.status,
    filedAt: r.filed_at.toISOString(),
    closedAt: r.closed_at?.toISOString() ?? null,
    statusMessages: (r.messages ?? []).map((m) => ({ status: m.status, at: new Date(m.at).toISOString() })),
  }));
}
