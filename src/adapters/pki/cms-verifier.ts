import type {
  EdsErrorCode,
  SignatureVerdict,
  SignatureVerifier,
  VerifySignatureInput,
} from '../../core/ports/signature-verifier.ts';
import { algorithmDisplayName, firstUnsupportedAlgorithm } from './algorithm-policy.ts';
import type { CertificateStatusChecker } from './certificate-status.ts';
import { type SignatureUnderCheck, readSignatureNatively } from './cms-native-reading.ts';
import { readSignatureWithPkijs } from './cms-pkijs-reading.ts';
import { keyUsageProblemFor, WRONG_KEY_CODE } from './key-usage-for-purpose.ts';
import { formatNameAttributes } from './name-attributes.ts';
import { type ParsedCertificate, ParsedCertificateCache } from './parsed-certificates.ts';
import { derFromPemBase64OrDer } from './pem.ts';
import { signerIdentityOf } from './signer-identity.ts';
import type { TrustStore } from './trust-store.ts';

export interface CmsSignatureVerifierDeps {
  readonly trustStore: TrustStore;
  readonly statusChecker: CertificateStatusChecker;
  /** How many distinct certificates the verifier keeps parsed (default DEFAULT_PARSED_CERTIFICATES). */
  readonly maxParsedCertificates?: number;
}

/** A staff certificate whose OU=BIN… is not the organisation's (kz-ecosystem.md §3: the BIN is in OU with prefix "BIN"). */
export const BIN_MISMATCH_CODE: EdsErrorCode = 'SIGNER_BIN_MISMATCH';

type Failure = Extract<SignatureVerdict, { valid: false }>;

