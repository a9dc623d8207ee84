import type { SqlExecutor } from '../db/database.ts';
import type { GeneratedLink, GeneratedPerson } from '../../core/registries/population/generate-population.ts';

/*
 * Bulk loading of the persons database: one statement per batch, each column sent as one array parameter and spread
 * back into rows by unnest(). This runs the same on PGlite and node-postgres (which has no COPY without extra
 * packages) and is a few times faster than multi-row VALUES, whose 65 535-parameter limit caps a batch at ~4 600 rows.
 */

const PERSON_COLUMNS = [
  ['iin', 'text'],
  ['surname', 'text'],
  ['given_name', 'text'],
  ['patronymic', 'text'],
  ['surname_ru', 'text'],
  ['given_name_ru', 'text'],
  ['patronymic_ru', 'text'],
  ['birth_date', 'date'],
  ['sex', 'text'],
  ['citizenship', 'text'],
  ['region', 'text'],
  ['district', 'text'],
  ['locality', 'text'],
  ['address_line', 'text'],
] as const;

const INSERT_PERSONS = `insert into persons (${PERSON_COLUMNS.map(([c]) => c).join(', ')})
  select * from unnest(${PERSON_COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')})
  on conflict (iin) do nothing
  returning iin`;

const INSERT_LINKS = `insert into person_family_links (person_iin, relative_iin, relation)
  select * from unnest($1::text[], $2::text[], $3::text[])
  on conflict do nothing`;

/** Persons as the tests and the demo write them; the optional parts of an address may be left out. */
export type PersonRow = Omit<GeneratedPerson, 'district' | 'locality' | 'addressLine' | 'surnameRu' | 'givenNameRu' | 'patronymicRu' | 'patronymic'> & {
  readonly patronymic?: string | null;
  readonly surnameRu?: string | null;
  readonly givenNameRu?: string | null;
  readonly patronymicRu?: string | null;
  readonly district?: string | null;
  readonly locality?: string | null;
  readonly addressLine?: string | null;
};

/**
 * Inserts persons and the family links between them; a person already in the registry is left as it is, and links
 * are written only between persons this call inserted (so a colliding IIN never links strangers).
 * Returns how many persons and links were written.
 */
export async function insertPersons(db: SqlExecutor, persons: readonly PersonRow[], links: readonly GeneratedLink[] = []): Promise<{ persons: number; links: number }> {
  if (persons.length === 0) return { persons: 0, links: 0 };
  const columns: (string | null)[][] = PERSON_COLUMNS.map(() => []);
  for (const p of persons) {
    const values = [
      p.iin,
      p.surname,
      p.givenName,
      p.patronymic ?? null,
      p.surnameRu ?? null,
      p.givenNameRu ?? null,
      p.patronymicRu ?? null,
      p.birthDate,
      p.sex,
      p.citizenship,
      p.region,
      p.district ?? null,
      p.locality ?? null,
      p.addressLine ?? null,
    ];
    values.forEach((value, i) => columns[i]!.push(value));
  }
  const inserted = new Set((await db.execute<{ iin: string }>(INSERT_PERSONS, columns)).map((r) => r.iin));
  const kept = links.filter((l) => inserted.has(l.personIin) && inserted.has(l.relativeIin));
  if (kept.length > 0) {
    await db.execute(INSERT_LINKS, [kept.map((l) => l.personIin), kept.map((l) => l.relativeIin), kept.map((l) => l.relation)]);
  }
  return { persons: inserted.size, links: kept.length };
}
