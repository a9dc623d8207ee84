import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { toArrayBuffer } from './bytes.ts';
import { EXTENSION_OID, KEY_USAGE_BIT, type KeyUsageName, OCSP_OID } from './oids.ts';

export { KEY_USAGE_BIT, type KeyUsageName };

function extension(extnID: string, critical: boolean, value: asn1js.AsnType): pkijs.Extension {
  return new pkijs.Extension({ extnID, critical, extnValue: value.toBER(false) });
}

export function keyUsageExtension(usages: readonly KeyUsageName[]): pkijs.Extension {
  let byte = 0;
  for (const usage of usages) byte |= 0x80 >> KEY_USAGE_BIT[usage];
  // DER drops trailing zero bits of a named-bit list, so unusedBits counts them.
  let unusedBits = 0;
  while (unusedBits < 7 && (byte & (1 << unusedBits)) === 0) unusedBits++;
  const bits = new asn1js.BitString({ valueHex: new Uint8Array([byte]).buffer, unusedBits });
  return extension(EXTENSION_OID.keyUsage, true, bits);
}

/** The KeyUsage names set in a certificate, or null when it has no KeyUsage extension. */
export function readKeyUsage(certificate: pkijs.Certificate): Set<KeyUsageName> | null {
  const found = certificate.extensions?.find((candidate) => candidate.extnID === EXTENSION_OID.keyUsage);
  if (!found) return null;
  const parsed = asn1js.fromBER(found.extnValue.valueBlock.valueHexView);
  if (parsed.offset === -1 || !(parsed.result instanceof asn1js.BitString)) return new Set();
  const firstByte = parsed.result.valueBlock.valueHexView[0] ?? 0;
  const names = new Set<KeyUsageName>();
  for (const [name, bit] of Object.entries(KEY_USAGE_BIT) as [KeyUsageName, number][]) {
    if (firstByte & (0x80 >> bit)) names.add(name);
  }
  return names;
}

export function basicConstraintsExtension(isCa: boolean, pathLengthConstraint?: number): pkijs.Extension {
  const value = new pkijs.BasicConstraints(
    pathLengthConstraint === undefined ? { cA: isCa } : { cA: isCa, pathLenConstraint: pathLengthConstraint },
  );
  return extension(EXTENSION_OID.basicConstraints, true, value.toSchema());
}

export function isCaCertificate(certificate: pkijs.Certificate): boolean {
  const found = certificate.extensions?.find((candidate) => candidate.extnID === EXTENSION_OID.basicConstraints);
  return found?.parsedValue instanceof pkijs.BasicConstraints && found.parsedValue.cA === true;
}

export function extendedKeyUsageExtension(purposeOids: readonly string[]): pkijs.Extension {
  return extension(EXTENSION_OID.extendedKeyUsage, false, new pkijs.ExtKeyUsage({ keyPurposes: [...purposeOids] }).toSchema());
}

/** EKU purpose OIDs, or null when the certificate has no EKU extension. */
export function readExtendedKeyUsage(certificate: pkijs.Certificate): string[] | null {
  const found = certificate.extensions?.find((candidate) => candidate.extnID === EXTENSION_OID.extendedKeyUsage);
  if (!found) return null;
  return found.parsedValue instanceof pkijs.ExtKeyUsage ? [...found.parsedValue.keyPurposes] : [];
}

export function certificatePoliciesExtension(policyOids: readonly string[]): pkijs.Extension {
  const policies = new pkijs.CertificatePolicies({
    certificatePolicies: policyOids.map((policyIdentifier) => new pkijs.PolicyInformation({ policyIdentifier })),
  });
  return extension(EXTENSION_OID.certificatePolicies, false, policies.toSchema());
}

export function readCertificatePolicies(certificate: pkijs.Certificate): string[] {
  const found = certificate.extensions?.find((candidate) => candidate.extnID === EXTENSION_OID.certificatePolicies);
  return found?.parsedValue instanceof pkijs.CertificatePolicies
    ? found.parsedValue.certificatePolicies.map((policy) => policy.policyIdentifier)
    : [];
}

const GENERAL_NAME_URI = 6;

export function crlDistributionPointsExtension(urls: readonly string[]): pkijs.Extension {
  const points = new pkijs.CRLDistributionPoints({
    distributionPoints: urls.map(
      (url) => new pkijs.DistributionPoint({ distributionPoint: [new pkijs.GeneralName({ type: GENERAL_NAME_URI, value: url })] }),
    ),
  });
  return extension(EXTENSION_OID.crlDistributionPoints, false, points.toSchema());
}

