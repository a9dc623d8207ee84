import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { type NameAttribute, allAttributeValues, firstAttributeValue, formatNameAttributes } from './name-attributes.ts';
import { NAME_ATTRIBUTE_OID } from './oids.ts';

export type { NameAttribute };

/**
 * X.520 fixes C and SERIALNUMBER to PrintableString and e-mail to IA5String; everything else is UTF8String
 * so Kazakh and Russian letters (Ұ, Қ, Ә, …) survive.
 */
function encodeAttributeValue(attribute: NameAttribute): asn1js.AsnType {
  switch (attribute.oid) {
    case NAME_ATTRIBUTE_OID.country:
    case NAME_ATTRIBUTE_OID.serialNumber:
      return new asn1js.PrintableString({ value: attribute.value });
    case NAME_ATTRIBUTE_OID.emailAddress:
      return new asn1js.IA5String({ value: attribute.value });
    default:
      return new asn1js.Utf8String({ value: attribute.value });
  }
}

/**
 * One attribute per RDN, in the given order (the order NCA certificates use: CN, SURNAME, SERIALNUMBER, C, …).
 * pkijs would put all attributes into one multi-valued RDN ("CN=…+SN=…"), so the DER is built here and handed
 * to pkijs as already-encoded bytes, which it then re-emits unchanged.
 */
export function buildName(attributes: readonly NameAttribute[]): pkijs.RelativeDistinguishedNames {
  const name = new asn1js.Sequence({
    value: attributes.map(
      (attribute) =>
        new asn1js.Set({
          value: [
            new asn1js.Sequence({
              value: [new asn1js.ObjectIdentifier({ value: attribute.oid }), encodeAttributeValue(attribute)],
            }),
          ],
        }),
    ),
  });
  const parsed = asn1js.fromBER(name.toBER(false));
  return new pkijs.RelativeDistinguishedNames({ schema: parsed.result });
}

function attributeText(value: unknown): string {
  // Every string type asn1js decodes (Utf8String, PrintableString, BmpString, …) exposes valueBlock.value.
  const blockValue = (value as { valueBlock?: { value?: unknown } }).valueBlock?.value;
  return typeof blockValue === 'string' ? blockValue : '';
}

export function readNameAttributes(name: pkijs.RelativeDistinguishedNames): NameAttribute[] {
  return name.typesAndValues.map((typeAndValue) => ({ oid: typeAndValue.type, value: attributeText(typeAndValue.value) }));
}

export function firstAttribute(name: pkijs.RelativeDistinguishedNames, oid: string): string | null {
  return firstAttributeValue(readNameAttributes(name), oid);
}

export function allAttributes(name: pkijs.RelativeDistinguishedNames, oid: string): string[] {
  return allAttributeValues(readNameAttributes(name), oid);
}

/** `CN=…, SURNAME=…, C=KZ` in certificate order, as NCA tools print it (not RFC 4514's reversed order). */
export function formatName(name: pkijs.RelativeDistinguishedNames): string {
  return formatNameAttributes(readNameAttributes(name));
}

/** Names are compared by their DER encoding, which is what an issuer/subject match means in X.509 path building. */
export function namesEqual(left: pkijs.RelativeDistinguishedNames, right: pkijs.RelativeDistinguishedNames): boolean {
  return left.isEqual(right);
}
