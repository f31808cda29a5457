/**
 * The cast of a generated archive: invented people, organisations, places and themes, each list ordered
 * by how often stories pick it (index 0 is the most newsworthy) and drawn through a Zipf table, so a few
 * people are quoted very often and most only once or twice. Built once per seed; small (a few thousand
 * entries), so it is held in memory while articles stream to disk.
 */
import { Rng, ZipfTable } from './prng.ts';
import {
  BUREAU_CITIES,
  CORRESPONDENT_ROLES,
  FEMALE_FIRST_NAMES,
  MALE_FIRST_NAMES,
  ORG_HEADS,
  ORG_KINDS,
  ORG_SUBJECTS,
  REGIONS,
  ROLES,
  SECTIONS,
  SURNAME_HEADS,
  SURNAME_TAILS,
  THEMES,
  TOWN_HEADS,
  TOWN_TAILS,
} from './vocabulary.ts';

export interface CastPerson {
  first: string;
  surname: string;
  full: string;
  gender: 'male' | 'female';
  /** Courtesy title used on second reference: Mr, Ms or Dr. */
  title: string;
  role: string;
}

export interface Correspondent {
  full: string;
  role: string;
  city: string;
}

export interface Cast {
  people: CastPerson[];
  organisations: string[];
  places: string[];
  themes: string[];
  correspondents: Correspondent[];
  zipf: {
    people: ZipfTable;
    organisations: ZipfTable;
    places: ZipfTable;
    themes: ZipfTable;
    sections: ZipfTable;
  };
}

export const DEFAULT_PEOPLE = 3000;

export function buildCast(seed: string, peopleCount = DEFAULT_PEOPLE): Cast {
  const rng = Rng.for(seed, 'cast');
  const surnames = SURNAME_HEADS.flatMap((h) => SURNAME_TAILS.map((t) => h + t));
  const towns = TOWN_HEADS.flatMap((h) => TOWN_TAILS.map((t) => h + t));
  const places = [...rng.sample(towns, towns.length), ...REGIONS];
  const organisations = rng.sample(
    ORG_HEADS.flatMap((h) => ORG_SUBJECTS.flatMap((s) => ORG_KINDS.map((k) => `${h} ${s} ${k}`))),
    240,
  );
  const themes = rng.sample(THEMES, THEMES.length);

  const people: CastPerson[] = [];
  const taken = new Set<string>();
  const capacity = (MALE_FIRST_NAMES.length + FEMALE_FIRST_NAMES.length) * surnames.length;
  const target = Math.min(peopleCount, Math.floor(capacity * 0.8));
  while (people.length < target) {
    const gender = rng.chance(0.5) ? 'female' : 'male';
    const first = rng.pick(gender === 'female' ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES);
    const surname = rng.pick(surnames);
    const full = `${first} ${surname}`;
    if (taken.has(full)) continue;
    taken.add(full);
    const role = rng
      .pick(ROLES)
      .replace('{org}', rng.pick(organisations))
      .replace('{place}', rng.pick(places));
    const title = role.includes('professor') || rng.chance(0.05) ? 'Dr' : gender === 'female' ? 'Ms' : 'Mr';
    people.push({ first, surname, full, gender, title, role });
  }

  const correspondents: Correspondent[] = [];
  while (correspondents.length < 24) {
    const first = rng.pick(rng.chance(0.5) ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES);
    const full = `${first} ${rng.pick(surnames)}`;
    if (taken.has(full)) continue;
    taken.add(full);
    correspondents.push({ full, role: rng.pick(CORRESPONDENT_ROLES), city: rng.pick(BUREAU_CITIES) });
  }

  return {
    people,
    organisations,
    places,
    themes,
    correspondents,
    zipf: {
      people: new ZipfTable(people.length, 1.05, 10),
      organisations: new ZipfTable(organisations.length, 1.0, 3),
      places: new ZipfTable(places.length, 0.9),
      themes: new ZipfTable(themes.length, 0.8),
      sections: new ZipfTable(SECTIONS.length, 1.1),
    },
  };
}
