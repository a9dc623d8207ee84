/**
 * Object identifiers the local PKI writes and the verifier reads.
 * NCA values come from kz-ecosystem.md §3 (decoded NCA certificate templates, NCANode, gokalkan).
 */

/** X.520 attribute types used in the NCA subject profile. */
export const NAME_ATTRIBUTE_OID = {
  commonName: '2.5.4.3',
  surname: '2.5.4.4',
  serialNumber: '2.5.4.5',
  country: '2.5.4.6',
  locality: '2.5.4.7',
  stateOrProvince: '2.5.4.8',
  organization: '2.5.4.10',
  organizationalUnit: '2.5.4.11',
  /** In the NCA profile G holds the patronymic, not the first name (the first name is the second word of CN). */
  givenName: '2.5.4.42',
  emailAddress: '1.2.840.113549.1.9.1',
} as const;

/** Short names for printing a DN the way NCA tools show it. */
export const NAME_ATTRIBUTE_SHORT_NAME: Readonly<Record<string, string>> = {
  [NAME_ATTRIBUTE_OID.commonName]: 'CN',
  [NAME_ATTRIBUTE_OID.surname]: 'SURNAME',
  [NAME_ATTRIBUTE_OID.serialNumber]: 'SERIALNUMBER',
  [NAME_ATTRIBUTE_OID.country]: 'C',
  [NAME_ATTRIBUTE_OID.locality]: 'L',
  [NAME_ATTRIBUTE_OID.stateOrProvince]: 'S',
  [NAME_ATTRIBUTE_OID.organization]: 'O',
  [NAME_ATTRIBUTE_OID.organizationalUnit]: 'OU',
  [NAME_ATTRIBUTE_OID.givenName]: 'G',
  [NAME_ATTRIBUTE_OID.emailAddress]: 'E',
};

export const EXTENSION_OID = {
  subjectKeyIdentifier: '2.5.29.14',
  keyUsage: '2.5.29.15',
  basicConstraints: '2.5.29.19',
  crlNumber: '2.5.29.20',
  crlReason: '2.5.29.21',
  crlDistributionPoints: '2.5.29.31',
  certificatePolicies: '2.5.29.32',
  authorityKeyIdentifier: '2.5.29.35',
  extendedKeyUsage: '2.5.29.37',
  /** RFC 5280 §4.2.2.1: where the issuer's certificate (caIssuers) and its OCSP responder are. */
  authorityInfoAccess: '1.3.6.1.5.5.7.1.1',
} as const;

/** RFC 5280 §4.2.1.3 KeyUsage bit numbers 0–7 (decipherOnly, bit 8, is never used here). */
export const KEY_USAGE_BIT = {
  digitalSignature: 0,
  nonRepudiation: 1,
  keyEncipherment: 2,
  dataEncipherment: 3,
  keyAgreement: 4,
  keyCertSign: 5,
  cRLSign: 6,
  encipherOnly: 7,
} as const;

export type KeyUsageName = keyof typeof KEY_USAGE_BIT;

/** RFC 5280 §4.2.2.1 access methods and RFC 6960 OCSP identifiers. */
export const OCSP_OID = {
  accessMethodOcsp: '1.3.6.1.5.5.7.48.1',
  accessMethodCaIssuers: '1.3.6.1.5.5.7.48.2',
  basicResponse: '1.3.6.1.5.5.7.48.1.1',
  nonce: '1.3.6.1.5.5.7.48.1.2',
  sha1: '1.3.14.3.2.26',
} as const;

export const EXTENDED_KEY_USAGE_OID = {
  clientAuth: '1.3.6.1.5.5.7.3.2',
  /** NCA signing keys carry emailProtection (kz-ecosystem.md §3). */
  emailProtection: '1.3.6.1.5.5.7.3.4',
} as const;

/** "Key user" role OIDs placed in the EKU (kz-ecosystem.md §3, legal act V2000021440). */
export const NCA_ROLE_OID = {
  individual: '1.2.398.3.3.4.1.1',
  legalEntity: '1.2.398.3.3.4.1.2',
  firstHead: '1.2.398.3.3.4.1.2.1',
  employee: '1.2.398.3.3.4.1.2.5',
} as const;

/** certificatePolicies values of the NCA. */
export const NCA_POLICY_OID = {
  signingLegalEntity: '1.2.398.3.3.2.1',
  authenticationLegalEntity: '1.2.398.3.3.2.2',
  signingIndividual: '1.2.398.3.3.2.3',
  authenticationIndividual: '1.2.398.3.3.2.4',
} as const;

export const ALGORITHM_OID = {
  rsaEncryption: '1.2.840.113549.1.1.1',
  sha256WithRsa: '1.2.840.113549.1.1.11',
  sha384WithRsa: '1.2.840.113549.1.1.12',
  sha512WithRsa: '1.2.840.113549.1.1.13',
  ecPublicKey: '1.2.840.10045.2.1',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  ecdsaWithSha384: '1.2.840.10045.4.3.3',
  ecdsaWithSha512: '1.2.840.10045.4.3.4',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha384: '2.16.840.1.101.3.4.2.2',
  sha512: '2.16.840.1.101.3.4.2.3',
  namedCurveP256: '1.2.840.10045.3.1.7',
  namedCurveP384: '1.3.132.0.34',
} as const;

/** Kazakh GOST algorithm OIDs (Kalkan / NCANode KalkanUtil.java). */
export const GOST_ALGORITHM_OID = {
  gost34310With34311: '1.2.398.3.10.1.1.1.2',
  gost2015With256BitKey: '1.2.398.3.10.1.1.2.3.1',
  gost2015With512BitKey: '1.2.398.3.10.1.1.2.3.2',
  gost2015Hash256: '1.2.398.3.10.1.3.2',
  gost2015Hash512: '1.2.398.3.10.1.3.3',
} as const;

export const CMS_OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentTypeAttribute: '1.2.840.113549.1.9.3',
  messageDigestAttribute: '1.2.840.113549.1.9.4',
  signingTimeAttribute: '1.2.840.113549.1.9.5',
  /** ESS signing-certificate (SHA-1 ESSCertID), read for older signers. */
  signingCertificateAttribute: '1.2.840.113549.1.9.16.2.12',
  /** ESS signing-certificate-v2 (RFC 5035), required by CAdES-BES. */
  signingCertificateV2Attribute: '1.2.840.113549.1.9.16.2.47',
} as const;

export const PKCS12_OID = {
  keyBag: '1.2.840.113549.1.12.10.1.1',
  pkcs8ShroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
  certBag: '1.2.840.113549.1.12.10.1.3',
  x509CertificateInCertBag: '1.2.840.113549.1.9.22.1',
  friendlyNameAttribute: '1.2.840.113549.1.9.20',
  localKeyIdAttribute: '1.2.840.113549.1.9.21',
} as const;
