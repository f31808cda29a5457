import type { Article } from '../../content/schema';
import { storyMembers } from '../../content/cast';

export interface StoryPerson {
  id: string;
  name: string;
  /** The note telling this person from a namesake in the collection ("Tolan Brake (Sport)"). */
  distinguishedAs?: string;
  /** Quotes attributed to this person in this story. */
  quoteCount: number;
}

/**
 * The people named in a story (in order of first mention) with their quote counts here. Names come from
 * the article's own `cast` (written by the pipeline from people.json), so no collection-wide file is
 * read; for an article without one, the story's own speaker name stands in, else the id.
 */
export function peopleInStory(article: Article): StoryPerson[] {
  const cast = new Map((article.cast ?? []).map((member) => [member.id, member]));
  return storyMembers(article, (id) => cast.get(id)).map(({ id, name, distinguishedAs, quoteCount }) => ({ id, name, ...(distinguishedAs ? { distinguishedAs } : {}), quoteCount }));
}

export const quotesLabel = (n: number) => (n === 1 ? '1 quote' : `${n} quotes`);
