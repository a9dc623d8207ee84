import { epochDayOf, formatIsoDate, parseIsoDate } from '../../calendar/civil-date.ts';
import { withCheckDigit } from '../../identity/iin.ts';
import type { FamilyRelation } from '../../ports/persons-registry.ts';
import { FEMALE_GIVEN_NAMES, femaleSurname, MALE_GIVEN_NAMES, patronymicKk, patronymicRu, STREETS, SURNAMES, type SpelledName } from './name-lists.ts';
import { OTHER_CITIZENSHIPS, REGION_SPECS } from './places.ts';
import { pick, pickIndex, pickWeighted, seededRandom, type Random } from './seeded-random.ts';

/** One synthetic person as the persons table stores it. */
export interface GeneratedPerson {
  readonly iin: string;
  readonly surname: string;
  readonly givenName: string;
  readonly patronymic: string;
  readonly surnameRu: string;
  readonly givenNameRu: string;
  readonly patronymicRu: string;
  readonly birthDate: string;
  readonly sex: 'male' | 'female';
  readonly citizenship: string;
  readonly region: string;
  readonly district: string;
  readonly locality: string;
  readonly addressLine: string;
}

export interface GeneratedLink {
  readonly personIin: string;
  readonly relativeIin: string;
  readonly relation: FamilyRelation;
}

export interface PopulationBatch {
  readonly persons: readonly GeneratedPerson[];
  readonly links: readonly GeneratedLink[];
}

export interface PopulationOptions {
  /** How many persons in all. */
  readonly count: number;
  /** Same seed, same population. */
  readonly seed: string;
  /** Everyone is born before this date (YYYY-MM-DD); a parameter, so the output never depends on the clock. */
  readonly bornBefore: string;
  /** Persons per batch (households are not split across batches). */
  readonly batchSize: number;
}

/**
 * IIN serial numbers start at 1000 so the demo citizens (serials 0001-0999) never collide. Serials run per birth date
 * and century-sex digit; 9000 serials per day and sex are enough for about 20 million persons.
 */
const FIRST_SERIAL = 1000;
const LAST_SERIAL = 9999;
const CITIZENSHIP_WEIGHTS = [985, ...OTHER_CITIZENSHIPS.map(([, w]) => w)];
const CITIZENSHIP_CODES = ['KAZ', ...OTHER_CITIZENSHIPS.map(([c]) => c)];
const REGION_WEIGHTS = REGION_SPECS.map((r) => r.weight);

interface Place {
  readonly region: string;
  readonly district: string;
  readonly locality: string;
  readonly addressLine: string;
}

interface Member {
  readonly sex: 'male' | 'female';
  readonly given: SpelledName;
  readonly fatherGiven: SpelledName;
  readonly birthDay: number;
}

class IinAllocator {
  private readonly nextSerial = new Map<string, number>();

  /** IIN: YYMMDD, century-sex digit (3/4 born 1900-1999, 5/6 from 2000; odd male), 4-digit serial, check digit. */
  allocate(birthDay: number, sex: 'male' | 'female'): string {
    const iso = formatIsoDate(birthDay);
    const year = Number(iso.slice(0, 4));
    const centurySex = (year < 2000 ? 3 : 5) + (sex === 'female' ? 1 : 0);
    const prefix = `${iso.slice(2, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${centurySex}`;
    for (let serial = this.nextSerial.get(prefix) ?? FIRST_SERIAL; serial <= LAST_SERIAL; serial++) {
      const iin = withCheckDigit(`${prefix}${String(serial).padStart(4, '0')}`);
      if (iin) {
        this.nextSerial.set(prefix, serial + 1);
        return iin;
      }
    }
    throw new RangeError(`no IIN serials left for ${prefix}: the population is too large for one birth date`);
  }
}

function randomDayOfYear(random: Random, year: number, lastDay: number): number | null {
  const first = epochDayOf(year, 1, 1);
  const last = Math.min(epochDayOf(year, 12, 31), lastDay);
  return last < first ? null : first + pickIndex(random, last - first + 1);
}

function randomPlace(random: Random): Place {
  const region = REGION_SPECS[pickWeighted(random, REGION_WEIGHTS)]!;
  const district = pick(random, region.districts);
  const village = district.villages > 0 && random() < 0.45 ? 1 + pickIndex(random, district.villages) : 0;
  const locality = village === 0 ? district.centre : `${district.code}-v${village}`;
  return { region: region.code, district: district.code, locality, addressLine: `${pick(random, STREETS)} көшесі, ${1 + pickIndex(random, 180)}` };
}

