import { createHash } from 'node:crypto';
import { canonicalBytes } from '../documents/canonical-bytes.ts';

/**
 * The gateway between channels (the e-gov portal, the State Corporation desk) and providers, modelled on the e-gov
 * gateway (ШЭП, /work/shared/reference/kz-ecosystem.md "e-gov gateway"): every request travels in an envelope naming
 * the message, the service, the sending system, the receiving provider and the moment it was sent; the sending
 * system signs the envelope, and the envelope binds the body by its digest. Pure: the clock and ids come in.
 */
export type GatewaySender = 'portal' | 'stateCorporation';

/**
 * How the sending system's signature over the envelope is used (QYZMET_GATEWAY_ENVELOPE_CHECK, issue #15):
 * - `oneServer`: the portal, the desk and the providers are parts of this one server (its workers share one database),
 *   so the envelope crosses no boundary: it is neither signed nor checked, only its body digest is. Messages are
 *   stored with UNSIGNED_ENVELOPE.
 * - `stored`: every envelope is signed; a message read back from the outbox (a retry, another worker's delivery) is
 *   checked, the one the submitting call delivers from memory is not.
 * - `always`: every envelope is signed and checked, as between separate systems.
 */
export type GatewayEnvelopeCheck = 'oneServer' | 'stored' | 'always';

/** The configured check; a context without one (tests building their own) runs as one server, the default. */
export function envelopeCheckOf(settings: { readonly gatewayEnvelopeCheck?: GatewayEnvelopeCheck }): GatewayEnvelopeCheck {
  return settings.gatewayEnvelopeCheck ?? 'oneServer';
}

/** The envelope signature of a message written under `oneServer`: none. Refused on delivery under the other modes. */
export const UNSIGNED_ENVELOPE = '';

export interface ChannelSubmission {
  readonly sender: GatewaySender;
  /** Who pressed submit: a citizen account (portal) or a State Corporation operator (staff id). */
  readonly submittedBy: { readonly kind: 'citizen' | 'staff'; readonly id: string };
  readonly regulationId: string;
  readonly applicantIin: string;
  readonly formData: Readonly<Record<string, unknown>>;
  /** Ids returned by POST /api/attachments (stored uploads). */
  readonly attachmentIds: readonly string[];
  /** CMS (Base64 or PEM) over requestBytes(...) of this submission, by the applicant (portal) or the operator (desk). */
  readonly requestSignature: string | null;
  /** Someone acting for the applicant by power of attorney (desk); null when the applicant acts in person. */
  readonly representative: {
    readonly iin: string;
    readonly fullName: string;
    readonly powerOfAttorney: { readonly number: string; readonly issuedOn: string; readonly validUntil: string };
  } | null;
}

/**
 * The canonical bytes a submission's signature covers: sorted-key JSON of everything the applicant asks for (the
 * signature itself excluded). The browser signs exactly these; the server rebuilds them and checks the signature.
 * Attachment ids are sorted: their order on the form carries no meaning.
 */
export function requestBytes(submission: Omit<ChannelSubmission, 'requestSignature'>): Uint8Array {
  return canonicalBytes({
    kind: 'qyzmet.request.v1',
    sender: submission.sender,
    submittedBy: submission.submittedBy,
    regulationId: submission.regulationId,
    applicantIin: submission.applicantIin,
    formData: submission.formData,
    attachmentIds: [...submission.attachmentIds].sort(),
    representative: submission.representative,
  });
}

export interface GatewayEnvelope {
  readonly messageId: string;
  /** The regulation's service code (the e-gov gateway's service id). */
  readonly serviceId: string;
  readonly sender: GatewaySender;
  /** The provider the message is for. */
  readonly recipient: string;
  readonly sentAt: string;
  /** SHA-256 (hex) of the body's canonical bytes. */
  readonly bodyDigest: string;
}

/** What a gateway message carries: the submission as signed by the applicant or the operator. */
export type GatewayBody = ChannelSubmission;

export function bodyBytes(body: GatewayBody): Uint8Array {
  return canonicalBytes({ ...body, attachmentIds: [...body.attachmentIds].sort() });
}

export function digestHex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function buildEnvelope(input: { messageId: string; serviceId: string; recipient: string; sentAt: Date; body: GatewayBody }): GatewayEnvelope {
  return {
    messageId: input.messageId,
    serviceId: input.serviceId,
    sender: input.body.sender,
    recipient: input.recipient,
    sentAt: input.sentAt.toISOString(),
    bodyDigest: digestHex(bodyBytes(input.body)),
  };
}

/** The bytes the sending system's signature covers. */
export function envelopeBytes(envelope: GatewayEnvelope): Uint8Array {
  return canonicalBytes({ kind: 'qyzmet.envelope.v1', ...envelope });
}

/** A delivered body must be the one the envelope names; anything else was altered on the way. */
export function bodyMatchesEnvelope(envelope: GatewayEnvelope, body: GatewayBody): boolean {
  return envelope.bodyDigest === digestHex(bodyBytes(body)) && envelope.sender === body.sender;
}

/** The channel a sender files cases on. */
export function channelOf(sender: GatewaySender): 'portal' | 'stateCorporation' {
  return sender;
}
