/**
 * What is known about article i before its text is written: section, moment, cast and headline. Drawn
 * from a stream of its own (seed, "meta", i), so any article's headline and date can be computed on
 * demand — the related-story lists of other articles quote them exactly without holding the collection.
 */
import type { Cast, CastPerson } from './cast.ts';
import { ARCHIVE_END, ARCHIVE_START } from './calendar.ts';
import { Rng } from './prng.ts';
import { ACTION_NOUNS, ADJECTIVES, HEADLINE_VERBS, NOUNS, SECTIONS } from './vocabulary.ts';

export interface ArticleMeta {
  index: number;
  folder: string;
  sectionName: string;
  /** Path relative to the output folder. */
  path: string;
  instant: Date;
  headline: string;
  /** The main speaker first; one to three others after. */
  people: CastPerson[];
  organisation: string;
  place: string;
  theme: string;
}

const MINUTE = 60_000;

export function articlePath(folder: string, index: number): string {
  return `${folder}/${String(index).padStart(6, '0')}.txt`;
}

export function articleMeta(cast: Cast, seed: string, index: number): ArticleMeta {
  const rng = Rng.for(seed, 'meta', index);
  const section = SECTIONS[cast.zipf.sections.draw(rng)]!;
  const minutes = Math.floor((ARCHIVE_END - ARCHIVE_START) / MINUTE);
  // Day part uniform; time of day skewed to working hours like a newsroom's output.
  const day = Math.floor(rng.next() * (minutes / 1440));
  const hour = rng.chance(0.85) ? rng.int(7, 22) : rng.int(0, 23);
  const instant = new Date(ARCHIVE_START + day * 1440 * MINUTE + (hour * 60 + rng.int(0, 59)) * MINUTE);

  const people: CastPerson[] = [];
  const wanted = rng.int(2, 4);
  for (let tries = 0; people.length < wanted && tries < 20; tries++) {
    const person = cast.people[cast.zipf.people.draw(rng)]!;
    if (!people.includes(person)) people.push(person);
  }
  const organisation = cast.organisations[cast.zipf.organisations.draw(rng)]!;
  const place = cast.places[cast.zipf.places.draw(rng)]!;
  const theme = cast.themes[cast.zipf.themes.draw(rng)]!;
  const headline = makeHeadline(rng, people[0]!, organisation, place, theme);
  return {
    index,
    folder: section.folder,
    sectionName: section.name,
    path: articlePath(section.folder, index),
    instant,
    headline,
    people,
    organisation,
    place,
    theme,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function makeHeadline(rng: Rng, person: CastPerson, org: string, place: string, theme: string): string {
  const verb = rng.pick(HEADLINE_VERBS);
  const action = rng.pick(ACTION_NOUNS);
  const adjective = rng.pick(ADJECTIVES);
  const nouns = rng.pick(NOUNS);
  const n = rng.int(2, 95) * (rng.chance(0.5) ? 10 : 1);
  const templates = [
    () => `${person.surname} ${verb} ${theme} ${action}`,
    () => `${org} ${verb} ${adjective} ${action}`,
    () => `${place} ${nouns} face ${theme} ${action}`,
    () => `${capitalise(adjective)} ${action} on ${theme} for ${place}`,
    () => `${org} to cut ${n} jobs in ${place}`,
    () => `${person.full} quits ${org}`,
    () => `Row over ${theme} in ${place}`,
    () => `${capitalise(theme)}: ${person.surname} ${verb} ${action}`,
    () => `${n} ${nouns} affected by ${place} ${action}`,
    () => `${person.surname} warns over ${theme}`,
    () => `${capitalise(nouns)} ${verb === 'backs' ? 'back' : 'question'} ${org} ${action}`,
    () => `Q&A: ${theme} in ${place}`,
    () => `${place} ${action} ${rng.pick(['put on hold', 'goes ahead', 'approved', 'under fire'])}`,
    () => `Profile: ${person.full}`,
    () => `${org} chief ${verb} ${theme} ${action}`,
    () => `Why ${theme} matter to ${nouns}`,
  ];
  return capitalise(rng.pick(templates)());
}
