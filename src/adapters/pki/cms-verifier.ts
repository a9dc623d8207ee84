import * as asn1js from 'asn1js';
import type * as pkijs from 'pkijs';
import type {
  EdsErrorCode,
  SignatureVerdict,
  SignatureVerifier,
  VerifySignatureInput,
} from '../../core/ports/signature-verifier.ts';
import { algorithmDisplayName, firstUnsupportedAlgorithm } from './algorithm-policy.ts';
import { bytesEqual, toArrayBuffer } from './bytes.ts';
import { serialNumberHex } from './certificate-builder.ts';
import type { CertificateStatusChecker } from './certificate-status.ts';
import { type SignatureUnderCheck, readSignatureNatively } from './cms-native-reading.ts';
import { embeddedCertificates, encapsulatedContent, findSignerCertificate, parseSignedDataDer, signedAttribute, signingTimeOf } from './cms-parse.ts';
import { formatName } from './distinguished-name.ts';
import { pkiEngine } from './key-algorithms.ts';
import { keyUsageProblemFor, WRONG_KEY_CODE } from './key-usage-for-purpose.ts';
import { CMS_OID } from './oids.ts';
import { ParsedCertificateCache } from './parsed-certificates.ts';
import { derFromPemBase64OrDer } from './pem.ts';
import { checkSigningCertificateBinding } from './signing-certificate-binding.ts';
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
      const legacy = await this.readWithPkijs(der);
      if ('code' in legacy) return legacy;
      parsed = legacy;
    }
    const signerCertificate = parsed.signerCertificate;

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
    let chain = await this.trustStore.buildChain(signerCertificate);
    if (!chain.trusted) {
      const others = parsed.otherCertificates();
      if (others.length > 0) chain = await this.trustStore.buildChain(signerCertificate, others);
    }
    if (!chain.trusted) return fail('CERTIFICATE_UNTRUSTED', chain.reason, { issuer: formatName(signerCertificate.issuer) });

    // 5. Validity of every certificate on the path at the moment judged.
    for (const certificate of chain.path) {
      const which = certificate === signerCertificate ? 'signer' : 'issuing CA';
      const subject = formatName(certificate.subject);
      if (certificate.notBefore.value.getTime() > input.at.getTime()) {
        return fail('CERTIFICATE_NOT_YET_VALID', `The ${which} certificate "${subject}" is valid from ${certificate.notBefore.value.toISOString()}`, {
          certificate: which,
          notBefore: certificate.notBefore.value.toISOString(),
        });
      }
      if (certificate.notAfter.value.getTime() < input.at.getTime()) {
        return fail('CERTIFICATE_EXPIRED', `The ${which} certificate "${subject}" expired at ${certificate.notAfter.value.toISOString()}`, {
          certificate: which,
          notAfter: certificate.notAfter.value.toISOString(),
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
    const keyUsageProblem = keyUsageProblemFor(signerCertificate, purpose);
    if (keyUsageProblem) return fail(WRONG_KEY_CODE[purpose], keyUsageProblem, { purpose });

    // 8–9. The person and organisation the request names.
    const signer = signerIdentityOf(signerCertificate);
    if (input.expectedIin !== undefined && signer.iin !== input.expectedIin) {
      return fail('SIGNER_IIN_MISMATCH', `The request names IIN ${input.expectedIin}, the certificate ${signer.iin ?? 'none'}`, {
        identifier: 'IIN',
        expected: input.expectedIin,
        actual: signer.iin ?? '',
      });
    }
    if (input.expectedBin !== undefined && signer.bin !== input.expectedBin) {
      return fail(BIN_MISMATCH_CODE, `The request names BIN ${input.expectedBin}, the certificate ${signer.bin ?? 'none'}`, {
        identifier: 'BIN',
        expected: input.expectedBin,
        // Shown in the kk/ru/en message, so a certificate without OU=BIN… reads as a dash, not as empty brackets.
        actual: signer.bin ?? '—',
      });
    }

    return { valid: true, signer, signedAt: parsed.signedAt };
  }

  /** The pkijs reading, for CMS in BER (indefinite lengths, constructed strings) that the strict DER reader refuses. */
  private async readWithPkijs(der: Uint8Array): Promise<SignatureUnderCheck | Failure> {
    let signedData: pkijs.SignedData;
    try {
      signedData = parseSignedDataDer(der);
    } catch (error) {
      return fail('SIGNATURE_INVALID', `The signature is not a CMS SignedData: ${errorText(error)}`);
    }
    if (signedData.signerInfos.length !== 1) {
      return fail('SIGNATURE_INVALID', `Expected exactly one signer, found ${signedData.signerInfos.length}`);
    }
    const signerInfo = signedData.signerInfos[0] as pkijs.SignerInfo;
    const signerCertificate = await findSignerCertificate(signedData, signerInfo);
    if (!signerCertificate) return fail('SIGNATURE_INVALID', 'The CMS does not carry the signer certificate');
    return {
      signerCertificate,
      algorithms: {
        digestOid: signerInfo.digestAlgorithm.algorithmId,
        signatureOid: signerInfo.signatureAlgorithm.algorithmId,
        signerPublicKeyOid: signerCertificate.subjectPublicKeyInfo.algorithm.algorithmId,
      },
      signedAt: signingTimeOf(signerInfo),
      otherCertificates: () => embeddedCertificates(signedData).filter((certificate) => certificate !== signerCertificate),
      mathProblem: (contentBytes) => this.signatureMathProblem(signedData, signerInfo, signerCertificate, contentBytes),
    };
  }

  private async signatureMathProblem(
    signedData: pkijs.SignedData,
    signerInfo: pkijs.SignerInfo,
    signerCertificate: pkijs.Certificate,
    contentBytes: Uint8Array,
  ): Promise<string | null> {
    // pkijs would verify an attached signature against its own embedded content and ignore ours.
    const attached = encapsulatedContent(signedData);
    if (attached && !bytesEqual(attached, contentBytes)) return 'The signature encapsulates other content than the document';
    if (!signerInfo.signedAttrs) return 'No signed attributes: not a CAdES signature';
    const contentType = signedAttribute(signerInfo, CMS_OID.contentTypeAttribute);
    if (!(contentType instanceof asn1js.ObjectIdentifier) || contentType.valueBlock.toString() !== signedData.encapContentInfo.eContentType) {
      return 'The contentType attribute does not match the encapsulated content type';
    }
    try {
      const result = await signedData.verify(
        { signer: 0, data: toArrayBuffer(contentBytes), checkChain: false, extendedMode: true },
        pkiEngine,
      );
      if (result.signatureVerified !== true) return 'The signature does not match the document';
    } catch (error) {
      // pkijs reports a digest mismatch (tampered content) and malformed structures as SignedDataVerifyError.
      return errorText(error).replace(/^Error during verification: /, '');
    }
    const binding = await checkSigningCertificateBinding(signerInfo, signerCertificate);
    return binding.bound ? null : binding.reason;
  }

  private async revocationProblem(certificate: pkijs.Certificate, issuer: pkijs.Certificate, at: Date): Promise<Failure | null> {
    const serial = serialNumberHex(certificate);
    let status;
    try {
      status = await this.statusChecker.check(certificate, issuer, at);
    } catch (error) {
      return fail('CERTIFICATE_STATUS_UNAVAILABLE', `Certificate status check failed: ${errorText(error)}`, { serial });
    }
    if (status === 'revoked') return fail('CERTIFICATE_REVOKED', `Certificate ${serial} is revoked`, { serial });
    // Fail closed: a signature whose certificate nobody can vouch for is not accepted.
    if (status === 'unknown') {
      return fail('CERTIFICATE_STATUS_UNAVAILABLE', `No revocation information for certificate ${serial} from "${formatName(issuer.subject)}"`, {
        serial,
        status,
      });
    }
    return null;
  }
}
