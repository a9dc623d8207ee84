import type * as pkijs from 'pkijs';
import type { SignerIdentity } from '../../core/ports/signature-verifier.ts';
import { readNameAttributes } from './distinguished-name.ts';
import { type NameAttribute, allAttributeValues, firstAttributeValue, formatNameAttributes } from './name-attributes.ts';
import { NAME_ATTRIBUTE_OID } from './oids.ts';
import type { CertificateSkeleton } from './certificate-der-reader.ts';

/** Everything the NCA subject says about a person, for screens that show the full name (kz-ecosystem.md §3). */
export interface NcaSubject {
  readonly iin: string | null;
  readonly bin: string | null;
  readonly commonName: string;
  readonly surname: string | null;
  /** The word of CN after the surname: the NCA profile has no attribute of its own for the first name. */
  readonly firstName: string | null;
  /** From G (givenName), which the NCA fills with the patronymic. */
  readonly patronymic: string | null;
  readonly organization: string | null;
  readonly email: string | null;
}

function withPrefix(values: readonly string[], prefix: string): string | null {
  const found = values.find((value) => value.toUpperCase().startsWith(prefix));
  return found ? found.slice(prefix.length) : null;
}

export function readNcaSubject(certificate: pkijs.Certificate): NcaSubject {
  return ncaSubjectOf(readNameAttributes(certificate.subject));
}

/** The NCA subject profile read from a Name's attributes (in certificate order). */
export function ncaSubjectOf(subject: readonly NameAttribute[]): NcaSubject {
  const serialNumbers = allAttributeValues(subject, NAME_ATTRIBUTE_OID.serialNumber);
  const commonName = firstAttributeValue(subject, NAME_ATTRIBUTE_OID.commonName) ?? '';
  const surname = firstAttributeValue(subject, NAME_ATTRIBUTE_OID.surname);
  const namePart = surname && commonName.startsWith(`${surname} `) ? commonName.slice(surname.length + 1).trim() : null;
  return {
    iin: withPrefix(serialNumbers, 'IIN'),
    // A staff certificate carries the BIN in OU; NCANode also accepts it in SERIALNUMBER.
    bin: withPrefix(allAttributeValues(subject, NAME_ATTRIBUTE_OID.organizationalUnit), 'BIN') ?? withPrefix(serialNumbers, 'BIN'),
    commonName,
    surname,
    firstName: namePart || null,
    patronymic: firstAttributeValue(subject, NAME_ATTRIBUTE_OID.givenName),
    organization: firstAttributeValue(subject, NAME_ATTRIBUTE_OID.organization),
    email: firstAttributeValue(subject, NAME_ATTRIBUTE_OID.emailAddress),
  };
}

/** The signer as the verifier reports it, from the certificate as the strict DER reader read it. */
export function signerIdentityOf(skeleton: CertificateSkeleton): SignerIdentity {
  const subject = ncaSubjectOf(skeleton.subject);
  return {
    iin: subject.iin,
    bin: subject.bin,
    commonName: subject.commonName,
    organization: subject.organization,
    certificateSerialHex: skeleton.serialHex,
    issuer: formatNameAttributes(skeleton.issuer),
    notBefore: skeleton.notBefore,
    notAfter: skeleton.notAfter,
  };
}
