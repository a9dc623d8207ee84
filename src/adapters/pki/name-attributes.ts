import { NAME_ATTRIBUTE_SHORT_NAME } from './oids.ts';

/** One attribute of an X.501 Name, in certificate order (a multi-valued RDN contributes each of its values). */
export interface NameAttribute {
  readonly oid: string;
  readonly value: string;
}

export function firstAttributeValue(attributes: readonly NameAttribute[], oid: string): string | null {
  return attributes.find((attribute) => attribute.oid === oid)?.value ?? null;
}

export function allAttributeValues(attributes: readonly NameAttribute[], oid: string): string[] {
  return attributes.filter((attribute) => attribute.oid === oid).map((attribute) => attribute.value);
}

/** `CN=…, SURNAME=…, C=KZ` in certificate order, as NCA tools print it (not RFC 4514's reversed order). */
export function formatNameAttributes(attributes: readonly NameAttribute[]): string {
  return attributes.map((attribute) => `${NAME_ATTRIBUTE_SHORT_NAME[attribute.oid] ?? attribute.oid}=${attribute.value}`).join(', ');
}
