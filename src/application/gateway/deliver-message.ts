import { caseStatus } from '../../adapters/db/case-store.ts';
import { bindAttachments } from '../../adapters/db/portal-attachment-store.ts';
import { findStaff } from '../../adapters/db/staff-store.ts';
import {
  claimInboxEntry,
  findInboxEntry,
  findOutboxMessage,
  insertSubmission,
  markOutboxDelivered,
  pendingOutboxMessageIds,
  refuseClaimedInboxEntry,
  type InboxEntry,
} from '../../adapters/db/gateway-store.ts';
import type { Actor } from '../../core/case/actor.ts';
import { AppError, isAppError, type ErrorDetails } from '../../core/errors/app-error.ts';
import type { ErrorCode } from '../../core/errors/error-codes.ts';
import {
  bodyMatchesEnvelope,
  channelOf,
  envelopeBytes,
  envelopeCheckOf,
  UNSIGNED_ENVELOPE,
  type GatewayBody,
  type GatewayEnvelope,
} from '../../core/gateway/envelope.ts';
import { cachedProvider } from '../reference-data-cache.ts';
import { staffActor } from '../access.ts';
import type { AppContext } from '../app-context.ts';
import { chooseApplicationRoute } from '../registries/choose-application-route.ts';
import { registriesOf } from '../registries/registries.ts';
import { assertApplicantKnown, duplicateApplicationError, fileApplicationOnce, fileForApplicant, filingLockKey } from '../cases/file-application-once.ts';
import { intakeTransaction } from '../cases/intake-group-commit.ts';
import type { GatewayReceipt } from '../../core/gateway/gateway-receipt.ts';

/**
 * Why a stored envelope's signature is not accepted, or null (null also for the envelope the submitting call hands
 * over in memory). An unsigned one is accepted only under `oneServer`, which wrote it; a signed one is always checked.
 */
async function envelopeSignatureProblem(app: AppContext, envelope: GatewayEnvelope, signature: string | null, now: Date): Promise<string | null> {
  if (signature === null) return null;
  if (signature === UNSIGNED_ENVELOPE) return envelopeCheckOf(app) === 'oneServer' ? null : 'the envelope is not signed';
  const verdict = await (await app.gatewayKeys(now)).verify(envelope.sender, envelopeBytes(envelope), signature, now);
  return verdict.valid ? null : verdict.reason;
}

/**
 * Delivers one outbox message to its provider's inbox, exactly once. The inbox row (keyed by the message id) is
 * written first in the filing transaction, so a second delivery — a retry after a crash, or a concurrent one —
 * finds it, files nothing and answers with the first delivery's receipt (or its refusal). The provider side checks
 * the sending system's signature over the envelope and the body's digest, asks the persons database, chooses the
 * route and files the case; its status changes then go back to the sender (migration 0009's trigger).
 */
