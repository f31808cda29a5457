/**
 * Placeholder people merge (exact full-name match) until the real merge lands.
 */
import type { Block, Person, Quote } from '../../content/schema.ts';
import type { LocalPerson } from '../types.ts';
import { slugify } from '../ids.ts';

export interface PeopleInput {
  articleId: string;
  people: LocalPerson[];
  quotes: Quote[];
  blocks: Block[];
}

export function mergePeople(articles: PeopleInput[]): {
  people: Person[];
  personIdFor: (articleId: string, localName: string) => string | null;
} {
  const byName = new Map<string, Person>();
  for (const { articleId, people, quotes } of articles) {
    for (const local of people) {
      const person = byName.get(local.name) ?? {
        id: slugify(local.name) || 'person',
        name: local.name,
        aliases: [],
        descriptions: [],
        role: null,
        articles: [],
        quoteCount: 0,
      };
      person.articles.push(articleId);
      person.quoteCount += quotes.filter((q) => q.speaker.name === local.name).length;
      byName.set(local.name, person);
    }
  }
  const people = [...byName.values()].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  // Different names can share a slug ("Lloyd Webber" / "Lloyd-Webber"): number the later ones.
  const taken = new Set<string>();
  for (const person of people) {
    let id = person.id;
    for (let n = 2; taken.has(id); n++) id = `${person.id}-${n}`;
    taken.add(id);
    person.id = id;
  }
  return { people, personIdFor: (_articleId, name) => byName.get(name)?.id ?? null };
}
