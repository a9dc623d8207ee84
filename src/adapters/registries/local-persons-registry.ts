import type { SqlExecutor } from '../db/database.ts';
import { AppError, isAppError } from '../../core/errors/app-error.ts';
import type { FamilyLink, PersonRecord, PersonsRegistry } from '../../core/ports/persons-registry.ts';
import { dateText, nullableDateText, queries } from '../db/query-builder.ts';

function personQuery(iin: string) {
  return queries
    .selectFrom('persons')
    .select([
      'iin',
      'surname',
      'given_name',
      'patronymic',
      'surname_ru',
      'given_name_ru',
      'patronymic_ru',
      dateText('birth_date', 'birth_date'),
      'sex',
      'citizenship',
      'region',
      'district',
      'locality',
      'address_line',
      nullableDateText('death_date', 'death_date'),
    ])
    .where('iin', '=', iin)
    .compile();
}

function familyQuery(iin: string) {
  return queries
    .selectFrom('person_family_links as l')
    .leftJoin('persons as p', 'p.iin', 'l.relative_iin')
    .select(['l.relation', 'l.relative_iin', 'p.surname', 'p.given_name', 'p.patronymic'])
    .where('l.person_iin', '=', iin)
    .orderBy('l.relation')
    .orderBy('l.relative_iin')
    .compile();
}

/**
 * The persons database held in our own tables (`persons`, `person_family_links`). Where the stand-in row has one
 * spelling, the Russian name is the Kazakh one. Any failure to read is the registry being unavailable.
 */
export function createLocalPersonsRegistry(db: SqlExecutor): PersonsRegistry {
  return {
    kind: 'local',
    async findByIin(iin) {
      try {
        const [row] = await db.query(personQuery(iin));
        if (!row) return null;
        const links = await db.query(familyQuery(iin));
        const family: FamilyLink[] = links.map((l) => ({
          relation: l.relation,
          iin: l.relative_iin,
          fullName: l.surname && l.given_name ? [l.surname, l.given_name, l.patronymic].filter(Boolean).join(' ') : null,
        }));
        const person: PersonRecord = {
          iin: row.iin,
          name: {
            kk: { surname: row.surname, givenName: row.given_name, patronymic: row.patronymic },
            ru: { surname: row.surname_ru ?? row.surname, givenName: row.given_name_ru ?? row.given_name, patronymic: row.patronymic_ru ?? row.patronymic },
          },
          birthDate: row.birth_date,
          sex: row.sex,
          citizenship: row.citizenship,
          address: { region: row.region, district: row.district, locality: row.locality, line: row.address_line },
          deathDate: row.death_date,
          family,
        };
        return person;
      } catch (error) {
        if (isAppError(error)) throw error;
        throw new AppError('PERSONS_REGISTRY_UNAVAILABLE', `persons registry: ${error instanceof Error ? error.message : String(error)}`, {}, { cause: error });
      }
    },
  };
}
