import type * as pkijs from 'pkijs';
import type { SignerIdentity } from '../../core/ports/signature-verifier.ts';
import { serialNumberHex } from './certificate-builder.ts';
import { allAttributes, firstAttribute, formatName } from './distinguished-name.ts';
import { NAME_ATTRIBUTE_OID } from './oids.ts';

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
  const subject = certificate.subject;
  const serialNumbers = allAttributes(subject, NAME_ATTRIBUTE_OID.serialNumber);
  const commonName = firstAttribute(subject, NAME_ATTRIBUTE_OID.commonName) ?? '';
  const surname = firstAttribute(subject, NAME_ATTRIBUTE_OID.surname);
  const namePart = surname && commonName.startsWith(`${surname} `) ? commonName.slice(surname.length + 1).trim() : null;
  return {
    iin: withPrefix(serialNumbers, 'IIN'),
    // A staff certificate carries the BIN in OU; NCANode also accepts it in SERIALNUMBER.
    bin: withPrefix(allAttributes(subject, NAME_ATTRIBUTE_OID.organizationalUnit), 'BIN') ?? withPrefix(serialNumbers, 'BIN'),
    commonName,
    surname,
    firstName: namePart || null,
    patronymic: firstAttribute(subject, NAME_ATTRIBUTE_OID.givenName),
    organization: firstAttribute(subject, NAME_ATTRIBUTE_OID.organization),
    email: firstAttribute(subject, NAME_ATTRIBUTE_OID.emailAddress),
  };
}

export function signerIdentityOf(certificate: pkijs.Certificate): SignerIdentity {
  const subject = readNcaSubject(certificate);
  return {
    iin: subject.iin,
    bin: subject.bin,
    commonName: subject.commonName,
    organization: subject.organization,
    certificateSerialHex: serialNumberHex(certificate),
    issuer: formatName(certificate.issuer),
    notBefore: certificate.notBefore.value,
    notAfter: certificate.notAfter.value,
  };
}
