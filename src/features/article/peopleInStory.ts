import type { Article, Person } from '../../content/schema';

export interface StoryPerson {
  id: string;
  name: string;
  /** Quotes attributed to this person in this story. */
  quoteCount: number;
}

/**
 * The people named in a story (in order of first mention) with their quote counts here. Names come from
 * people.json; until it loads (or if a person is missing from it) the story's own speaker name stands in.
 */
export function peopleInStory(article: Article, peopleById: ReadonlyMap<string, Person>): StoryPerson[] {
  const counts = new Map<string, number>();
  const spokenNames = new Map<string, string>();
  for (const quote of article.quotes) {
    const id = quote.speaker.personId;
    if (!id) continue;
    counts.set(id, (counts.get(id) ?? 0) + 1);
    if (quote.speaker.name && !spokenNames.has(id)) spokenNames.set(id, quote.speaker.name);
  }
  // A speaker the pipeline linked to a person but left out of `people` is still someone in the story.
  const ids = [...new Set([...article.people, ...counts.keys()])];
  return ids.map((id) => ({
    id,
    name: peopleById.get(id)?.name ?? spokenNames.get(id) ?? id,
    quoteCount: counts.get(id) ?? 0,
  }));
}

export const quotesLabel = (n: number) => (n === 1 ? '1 quote' : `${n} quotes`);
