import { findProvider } from '../../adapters/db/provider-store.ts';
import { findStaff } from '../../adapters/db/staff-store.ts';
import { findAttachments, type AttachmentMeta } from '../../adapters/db/portal-attachment-store.ts';
import { insertOutboxMessage } from '../../adapters/db/gateway-store.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { fieldRefusal } from '../../core/errors/validation-reasons.ts';
import {
  buildEnvelope,
  channelOf,
  envelopeBytes,
  envelopeCheckOf,
  requestBytes,
  UNSIGNED_ENVELOPE,
  type ChannelSubmission,
  type GatewayBody,
  type GatewayEnvelope,
} from '../../core/gateway/envelope.ts';
import { checkIin } from '../../core/identity/iin.ts';
import type { Regulation, RegulationRoute } from '../../core/regulation/schema.ts';
import type { GatewayReceipt } from '../../core/gateway/gateway-receipt.ts';
import type { AppContext } from '../app-context.ts';
import { deliverMessage } from './deliver-message.ts';
import { cachedRegionProvider } from '../reference-data-cache.ts';
import { refusedByCondition } from './intake-refusal.ts';
import { intakeProblems, intakeRefusal } from '../../core/regulation/intake-completeness.ts';

/** An attachment id that is not one of the submitter's own unused uploads, in words (issue #17). */
const UNKNOWN_ATTACHMENT = { kk: 'жүктелген файл табылмады немесе бұрын пайдаланылған', ru: 'загруженный файл не найден или уже использован', en: 'unknown attachment' } as const;

export type { ChannelSubmission } from '../../core/gateway/envelope.ts';
export { requestBytes } from '../../core/gateway/envelope.ts';


/** Limits of an application's uploads (our choice; the seeds give none): see attachments.ts for the per-file one. */
export const MAX_ATTACHMENTS_TOTAL_BYTES = 20 * 1024 * 1024;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A channel (the portal or the State Corporation desk) submits an application to the provider through the gateway.
 * The sender's own conditions are checked first (condition 1 authorization, condition 2 the EDS over the request,
 * the documents), so a refused request leaves nothing behind; then the message is written to the outbox with the
 * sending system's signature over the envelope and delivered to the provider's inbox (deliver-message.ts), where the
 * case is filed. Delivery runs in this call; the outbox row makes a delivery interrupted by a crash repeatable.
 */
export async function submitThroughGateway(app: AppContext, submission: ChannelSubmission): Promise<GatewayReceipt> {
  const { messageId, signatureVerified, envelope, body } = await enqueueSubmission(app, submission);
  // The envelope was made by this call a moment ago: checking it again proves nothing, so it is handed over in memory
  // unless QYZMET_GATEWAY_ENVELOPE_CHECK=always. Deliveries of stored messages read and check the outbox row.
  const signedHere = envelopeCheckOf(app) !== 'always' ? { envelope, body } : undefined;
  return deliverMessage(app, messageId, { signatureVerified, ...(signedHere ? { signedHere } : {}) });
}

/** The sender's half: conditions checked, the signed envelope in the outbox; delivery is deliver-message.ts. */
export async function enqueueSubmission(
  app: AppContext,
  submission: ChannelSubmission,
): Promise<{ messageId: string; signatureVerified: boolean; envelope: GatewayEnvelope; body: GatewayBody }> {
  if (!checkIin(submission.applicantIin).valid) {
    throw new AppError('INVALID_IIN', `applicantIin ${submission.applicantIin} is not a valid IIN`, { field: 'applicantIin' });
  }
  const regulation = app.catalog.get(submission.regulationId);
  const channel = channelOf(submission.sender);
  const routes = regulation.routes.filter((r) => r.channel === channel);
  if (routes.length === 0) throw new AppError('CHANNEL_NOT_OFFERED', `${regulation.id} has no ${channel} route`, { channel });
  // The sender's conditions are those every route of the channel shares (the routes differ in the provider's steps).
  const route = routes[0]!;
  const now = app.clock();

  checkAuthorization(route, submission);
  // The uploads are read once for both checks that need them (issue #15: the same read was issued twice).
  const uploads = await ownedUnusedUploads(app, submission);
  // What the regulation requires of the application is checked before the signature (issue #17): an incomplete one
  // is refused naming each missing item, whoever signed it.
  await checkSubmissionComplete(app, submission, uploads);
  const signatureVerified = await checkRequestSignature(app, route, submission, now);
  checkAttachments(regulation, route, submission, uploads);

  const provider = await cachedRegionProvider(app, regulation.region);
  if (!provider) throw new AppError('REGULATION_NOT_FOUND', `no provider in ${regulation.region} for ${regulation.id}`, { regulationId: regulation.id });

  const body = { ...submission, attachmentIds: [...submission.attachmentIds] };
  const envelope = buildEnvelope({ messageId: app.newId(), serviceId: regulation.service.code, recipient: provider.id, sentAt: now, body });
  // One server (the default): the envelope crosses no boundary and is not signed (core/gateway/envelope.ts).
  const envelopeSignature =
    envelopeCheckOf(app) === 'oneServer' ? UNSIGNED_ENVELOPE : await (await app.gatewayKeys(now)).sign(submission.sender, envelopeBytes(envelope), now);
  await insertOutboxMessage(app.db, { envelope, envelopeSignature, body, createdAt: now });
  return { messageId: envelope.messageId, signatureVerified, envelope, body };
}

