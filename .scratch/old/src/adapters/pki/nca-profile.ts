import type { KeyUsageName } from './certificate-extensions.ts';
import type { NameAttribute } from './distinguished-name.ts';
import { EXTENDED_KEY_USAGE_OID, NAME_ATTRIBUTE_OID, NCA_POLICY_OID, NCA_ROLE_OID } from './oids.ts';

/**
 * The NCA (НУЦ РК) end-entity certificate profile, kz-ecosystem.md §3:
 * subject `CN=SURNAME NAME, SURNAME=…, SERIALNUMBER=IIN…, C=KZ, [O=…, OU=BIN…,] G=<patronymic>[, E=…]`.
 */

export interface PersonName {
  readonly surname: string;
  /** The first name; it appears only in CN ("SURNAME NAME"), the NCA profile has no separate attribute for it. */
  readonly firstName: string;
  /** Goes to G (givenName): the NCA puts the patronymic there. */
  readonly patronymic?: string;
}

export interface IndividualHolder {
  readonly kind: 'individual';
  readonly iin: string;
  readonly name: PersonName;
  readonly email?: string;
}

/** The role inside the organisation decides the extra EKU role OID (…4.1.2.1 first head, …4.1.2.5 employee). */
export type LegalEntityRole = 'employee' | 'firstHead';

export interface LegalEntityEmployeeHolder {
  readonly kind: 'legalEntityEmployee';
  readonly iin: string;
  readonly name: PersonName;
  readonly organization: string;
  readonly bin: string;
  readonly role?: LegalEntityRole;
  readonly email?: string;
}

export type CertificateHolder = IndividualHolder | LegalEntityEmployeeHolder;

/** NCA issues every person two keys: RSA256_… for signing and AUTH_RSA256_… for authentication. */
export type KeyPurpose = 'signing' | 'authentication';

export interface NcaProfileExtensions {
  readonly keyUsage: readonly KeyUsageName[];
  readonly extendedKeyUsage: readonly string[];
  readonly policies: readonly string[];
}

const IIN_OR_BIN = /^\d{12}$/;

function upper(text: string): string {
  return text.trim().toLocaleUpperCase('kk-KZ');
}

export function commonNameOf(name: PersonName): string {
  return `${upper(name.surname)} ${upper(name.firstName)}`;
}

export function ncaSubjectAttributes(holder: CertificateHolder): NameAttribute[] {
  if (!IIN_OR_BIN.test(holder.iin)) throw new RangeError(`IIN must be 12 digits, got "${holder.iin}"`);
  const attributes: NameAttribute[] = [
    { oid: NAME_ATTRIBUTE_OID.commonName, value: commonNameOf(holder.name) },
    { oid: NAME_ATTRIBUTE_OID.surname, value: upper(holder.name.surname) },
    { oid: NAME_ATTRIBUTE_OID.serialNumber, value: `IIN${holder.iin}` },
    { oid: NAME_ATTRIBUTE_OID.country, value: 'KZ' },
  ];
  if (holder.kind === 'legalEntityEmployee') {
    if (!IIN_OR_BIN.test(holder.bin)) throw new RangeError(`BIN must be 12 digits, got "${holder.bin}"`);
    attributes.push(
      { oid: NAME_ATTRIBUTE_OID.organization, value: holder.organization },
      { oid: NAME_ATTRIBUTE_OID.organizationalUnit, value: `BIN${holder.bin}` },
    );
  }
  if (holder.name.patronymic) attributes.push({ oid: NAME_ATTRIBUTE_OID.givenName, value: upper(holder.name.patronymic) });
  if (holder.email) attributes.push({ oid: NAME_ATTRIBUTE_OID.emailAddress, value: holder.email });
  return attributes;
}

function roleOids(holder: CertificateHolder): string[] {
  if (holder.kind === 'individual') return [NCA_ROLE_OID.individual];
  return [NCA_ROLE_OID.legalEntity, holder.role === 'firstHead' ? NCA_ROLE_OID.firstHead : NCA_ROLE_OID.employee];
}

function policyOid(holder: CertificateHolder, purpose: KeyPurpose): string {
  if (holder.kind === 'individual') {
    return purpose === 'signing' ? NCA_POLICY_OID.signingIndividual : NCA_POLICY_OID.authenticationIndividual;
  }
  return purpose === 'signing' ? NCA_POLICY_OID.signingLegalEntity : NCA_POLICY_OID.authenticationLegalEntity;
}

/** NCANode classifies KeyUsage bits 0+1 as a signing key and 0+2 as an authentication key; we issue the same. */
export function ncaProfileExtensions(holder: CertificateHolder, purpose: KeyPurpose): NcaProfileExtensions {
  const signing = purpose === 'signing';
  return {
    keyUsage: signing ? ['digitalSignature', 'nonRepudiation'] : ['digitalSignature', 'keyEncipherment'],
    extendedKeyUsage: [signing ? EXTENDED_KEY_USAGE_OID.emailProtection : EXTENDED_KEY_USAGE_OID.clientAuth, ...roleOids(holder)],
    policies: [policyOid(holder, purpose)],
  };
}
