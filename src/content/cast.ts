/**
 * Who is in a story and how often each is quoted there: the article's named people in order of first
 * mention, then any linked speaker the article left out of `people`. Shared by the pipeline (which writes
 * `article.cast`) and the app (which falls back to it for data written without `cast`).
 */
import type { Article } from './schema';

export interface StoryMember {
  id: string;
  name: string;
  role: string | null;
  /** Only for a person who shares a name with someone else in the collection (Person.distinguishedAs). */
  distinguishedAs?: string;
  quoteCount: number;
}

type KnownPerson = { name: string; role: string | null; distinguishedAs?: string | undefined };

/** `lookup` names a person from the collection; without it the article's own speaker name stands in. */
export function storyMembers(article: Article, lookup: (id: string) => KnownPerson | undefined): StoryMember[] {
  const counts = new Map<string, number>();
  const spokenNames = new Map<string, string>();
  for (const quote of article.quotes) {
    const id = quote.speaker.personId;
    if (!id) continue;
    counts.set(id, (counts.get(id) ?? 0) + 1);
    if (quote.speaker.name && !spokenNames.has(id)) spokenNames.set(id, quote.speaker.name);
  }
  const ids = castIds(article);
  return ids.map((id) => {
    const known = lookup(id);
    const note = known?.distinguishedAs ? { distinguishedAs: known.distinguishedAs } : {};
    return { id, name: known?.name ?? spokenNames.get(id) ?? id, role: known?.role ?? null, ...note, quoteCount: counts.get(id) ?? 0 };
  });
}

/**
 * The ids a story's cast is made of, in order: its named people, then any linked speaker it left out. What
 * the write stage checks an unchanged story's cast by (render.ts).
 */
export function castIds(article: Article): string[] {
  const ids = new Set(article.people);
  for (const quote of article.quotes) if (quote.speaker.personId) ids.add(quote.speaker.personId);
  return [...ids];
}