function fail(code: EdsErrorCode, reason: string, details?: Record<string, string>): Failure {
  return details ? { valid: false, code, reason, details } : { valid: false, code, reason };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Verifies a CAdES-BES signature (CMS SignedData, one signer) over the given content, in a fixed order so the
 * first problem decides the code: parse → algorithm → signature math → chain → validity → revocation →
 * key usage → IIN → BIN. The clock is `input.at`; nothing here reads the system time.
 */
export class CmsSignatureVerifier implements SignatureVerifier {
  private readonly trustStore: TrustStore;
  private readonly statusChecker: CertificateStatusChecker;

  /** Certificates met in signatures, parsed once (bounded; see parsed-certificates.ts). */
  private readonly certificates: ParsedCertificateCache;

  constructor(deps: CmsSignatureVerifierDeps) {
    this.trustStore = deps.trustStore;
    this.statusChecker = deps.statusChecker;
    this.certificates = new ParsedCertificateCache(deps.maxParsedCertificates);
  }

  async verify(input: VerifySignatureInput): Promise<SignatureVerdict> {
    // 1. Parse: the strict DER reader and node:crypto first (issue #15); pkijs for BER-only encodings.
    let der: Uint8Array;
    try {
      der = derFromPemBase64OrDer(input.signature.trim());
    } catch (error) {
      return fail('SIGNATURE_INVALID', `The signature is not a CMS SignedData: ${errorText(error)}`);
    }
    const reading = readSignatureNatively(der, this.certificates);
    if (reading.kind === 'invalid') return fail('SIGNATURE_INVALID', reading.reason);
    let parsed: SignatureUnderCheck;
    if (reading.kind === 'read') {
      parsed = reading.signature;
    } else {
      const legacy = await readSignatureWithPkijs(der, this.certificates);
      if ('invalid' in legacy) return fail('SIGNATURE_INVALID', legacy.invalid);
      parsed = legacy.signature;
    }
    const signerCertificate = parsed.signerCertificate;
    const signer = signerCertificate.skeleton;

    // 2. Algorithms we can check at all (GOST cannot be, see algorithm-policy.ts).
    const unsupported = firstUnsupportedAlgorithm(parsed.algorithms);
    if (unsupported) {
      const algorithm = algorithmDisplayName(unsupported);
      return fail('UNSUPPORTED_ALGORITHM', `Signature algorithm ${algorithm} cannot be verified`, { algorithm });
    }

    // 3. Signature math over the given content.
    const mathProblem = await parsed.mathProblem(input.contentBytes);
    if (mathProblem) return fail('SIGNATURE_INVALID', mathProblem);

    // 4. Chain to a trusted root.
    // The store's own certificates first: the CMS's others are parsed only when they are needed to reach a root.
    let chain = this.trustStore.buildParsedChain(signerCertificate);
    if (!chain.trusted) {
      const others = parsed.otherCertificates();
      if (others.length > 0) chain = this.trustStore.buildParsedChain(signerCertificate, others);
    }
    if (!chain.trusted) return fail('CERTIFICATE_UNTRUSTED', chain.reason, { issuer: formatNameAttributes(signer.issuer) });

    // 5. Validity of every certificate on the path at the moment judged.
    for (const certificate of chain.path) {
      const which = certificate === signerCertificate ? 'signer' : 'issuing CA';
      const { notBefore, notAfter, subject } = certificate.skeleton;
      if (notBefore.getTime() > input.at.getTime()) {
        return fail('CERTIFICATE_NOT_YET_VALID', `The ${which} certificate "${formatNameAttributes(subject)}" is valid from ${notBefore.toISOString()}`, {
          certificate: which,
          notBefore: notBefore.toISOString(),
        });
      }
      if (notAfter.getTime() < input.at.getTime()) {
        return fail('CERTIFICATE_EXPIRED', `The ${which} certificate "${formatNameAttributes(subject)}" expired at ${notAfter.toISOString()}`, {
          certificate: which,
          notAfter: notAfter.toISOString(),
        });
      }
    }

    // 6. Revocation of the signer's certificate (CA certificates are trusted through the trust store itself).
    const issuer = chain.path[1];
    if (issuer) {
      const revocation = await this.revocationProblem(signerCertificate, issuer, input.at);
      if (revocation) return revocation;
    }

    // 7. The key made for the purpose: a signing key for documents, an authentication key for signing in.
    const purpose = input.purpose ?? 'signDocument';
    const keyUsageProblem = keyUsageProblemFor(signer, purpose);
    if (keyUsageProblem) return fail(WRONG_KEY_CODE[purpose], keyUsageProblem, { purpose });

    // 8–9. The person and organisation the request names.
    const identity = signerIdentityOf(signer);
    if (input.expectedIin !== undefined && identity.iin !== input.expectedIin) {
      return fail('SIGNER_IIN_MISMATCH', `The request names IIN ${input.expectedIin}, the certificate ${identity.iin ?? 'none'}`, {
        identifier: 'IIN',
        expected: input.expectedIin,
        actual: identity.iin ?? '',
      });
    }
    if (input.expectedBin !== undefined && identity.bin !== input.expectedBin) {
      return fail(BIN_MISMATCH_CODE, `The request names BIN ${input.expectedBin}, the certificate ${identity.bin ?? 'none'}`, {
        identifier: 'BIN',
        expected: input.expectedBin,
        // Shown in the kk/ru/en message, so a certificate without OU=BIN… reads as a dash, not as empty brackets.
        actual: identity.bin ?? '—',
      });
    }

    return { valid: true, signer: identity, signedAt: parsed.signedAt };
  }

  private async revocationProblem(certificate: ParsedCertificate, issuer: ParsedCertificate, at: Date): Promise<Failure | null> {
    const serial = certificate.skeleton.serialHex;
    let status;
    try {
      status = this.statusChecker.checkParsed
        ? await this.statusChecker.checkParsed(certificate, issuer, at)
        : await this.statusChecker.check(certificate.certificate, issuer.certificate, at);
    } catch (error) {
      return fail('CERTIFICATE_STATUS_UNAVAILABLE', `Certificate status check failed: ${errorText(error)}`, { serial });
    }
    if (status === 'revoked') return fail('CERTIFICATE_REVOKED', `Certificate ${serial} is revoked`, { serial });
    // Fail closed: a signature whose certificate nobody can vouch for is not accepted.
    if (status === 'unknown') {
      return fail('CERTIFICATE_STATUS_UNAVAILABLE', `No revocation information for certificate ${serial} from "${formatNameAttributes(issuer.skeleton.subject)}"`, {
        serial,
        status,
      });
    }
    return null;
  }
}
