import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { migrate } from '../../src/adapters/db/migrate.ts';
import { createLocalPersonsRegistry } from '../../src/adapters/registries/local-persons-registry.ts';
import { loadPopulation } from '../../src/adapters/registries/load-population.ts';
import { isValidIin } from '../../src/core/identity/iin.ts';
import { generatePopulation, type GeneratedLink, type GeneratedPerson } from '../../src/core/registries/population/generate-population.ts';
import { openTestDatabase } from '../support/test-database.ts';

function generateAll(count: number, seed: string, batchSize = 5_000): { persons: GeneratedPerson[]; links: GeneratedLink[] } {
  const persons: GeneratedPerson[] = [];
  const links: GeneratedLink[] = [];
  for (const batch of generatePopulation({ count, seed, bornBefore: '2026-01-01', batchSize })) {
    persons.push(...batch.persons);
    links.push(...batch.links);
  }
  return { persons, links };
}

describe('synthetic population generator', () => {
  const { persons, links } = generateAll(50_000, 'test');

  it('should give every person a valid IIN, none twice, when generating 50 000 persons', () => {
    expect(persons).toHaveLength(50_000);
    expect(persons.every((p) => isValidIin(p.iin))).toBe(true);
    expect(new Set(persons.map((p) => p.iin)).size).toBe(50_000);
  });

  it('should encode the birth date and the century-sex digit in the IIN', () => {
    for (const p of persons.slice(0, 2_000)) {
      const yymmdd = `${p.birthDate.slice(2, 4)}${p.birthDate.slice(5, 7)}${p.birthDate.slice(8, 10)}`;
      const centurySex = (p.birthDate < '2000' ? 3 : 5) + (p.sex === 'female' ? 1 : 0);
      expect(p.iin.slice(0, 7)).toBe(`${yymmdd}${centurySex}`);
      expect(Number(p.iin.slice(7, 11))).toBeGreaterThanOrEqual(1000);
      expect(p.birthDate < '2026-01-01').toBe(true);
    }
  });

  it('should make the same population from the same seed, whatever the batch size, and another from another seed', () => {
    const again = generateAll(2_000, 'test', 777);
    expect(again.persons).toEqual(persons.slice(0, 2_000));
    expect(generateAll(2_000, 'other').persons.map((p) => p.iin)).not.toEqual(again.persons.map((p) => p.iin));
  });

  it('should link only persons it generated, each link both ways', () => {
    const iins = new Set(persons.map((p) => p.iin));
    expect(links.length).toBeGreaterThan(persons.length / 2);
    expect(links.every((l) => iins.has(l.personIin) && iins.has(l.relativeIin))).toBe(true);
    const key = (a: string, b: string) => `${a}>${b}`;
    const linked = new Map(links.map((l) => [key(l.personIin, l.relativeIin), l.relation]));
    const mirror = { spouse: 'spouse', child: 'parent', parent: 'child' } as const;
    expect(links.every((l) => linked.get(key(l.relativeIin, l.personIin)) === mirror[l.relation])).toBe(true);
  });

  it('should spell names in Kazakh and Russian and place everyone down to the locality', () => {
    const sample = persons[0]!;
    expect(sample).toMatchObject({ surname: expect.any(String), surnameRu: expect.any(String), patronymic: expect.stringMatching(/(ұлы|қызы)$/), patronymicRu: expect.stringMatching(/(ович|овна)$/) });
    expect(persons.every((p) => p.region && p.district && p.locality && p.addressLine)).toBe(true);
    expect(new Set(persons.map((p) => p.region)).size).toBeGreaterThanOrEqual(17);
  });
});

describe('loading a population into the persons database', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase(import.meta.url);
    await migrate(db);
  });
  afterAll(() => db.close());

  it('should write every person and link so the registry finds them, and leave them as they are when loaded again', async () => {
    const options = { count: 3_000, seed: 'load', bornBefore: '2026-01-01', batchSize: 1_000, parallelBatches: 2 };
    const first = await loadPopulation(db, options);
    expect(first).toMatchObject({ personsGenerated: 3_000, personsInserted: 3_000 });
    const { persons, links } = generateAll(3_000, 'load', 1_000);
    expect(first.linksInserted).toBe(links.length);

    const withFamily = persons.find((p) => links.some((l) => l.personIin === p.iin && l.relation === 'child'))!;
    const found = await createLocalPersonsRegistry(db).findByIin(withFamily.iin);
    expect(found).toMatchObject({ iin: withFamily.iin, birthDate: withFamily.birthDate, name: { ru: { surname: withFamily.surnameRu } }, address: { locality: withFamily.locality } });
    expect(found?.family.filter((f) => f.relation === 'child').length).toBeGreaterThan(0);

    const second = await loadPopulation(db, options);
    expect(second).toMatchObject({ personsGenerated: 3_000, personsInserted: 0, linksInserted: 0 });
    const [{ count }] = (await db.execute<{ count: number }>('select count(*)::int as count from persons')) as [{ count: number }];
    expect(count).toBe(3_000);
  });
});
