/** Stories and their people for link tests, without going through parse and enrich. */
import type { LocalPerson } from '../types.ts';
import type { PeopleInput } from './people.ts';

/** A person as one story's enrich stage gives it (invented names). */
export const person = (name: string, extra: Partial<LocalPerson> = {}): LocalPerson => ({ name, mentions: [name], descriptions: [], gender: null, ...extra });

/** One story's people (names or people), in a section, with no quotations. */
export const story = (articleId: string, names: Array<string | LocalPerson>, section: string | null = 'arts'): PeopleInput => ({
  articleId,
  people: names.map((n) => (typeof n === 'string' ? person(n) : n)),
  quotes: [],
  blocks: [],
  section,
});