export function readCrlDistributionUrls(certificate: pkijs.Certificate): string[] {
  const found = certificate.extensions?.find((candidate) => candidate.extnID === EXTENSION_OID.crlDistributionPoints);
  if (!(found?.parsedValue instanceof pkijs.CRLDistributionPoints)) return [];
  return found.parsedValue.distributionPoints.flatMap((point) =>
    Array.isArray(point.distributionPoint)
      ? point.distributionPoint.filter((name) => name.type === GENERAL_NAME_URI).map((name) => String(name.value))
      : [],
  );
}

export interface AuthorityInfoAccess {
  /** OCSP responders (RFC 6960), asked first by a relying party. */
  readonly ocsp: readonly string[];
  /** Where the issuing CA's certificate can be fetched (DER), so a path can be built without a bundle. */
  readonly caIssuers: readonly string[];
}

/** RFC 5280 §4.2.2.1 AuthorityInfoAccess with URI locations; never critical. */
export function authorityInfoAccessExtension(access: { readonly ocsp?: string | null; readonly caIssuers?: string | null }): pkijs.Extension {
  const descriptions: pkijs.AccessDescription[] = [];
  const describe = (accessMethod: string, url: string) =>
    new pkijs.AccessDescription({ accessMethod, accessLocation: new pkijs.GeneralName({ type: GENERAL_NAME_URI, value: url }) });
  if (access.ocsp) descriptions.push(describe(OCSP_OID.accessMethodOcsp, access.ocsp));
  if (access.caIssuers) descriptions.push(describe(OCSP_OID.accessMethodCaIssuers, access.caIssuers));
  return extension(EXTENSION_OID.authorityInfoAccess, false, new pkijs.InfoAccess({ accessDescriptions: descriptions }).toSchema());
}

export function readAuthorityInfoAccess(certificate: pkijs.Certificate): AuthorityInfoAccess {
  const found = certificate.extensions?.find((candidate) => candidate.extnID === EXTENSION_OID.authorityInfoAccess);
  if (!(found?.parsedValue instanceof pkijs.InfoAccess)) return { ocsp: [], caIssuers: [] };
  const urlsOf = (method: string) =>
    found.parsedValue.accessDescriptions
      .filter((description: pkijs.AccessDescription) => description.accessMethod === method && description.accessLocation.type === GENERAL_NAME_URI)
      .map((description: pkijs.AccessDescription) => String(description.accessLocation.value));
  return { ocsp: urlsOf(OCSP_OID.accessMethodOcsp), caIssuers: urlsOf(OCSP_OID.accessMethodCaIssuers) };
}

/** RFC 5280 method 1: SHA-1 of the subjectPublicKey BIT STRING contents. */
export async function keyIdentifierOf(publicKeyInfo: pkijs.PublicKeyInfo): Promise<Uint8Array> {
  const keyBits = publicKeyInfo.subjectPublicKey.valueBlock.valueHexView;
  return new Uint8Array(await globalThis.crypto.subtle.digest('SHA-1', toArrayBuffer(keyBits)));
}

export async function keyIdentifierOfPublicKey(publicKey: CryptoKey): Promise<Uint8Array> {
  const spki = await globalThis.crypto.subtle.exportKey('spki', publicKey);
  return keyIdentifierOf(pkijs.PublicKeyInfo.fromBER(spki));
}

export function subjectKeyIdentifierExtension(keyId: Uint8Array): pkijs.Extension {
  return extension(EXTENSION_OID.subjectKeyIdentifier, false, new asn1js.OctetString({ valueHex: toArrayBuffer(keyId) }));
}

export function authorityKeyIdentifierExtension(keyId: Uint8Array): pkijs.Extension {
  const value = new pkijs.AuthorityKeyIdentifier({ keyIdentifier: new asn1js.OctetString({ valueHex: toArrayBuffer(keyId) }) });
  return extension(EXTENSION_OID.authorityKeyIdentifier, false, value.toSchema());
}

export function crlNumberExtension(crlNumber: number): pkijs.Extension {
  return extension(EXTENSION_OID.crlNumber, false, new asn1js.Integer({ value: crlNumber }));
}
