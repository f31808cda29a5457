import type { PersonQuote } from '../../content/schema';

export interface StoryQuotes {
  articleId: string;
  headline: string;
  updated: string | null;
  quotes: PersonQuote[];
}

/** A person's quotes under the story they come from, stories in the order the data gives (newest first). */
export function groupQuotesByStory(quotes: readonly PersonQuote[]): StoryQuotes[] {
  const byStory = new Map<string, StoryQuotes>();
  for (const quote of quotes) {
    let group = byStory.get(quote.articleId);
    if (!group) {
      group = { articleId: quote.articleId, headline: quote.headline, updated: quote.updated, quotes: [] };
      byStory.set(quote.articleId, group);
    }
    group.quotes.push(quote);
  }
  return [...byStory.values()];
}
