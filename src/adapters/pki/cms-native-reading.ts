import type { AlgorithmsInUse } from './algorithm-policy.ts';
import { bytesEqual } from './bytes.ts';
import { type SignedDataView, type SignerInfoView, attributeValue, readSignedData, signingTimeOfView } from './cms-der-reader.ts';
import { DER_TAG, DerFormatError, DerNotStrictError, readOctetString, readOid } from './der-reader.ts';
import { digest, hashNameOfDigest, hashNameOfSignature, signatureMatches } from './native-crypto.ts';
import { CMS_OID } from './oids.ts';
import type { ParsedCertificate, ParsedCertificateCache } from './parsed-certificates.ts';
import { checkSigningCertificateBindingDer } from './signing-certificate-binding-der.ts';

/**
 * What the verifier's shared checks (chain, validity, revocation, key usage, identity) need from a parsed signature,
 * whichever reader produced it: the native DER reader (the hot path) or pkijs (BER inputs).
 */
export interface SignatureUnderCheck {
  readonly signerCertificate: ParsedCertificate;
  readonly algorithms: AlgorithmsInUse;
  readonly signedAt: Date | null;
  /** The other certificates the CMS carries; parsed only when the trust store's own do not reach a root. */
  otherCertificates(): ParsedCertificate[];
  /** Null when the signature is right for these bytes, else why not (the SIGNATURE_INVALID reason). */
  mathProblem(contentBytes: Uint8Array): Promise<string | null>;
}

export type NativeReading =
  | { readonly kind: 'read'; readonly signature: SignatureUnderCheck }
  | { readonly kind: 'invalid'; readonly reason: string }
  /** Valid BER that strict DER refuses: the caller reads it with pkijs instead. */
  | { readonly kind: 'notStrictDer' };

function findSigner(view: SignedDataView, signerInfo: SignerInfoView, certificates: ParsedCertificateCache): ParsedCertificate | null {
  const sid = signerInfo.sid;
  for (const der of view.certificates) {
    const parsed = certificates.parse(der);
    const skeleton = parsed.skeleton;
    if (sid.kind === 'issuerAndSerial') {
      if (bytesEqual(skeleton.issuerDer, sid.issuerDer) && bytesEqual(skeleton.serial, sid.serial)) return parsed;
    } else if (bytesEqual(digest('sha1', skeleton.subjectPublicKey), sid.keyId)) {
      return parsed;
    }
  }
  return null;
}

/** The same checks, in the same order and with the same reasons, as the pkijs path (cms-pkijs-reading.ts). */
function mathProblemOf(view: SignedDataView, signerInfo: SignerInfoView, signer: ParsedCertificate, contentBytes: Uint8Array): string | null {
  if (view.eContent && !bytesEqual(view.eContent, contentBytes)) return 'The signature encapsulates other content than the document';
  if (!signerInfo.signedAttributesDer) return 'No signed attributes: not a CAdES signature';
  const contentType = attributeValue(signerInfo, CMS_OID.contentTypeAttribute);
  if (contentType?.tag !== DER_TAG.oid || readOid(contentType) !== view.eContentType) {
    return 'The contentType attribute does not match the encapsulated content type';
  }
  const digestHash = hashNameOfDigest(signerInfo.digestOid);
  const signatureHash = hashNameOfSignature(signerInfo.signatureOid, signerInfo.digestOid);
  if (!digestHash || !signatureHash) return `Unsupported algorithm ${signerInfo.digestOid} / ${signerInfo.signatureOid}`;
  const messageDigest = attributeValue(signerInfo, CMS_OID.messageDigestAttribute);
  if (messageDigest?.tag !== DER_TAG.octetString) return 'No messageDigest attribute among the signed attributes';
  if (!bytesEqual(readOctetString(messageDigest), digest(digestHash, contentBytes))) return 'The message digest does not match the document';
  let publicKey;
  try {
    publicKey = signer.publicKey;
  } catch {
    return 'The signer certificate carries a public key that cannot be read';
  }
  if (!signatureMatches(signatureHash, signerInfo.signedAttributesDer, publicKey, signerInfo.signature, signerInfo.signatureOid)) {
    return 'The signature does not match the document';
  }
  const binding = checkSigningCertificateBindingDer(signerInfo, signer.skeleton.der);
  return binding.bound ? null : binding.reason;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Reads a CMS with the strict DER reader; never throws (a DER problem is an 'invalid' reading). */
export function readSignatureNatively(der: Uint8Array, certificates: ParsedCertificateCache): NativeReading {
  try {
    const view = readSignedData(der);
    if (view.signerInfos.length !== 1) return { kind: 'invalid', reason: `Expected exactly one signer, found ${view.signerInfos.length}` };
    const signerInfo = view.signerInfos[0] as SignerInfoView;
    const signer = findSigner(view, signerInfo, certificates);
    if (!signer) return { kind: 'invalid', reason: 'The CMS does not carry the signer certificate' };
    const signature: SignatureUnderCheck = {
      signerCertificate: signer,
      algorithms: {
        digestOid: signerInfo.digestOid,
        signatureOid: signerInfo.signatureOid,
        signerPublicKeyOid: signer.skeleton.publicKeyAlgorithmOid,
      },
      signedAt: signingTimeOfView(signerInfo),
      otherCertificates: () => view.certificates.map((certificateDer) => certificates.parse(certificateDer)).filter((certificate) => certificate !== signer),
      mathProblem: async (contentBytes) => {
        try {
          return mathProblemOf(view, signerInfo, signer, contentBytes);
        } catch (error) {
          return errorText(error);
        }
      },
    };
    return { kind: 'read', signature };
  } catch (error) {
    if (error instanceof DerNotStrictError) return { kind: 'notStrictDer' };
    if (error instanceof DerFormatError) return { kind: 'invalid', reason: `The signature is not a CMS SignedData: ${error.message}` };
    return { kind: 'invalid', reason: `The signature is not a CMS SignedData: ${errorText(error)}` };
  }
}
