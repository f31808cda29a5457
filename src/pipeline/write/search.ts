/**
 * Builds the full-text search index at build time (MiniSearch, serialised to JSON), so the browser
 * only downloads and loads it, the first time a reader searches.
 */
import MiniSearch from 'minisearch';
import type { Article, Person } from '../../content/schema.ts';
import { searchOptions, type SearchDocument } from '../../content/searchOptions.ts';
import { articleText } from '../link/text.ts';

export function searchDocuments(articles: Article[], people: Person[]): SearchDocument[] {
  const docs: SearchDocument[] = [];
  for (const article of articles) {
    docs.push({
      id: `a:${article.id}`,
      kind: 'article',
      title: article.headline,
      body: articleText('', article.blocks),
      articleId: article.id,
      context: article.section ?? undefined,
      updated: article.updated,
    });
    for (const quote of article.quotes) {
      docs.push({
        id: `q:${article.id}:${quote.id}`,
        kind: 'quote',
        title: quote.text,
        body: quote.speaker.name ?? '',
        articleId: article.id,
        quoteId: quote.id,
        personId: quote.speaker.personId ?? undefined,
        context: `${quote.speaker.name ?? 'Unknown speaker'} — ${article.headline}`,
        updated: article.updated,
      });
    }
  }
  for (const person of people) {
    docs.push({
      id: `p:${person.id}`,
      kind: 'person',
      title: person.name,
      body: [...person.aliases, ...person.descriptions].join(' \n '),
      personId: person.id,
      context: person.role ?? undefined,
    });
  }
  return docs;
}

export function buildSearchIndex(articles: Article[], people: Person[]): string {
  const index = new MiniSearch<SearchDocument>(searchOptions);
  index.addAll(searchDocuments(articles, people));
  return JSON.stringify(index);
}
