/**
 * Resolves a page's own related-stories list to articles in the collection. Titles are matched
 * tolerantly: case, punctuation, quote styles and spacing differ between a story's headline and the
 * way other pages list it.
 */
import type { RelatedStory } from '../../content/schema.ts';

/** Titles seen, normalised: every link resolves every headline and related line again, mostly the same ones. */
const normalised = new Map<string, string>();
const NORMALISED_KEPT = 500_000;

export function normaliseTitle(title: string): string {
  let key = normalised.get(title);
  if (key === undefined) {
    if (normalised.size >= NORMALISED_KEPT) normalised.clear();
    normalised.set(title, (key = normaliseTitleText(title)));
  }
  return key;
}

function normaliseTitleText(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export interface TitleIndex {
  resolve(title: string, selfId: string): string | null;
}

/**
 * Builds the lookup once for the whole collection. When several articles share a headline, the
 * one listed first (source order) wins, so resolution is deterministic.
 */
export function buildTitleIndex(articles: Array<{ id: string; headline: string }>): TitleIndex {
  const exact = new Map<string, string>();
  for (const { id, headline } of articles) {
    const key = normaliseTitle(headline);
    if (key && !exact.has(key)) exact.set(key, id);
  }
  return {
    resolve(title, selfId) {
      const key = normaliseTitle(title);
      const id = exact.get(key) ?? exact.get(stripLabel(key));
      return id && id !== selfId ? id : null;
    },
  };
}

/** Related lists often prefix a label the headline lacks: "Profile: …", "Q&A: …", "In pictures: …". */
function stripLabel(key: string): string {
  return key.replace(/^(profile|timeline|q and a|in pictures|analysis|obituary|in quotes) /, '');
}

export function resolveRelated(related: RelatedStory[], selfId: string, index: TitleIndex): RelatedStory[] {
  return related.map((story) => ({ ...story, id: index.resolve(story.title, selfId) }));
}