/** A household: one or two adults and their children, all at one address. */
function randomHousehold(random: Random, lastDay: number): { adults: Member[]; children: Member[] } {
  const lastYear = Number(formatIsoDate(lastDay).slice(0, 4));
  const couple = random() < 0.65;
  const firstSex = couple || random() < 0.5 ? 'male' : 'female';
  const adultYear = 1945 + pickIndex(random, Math.max(1, lastYear - 18 - 1945));
  const adult = (sex: 'male' | 'female', year: number): Member | null => {
    const birthDay = randomDayOfYear(random, year, lastDay);
    if (birthDay === null) return null;
    return { sex, given: pick(random, sex === 'male' ? MALE_GIVEN_NAMES : FEMALE_GIVEN_NAMES), fatherGiven: pick(random, MALE_GIVEN_NAMES), birthDay };
  };
  const adults: Member[] = [];
  const first = adult(firstSex, adultYear);
  if (first) adults.push(first);
  if (couple) {
    const spouse = adult('female', Math.min(lastYear - 18, adultYear + pickIndex(random, 7) - 2));
    if (spouse) adults.push(spouse);
  }
  const father = adults.find((m) => m.sex === 'male');
  const children: Member[] = [];
  const childCount = couple ? pickWeighted(random, [20, 25, 30, 20, 5]) : pickWeighted(random, [50, 30, 20]);
  for (let i = 0; i < childCount; i++) {
    const sex = random() < 0.51 ? 'male' : 'female';
    const birthDay = randomDayOfYear(random, adultYear + 20 + pickIndex(random, 18), lastDay);
    if (birthDay === null) continue;
    children.push({ sex, given: pick(random, sex === 'male' ? MALE_GIVEN_NAMES : FEMALE_GIVEN_NAMES), fatherGiven: father?.given ?? pick(random, MALE_GIVEN_NAMES), birthDay });
  }
  return { adults, children };
}

/** Links inside a household: spouses both ways; every adult and every child both ways. */
function householdLinks(adults: readonly GeneratedPerson[], children: readonly GeneratedPerson[]): GeneratedLink[] {
  const links: GeneratedLink[] = [];
  const [a, b] = adults;
  if (a && b) links.push({ personIin: a.iin, relativeIin: b.iin, relation: 'spouse' }, { personIin: b.iin, relativeIin: a.iin, relation: 'spouse' });
  for (const parent of adults) {
    for (const child of children) {
      links.push({ personIin: parent.iin, relativeIin: child.iin, relation: 'child' }, { personIin: child.iin, relativeIin: parent.iin, relation: 'parent' });
    }
  }
  return links;
}

/**
 * Generates a synthetic population with valid, unique IINs, household by household, in batches. Deterministic:
 * the same options give the same persons in the same order.
 */
export function* generatePopulation(options: PopulationOptions): Generator<PopulationBatch> {
  if (!Number.isInteger(options.count) || options.count < 0) throw new RangeError('count must be a whole number ≥ 0');
  if (!Number.isInteger(options.batchSize) || options.batchSize < 1) throw new RangeError('batchSize must be a whole number ≥ 1');
  const random = seededRandom(options.seed);
  const iins = new IinAllocator();
  const lastDay = parseIsoDate(options.bornBefore) - 1;
  let made = 0;
  let persons: GeneratedPerson[] = [];
  let links: GeneratedLink[] = [];
  while (made < options.count) {
    const place = randomPlace(random);
    const surname = pick(random, SURNAMES);
    const citizenship = CITIZENSHIP_CODES[pickWeighted(random, CITIZENSHIP_WEIGHTS)]!;
    const household = randomHousehold(random, lastDay);
    const adultCount = Math.min(household.adults.length, options.count - made);
    const members = [...household.adults, ...household.children].slice(0, options.count - made);
    const people = members.map(
      (m): GeneratedPerson => ({
        iin: iins.allocate(m.birthDay, m.sex),
        surname: m.sex === 'male' ? surname[0] : femaleSurname(surname[0]),
        givenName: m.given[0],
        patronymic: patronymicKk(m.fatherGiven[0], m.sex),
        surnameRu: m.sex === 'male' ? surname[1] : femaleSurname(surname[1]),
        givenNameRu: m.given[1],
        patronymicRu: patronymicRu(m.fatherGiven[1], m.sex),
        birthDate: formatIsoDate(m.birthDay),
        sex: m.sex,
        citizenship,
        ...place,
      }),
    );
    persons.push(...people);
    links.push(...householdLinks(people.slice(0, adultCount), people.slice(adultCount)));
    made += people.length;
    if (persons.length >= options.batchSize || made >= options.count) {
      yield { persons, links };
      persons = [];
      links = [];
    }
  }
}