export async function deliverMessage(
  app: AppContext,
  messageId: string,
  options: { signatureVerified?: boolean; signedHere?: { readonly envelope: GatewayEnvelope; readonly body: GatewayBody } } = {},
): Promise<GatewayReceipt> {
  // A message this very call just signed and wrote (options.signedHere) is new: no inbox entry can exist yet, and its
  // envelope is the one in memory. Anything else is read back and its envelope signature checked (issue #15).
  let envelope: GatewayEnvelope;
  let body: GatewayBody;
  let envelopeSignature: string | null = null;
  if (options.signedHere) {
    ({ envelope, body } = options.signedHere);
  } else {
    const earlier = await findInboxEntry(app.db, messageId);
    if (earlier) return receiptOf(app, earlier);
    const message = await findOutboxMessage(app.db, messageId);
    if (!message) throw new AppError('NOT_FOUND', `no gateway message ${messageId}`);
    ({ envelope, body, envelopeSignature } = message);
  }
  const now = app.clock();
  /** A refusal the filing transaction already kept in the inbox (a duplicate application). */
  let refusalKept: AppError | null = null;
  try {
    const envelopeProblem = await envelopeSignatureProblem(app, envelope, envelopeSignature, now);
    if (envelopeProblem || !bodyMatchesEnvelope(envelope, body)) {
      throw new AppError('GATEWAY_MESSAGE_REJECTED', `message ${messageId}: ${envelopeProblem ?? 'body digest differs'}`, { messageId });
    }
    const regulation = app.catalog.get(body.regulationId);
    const provider = await cachedProvider(app, envelope.recipient);
    if (!provider) throw new AppError('GATEWAY_MESSAGE_REJECTED', `no provider ${envelope.recipient}`, { messageId });
    const person = await registriesOf(app).persons(app.db).findByIin(body.applicantIin);
    const route = await chooseApplicationRoute(app, regulation, channelOf(body.sender), body.formData, person);
    assertApplicantKnown(route, person, body.applicantIin);
    let actor: Actor = { kind: 'citizen', iin: body.applicantIin };
    if (body.submittedBy.kind === 'staff') {
      const operator = await findStaff(app.db, body.submittedBy.id);
      if (!operator) throw new AppError('GATEWAY_MESSAGE_REJECTED', `no staff ${body.submittedBy.id}`, { messageId });
      actor = staffActor(operator);
    }
    const filed = fileForApplicant(app, {
      regulation,
      route,
      provider,
      applicantIin: body.applicantIin,
      person,
      formData: body.formData,
      // The sender checked authorization, the EDS and the documents before the message left (submit-through-gateway.ts).
      checksPassed: ['authorization', 'signature', 'documentsComplete'],
      actor,
      now,
    });
    const { state } = filed;
    const serviceCode = regulation.service.code;
    const receivedBy = body.submittedBy.kind === 'staff' ? body.submittedBy.id : null;
    const record = { filed, serviceCode, providerId: provider.id, receivedBy };
    // Issue #15: in the group commit's next batch when it is on (answered after that batch's commit).
    const delivered = await intakeTransaction(app, filingLockKey(record), async (tx) => {
      refusalKept = null;
      const entry: InboxEntry = { messageId, recipient: provider.id, outcome: 'filed', caseId: state.id, refusalCode: null, refusal: null };
      if (!(await claimInboxEntry(tx, entry, now))) return null;
      // The same filing path as the office's (file-application-once.ts): a repeated application is kept, linked to the
      // open case, and the message's answer becomes that refusal.
      const outcome = await fileApplicationOnce(tx, record, (tx) =>
        insertSubmission(tx, {
          caseId: state.id,
          messageId,
          sender: body.sender,
          submittedBy: body.submittedBy,
          applicantIin: body.applicantIin,
          regulationId: regulation.id,
          signatureVerified: options.signatureVerified ?? false,
          filedAt: now,
        }),
      );
      if (outcome.kind === 'duplicate') {
        refusalKept = duplicateApplicationError(outcome);
        await refuseClaimedInboxEntry(tx, messageId, refusalKept.code, refusalKept.details);
      } else {
        await bindAttachments(tx, body.attachmentIds, state.id);
      }
      await markOutboxDelivered(tx, messageId, now);
      return outcome;
    });
    if (!delivered) return receiptOf(app, (await findInboxEntry(app.db, messageId))!);
    if (refusalKept) throw refusalKept;
    return { messageId, caseId: state.id, providerId: provider.id, status: state.status };
  } catch (error) {
    if (!isAppError(error) || error.errorClass === 'bug' || error === refusalKept) throw error;
    // A refusal is the message's answer: kept in the inbox so a redelivery answers the same and files nothing.
    const recorded = await app.db.transaction(async (tx) => {
      const entry: InboxEntry = { messageId, recipient: envelope.recipient, outcome: 'refused', caseId: null, refusalCode: error.code, refusal: error.details };
      const claimed = await claimInboxEntry(tx, entry, now);
      await markOutboxDelivered(tx, messageId, now);
      return claimed;
    });
    if (!recorded) return receiptOf(app, (await findInboxEntry(app.db, messageId))!);
    throw error;
  }
}

async function receiptOf(app: AppContext, entry: InboxEntry): Promise<GatewayReceipt> {
  if (entry.outcome === 'refused' || !entry.caseId) {
    throw new AppError((entry.refusalCode ?? 'INTERNAL') as ErrorCode, `message ${entry.messageId} was refused earlier`, (entry.refusal ?? {}) as ErrorDetails);
  }
  const status = await caseStatus(app.db, entry.caseId);
  return { messageId: entry.messageId, caseId: entry.caseId, providerId: entry.recipient, status: status ?? 'received' };
}

/** Delivers what a crash left in the outbox (run at start and by the sweep); each message still lands once. */
export async function deliverPendingMessages(app: AppContext, limit = 100): Promise<number> {
  let delivered = 0;
  for (const messageId of await pendingOutboxMessageIds(app.db, limit)) {
    try {
      await deliverMessage(app, messageId);
    } catch (error) {
      if (!isAppError(error)) throw error;
    }
    delivered += 1;
  }
  return delivered;
}
