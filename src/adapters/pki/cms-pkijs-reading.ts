import * as asn1js from 'asn1js';
import type * as pkijs from 'pkijs';
import { bytesEqual, toArrayBuffer } from './bytes.ts';
import { certificateToDer } from './certificate-builder.ts';
import type { SignatureUnderCheck } from './cms-native-reading.ts';
import { embeddedCertificates, encapsulatedContent, findSignerCertificate, parseSignedDataDer, signedAttribute, signingTimeOf } from './cms-parse.ts';
import { pkiEngine } from './key-algorithms.ts';
import { CMS_OID } from './oids.ts';
import type { ParsedCertificateCache } from './parsed-certificates.ts';
import { checkSigningCertificateBinding } from './signing-certificate-binding.ts';

/**
 * The pkijs reading of a CMS in BER (indefinite lengths, constructed strings), which the strict DER reader hands back
 * as not strict: off the hot path (some tools stream BER). It answers the same SignatureUnderCheck as the native
 * reading, so every later check (chain, validity, revocation, key usage, identity) is the same code for both; the
 * certificates themselves must be DER (X.509 signs their DER) and are read by the strict reader.
 */
export type PkijsReading = { readonly signature: SignatureUnderCheck } | { readonly invalid: string };

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function readSignatureWithPkijs(der: Uint8Array, certificates: ParsedCertificateCache): Promise<PkijsReading> {
  let signedData: pkijs.SignedData;
  try {
    signedData = parseSignedDataDer(der);
  } catch (error) {
    return { invalid: `The signature is not a CMS SignedData: ${errorText(error)}` };
  }
  if (signedData.signerInfos.length !== 1) return { invalid: `Expected exactly one signer, found ${signedData.signerInfos.length}` };
  const signerInfo = signedData.signerInfos[0] as pkijs.SignerInfo;
  const pkijsSigner = await findSignerCertificate(signedData, signerInfo);
  if (!pkijsSigner) return { invalid: 'The CMS does not carry the signer certificate' };
  try {
    const signer = certificates.parse(certificateToDer(pkijsSigner));
    return {
      signature: {
        signerCertificate: signer,
        algorithms: {
          digestOid: signerInfo.digestAlgorithm.algorithmId,
          signatureOid: signerInfo.signatureAlgorithm.algorithmId,
          signerPublicKeyOid: signer.skeleton.publicKeyAlgorithmOid,
        },
        signedAt: signingTimeOf(signerInfo),
        otherCertificates: () =>
          embeddedCertificates(signedData)
            .filter((certificate) => certificate !== pkijsSigner)
            .map((certificate) => certificates.parse(certificateToDer(certificate))),
        mathProblem: (contentBytes) => signatureMathProblem(signedData, signerInfo, pkijsSigner, contentBytes),
      },
    };
  } catch (error) {
    return { invalid: `The signature is not a CMS SignedData: ${errorText(error)}` };
  }
}

async function signatureMathProblem(signedData: pkijs.SignedData, signerInfo: pkijs.SignerInfo, signerCertificate: pkijs.Certificate, contentBytes: Uint8Array): Promise<string | null> {
  // pkijs would verify an attached signature against its own embedded content and ignore ours.
  const attached = encapsulatedContent(signedData);
  if (attached && !bytesEqual(attached, contentBytes)) return 'The signature encapsulates other content than the document';
  if (!signerInfo.signedAttrs) return 'No signed attributes: not a CAdES signature';
  const contentType = signedAttribute(signerInfo, CMS_OID.contentTypeAttribute);
  if (!(contentType instanceof asn1js.ObjectIdentifier) || contentType.valueBlock.toString() !== signedData.encapContentInfo.eContentType) {
    return 'The contentType attribute does not match the encapsulated content type';
  }
  try {
    const result = await signedData.verify({ signer: 0, data: toArrayBuffer(contentBytes), checkChain: false, extendedMode: true }, pkiEngine);
    if (result.signatureVerified !== true) return 'The signature does not match the document';
  } catch (error) {
    // pkijs reports a digest mismatch (tampered content) and malformed structures as SignedDataVerifyError.
    return errorText(error).replace(/^Error during verification: /, '');
  }
  const binding = await checkSigningCertificateBinding(signerInfo, signerCertificate);
  return binding.bound ? null : binding.reason;
}