/** Which of the submission's attachment ids are the submitter's own uploads, not yet part of a case. */
async function ownedUnusedUploads(app: AppContext, submission: Omit<ChannelSubmission, 'requestSignature'>): Promise<AttachmentMeta[]> {
  const ids = [...new Set(submission.attachmentIds)].filter((id) => UUID.test(id));
  const found = await findAttachments(app.db, ids);
  return found.filter((a) => a.owner.kind === submission.submittedBy.kind && a.owner.id === submission.submittedBy.id && a.caseId === null);
}

/**
 * The regulation's required fields, consents and documents for a portal or desk submission, each missing one named
 * (core/regulation/intake-completeness.ts). The browser asks the same before it signs (POST /api/requests/bytes), so
 * an incomplete application is never signed; the submission checks it again, since a client may skip that.
 * `uploads`: the submitter's own unused uploads when the caller has read them already.
 */
export async function checkSubmissionComplete(app: AppContext, submission: Omit<ChannelSubmission, 'requestSignature'>, uploads?: readonly AttachmentMeta[]): Promise<void> {
  const regulation = app.catalog.get(submission.regulationId);
  const owned = uploads ?? (await ownedUnusedUploads(app, submission));
  const attached = new Set(owned.flatMap((a) => (a.documentId ? [a.documentId] : [])));
  const refusal = intakeRefusal(intakeProblems(regulation, submission.formData, attached));
  if (refusal) throw refusal;
}

/** Condition 1: on the portal, the signed-in citizen applies for themself (seed 000 lines 762-766). */
function checkAuthorization(route: RegulationRoute, submission: ChannelSubmission): void {
  if (submission.sender !== 'portal') return;
  if (submission.submittedBy.kind !== 'citizen' || submission.submittedBy.id !== submission.applicantIin) {
    throw refusedByCondition(route, 'authorization', 'CITIZEN_AUTHORIZATION_REFUSED', `portal submission by ${submission.submittedBy.kind}:${submission.submittedBy.id} for ${submission.applicantIin}`);
  }
}

/**
 * Condition 2 (seed 000 lines 770-774): the EDS over the request — the IIN of the request is the certificate's, the
 * certificate is valid and not revoked. The portal's request is signed by the applicant; the desk's by its operator.
 * With verification switched off (QYZMET_EDS_VERIFICATION=off) a signature is still required but recorded unverified.
 */
async function checkRequestSignature(app: AppContext, route: RegulationRoute, submission: ChannelSubmission, now: Date): Promise<boolean> {
  const required = route.intakeFlow.some((item) => item.check === 'signature') || submission.sender === 'portal';
  if (!submission.requestSignature) {
    if (required) throw refusedByCondition(route, 'signature', 'SIGNATURE_INVALID', 'the request is not signed');
    return false;
  }
  if (!app.signatureVerifier) return false;
  let expectedIin = submission.applicantIin;
  let expectedBin: string | undefined;
  if (submission.submittedBy.kind === 'staff') {
    const operator = await findStaff(app.db, submission.submittedBy.id);
    if (!operator) throw new AppError('UNAUTHENTICATED', `no staff ${submission.submittedBy.id}`);
    expectedIin = operator.iin;
    // The operator signs for the State Corporation branch: an employee key of that branch (OU=BIN…).
    const branch = operator.providerId ? await findProvider(app.db, operator.providerId) : null;
    expectedBin = branch?.bin;
  }
  const { requestSignature: _omitted, ...unsigned } = submission;
  const verdict = await app.signatureVerifier.verify({
    contentBytes: requestBytes(unsigned),
    signature: submission.requestSignature,
    expectedIin,
    ...(expectedBin ? { expectedBin } : {}),
    at: now,
  });
  if (!verdict.valid) throw refusedByCondition(route, 'signature', verdict.code, verdict.reason);
  return true;
}

/**
 * The uploads must exist and belong to whoever submits, stay within the per-application total, and — where the route
 * checks the documents (condition "documentsComplete", e.g. seed 001 portal flows) — cover every required document.
 * `owned`: the submitter's own unused uploads among the ids (ownedUnusedUploads).
 */
function checkAttachments(regulation: Regulation, route: RegulationRoute, submission: ChannelSubmission, owned: readonly AttachmentMeta[]): void {
  const ids = [...new Set(submission.attachmentIds)];
  if (ids.some((id) => !UUID.test(id))) throw fieldRefusal('attachmentIds', UNKNOWN_ATTACHMENT, 'attachment id is not a uuid');
  if (owned.length !== ids.length) {
    throw fieldRefusal('attachmentIds', UNKNOWN_ATTACHMENT, `attachments ${ids.join(',')} are not all this submitter's unused uploads`);
  }
  const totalBytes = owned.reduce((sum, a) => sum + a.sizeBytes, 0);
  if (totalBytes > MAX_ATTACHMENTS_TOTAL_BYTES) {
    throw new AppError('ATTACHMENTS_TOTAL_TOO_LARGE', `${totalBytes} bytes attached`, { limitMegabytes: MAX_ATTACHMENTS_TOTAL_BYTES / 1024 / 1024 });
  }
  if (route.intakeFlow.some((item) => item.check === 'documentsComplete')) {
    const attached = new Set(owned.map((a) => a.documentId));
    const missing = regulation.requiredDocuments.filter((d) => d.required && !attached.has(d.id)).map((d) => d.id);
    if (missing.length > 0) throw refusedByCondition(route, 'documentsComplete', 'VALIDATION_FAILED', `missing documents ${missing.join(', ')}`, { missingDocuments: missing.join(', ') });
  }
}
