import type { Article } from '../../content/schema';

export interface StoryPerson {
  id: string;
  name: string;
  /** Quotes attributed to this person in this story. */
  quoteCount: number;
}

/**
 * The people named in a story (in order of first mention) with their quote counts here. Names come from
 * the article's own `cast` (written by the pipeline from people.json), so no collection-wide file is
 * read; for an article without one, the story's own speaker name stands in, else the id.
 */
export function peopleInStory(article: Article): StoryPerson[] {
  const castNames = new Map((article.cast ?? []).map((member) => [member.id, member.name]));
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
    name: castNames.get(id) ?? spokenNames.get(id) ?? id,
    quoteCount: counts.get(id) ?? 0,
  }));
}

export const quotesLabel = (n: number) => (n === 1 ? '1 quote' : `${n} quotes`);
