/**
 * The state database of individuals (ГБД ФЛ / ЖТ МДҚ). In production it is reached through the e-gov gateway; Qyzmet
 * holds a local implementation with the same answers and failure modes (src/adapters/registries/).
 */

/** A name as the registry spells it in one language. */
export interface PersonName {
  readonly surname: string;
  readonly givenName: string;
  readonly patronymic: string | null;
}

export const FAMILY_RELATIONS = ['spouse', 'child', 'parent'] as const;
export type FamilyRelation = (typeof FAMILY_RELATIONS)[number];

/** A relative as seen from the person looked up: `relation: 'child'` means the relative is the person's child. */
export interface FamilyLink {
  readonly relation: FamilyRelation;
  readonly iin: string;
  /** Surname, given name and patronymic in Kazakh; null when the relative's own record is missing. */
  readonly fullName: string | null;
}

export interface PersonAddress {
  /** Region code (the regulation regions use the same codes, e.g. `zhambyl`). */
  readonly region: string;
  readonly district: string | null;
  readonly locality: string | null;
  /** Street and house. */
  readonly line: string | null;
}

export interface PersonRecord {
  readonly iin: string;
  readonly name: { readonly kk: PersonName; readonly ru: PersonName };
  /** YYYY-MM-DD. */
  readonly birthDate: string;
  readonly sex: 'male' | 'female';
  /** ISO 3166-1 alpha-3; `XXA` = stateless (ICAO 9303). */
  readonly citizenship: string;
  readonly address: PersonAddress;
  /** YYYY-MM-DD, or null for a living person. */
  readonly deathDate: string | null;
  readonly family: readonly FamilyLink[];
}

export interface PersonsRegistry {
  /** Which implementation answers (`local`); logged at start-up. */
  readonly kind: string;
  /**
   * The person with this IIN, or null when the registry has no data about them (the "no data in the database" path
   * the State Corporation flow turns into its refusal, seed 001 line 146). Throws AppError
   * PERSONS_REGISTRY_UNAVAILABLE when the registry cannot answer: a temporary, `external` failure.
   */
  findByIin(iin: string): Promise<PersonRecord | null>;
}

/** "Surname Given Patronymic" in Kazakh, as the case shows the applicant. */
export function fullNameOf(person: PersonRecord): string {
  const { surname, givenName, patronymic } = person.name.kk;
  return [surname, givenName, patronymic].filter(Boolean).join(' ');
}
