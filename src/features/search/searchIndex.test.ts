import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { searchOptions, type SearchDocument } from '../../content/searchOptions';
import { runSearch } from './searchIndex';

const docs: SearchDocument[] = [
  { id: 'a:harbour-1', kind: 'article', title: 'Harbour tolls rise', body: 'The harbour board voted to raise tolls.', articleId: 'harbour-1' },
  { id: 'q:harbour-1:q1', kind: 'quote', title: 'We cannot keep the harbour open for free', body: 'Mara Quill', articleId: 'harbour-1', quoteId: 'q1', personId: 'mara-quill' },
  { id: 'p:mara-quill', kind: 'person', title: 'Mara Quill', body: 'harbour master', personId: 'mara-quill' },
];

describe('runSearch', () => {
  // Built and serialised as the pipeline does, then loaded as the app does.
  const built = new MiniSearch<SearchDocument>(searchOptions);
  built.addAll(docs);
  const engine = MiniSearch.loadJSON<SearchDocument>(JSON.stringify(built), searchOptions);

  it('finds stories, quotes and people, grouped by kind, with the matched terms', () => {
    const results = runSearch(engine, 'harbour');
    expect(results.article.map((h) => h.articleId)).toEqual(['harbour-1']);
    expect(results.quote[0]).toMatchObject({ quoteId: 'q1', articleId: 'harbour-1' });
    expect(results.person.map((h) => h.personId)).toEqual(['mara-quill']);
    expect(results.quote[0]!.terms).toContain('harbour');
  });

  it('matches prefixes and finds a person by name', () => {
    expect(runSearch(engine, 'qui').person.map((h) => h.personId)).toEqual(['mara-quill']);
  });

  it('ignores queries too short to mean anything', () => {
    const results = runSearch(engine, ' a ');
    expect(results.article.length + results.quote.length + results.person.length).toBe(0);
  });
});
