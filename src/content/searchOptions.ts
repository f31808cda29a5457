/**
 * The search index's shape, shared by the pipeline (which builds and serialises it with MiniSearch
 * at build time) and the app (which loads it on first use). Both sides must use the same options.
 */
export type SearchKind = 'article' | 'quote' | 'person';

export interface SearchDocument {
  /** `a:<articleId>`, `q:<articleId>:<quoteId>` or `p:<personId>`. */
  id: string;
  kind: SearchKind;
  /** Headline, quote text or person's name. */
  title: string;
  /** Body text, quote speaker, or the person's aliases and roles: searched, not stored. */
  body: string;
  articleId?: string;
  quoteId?: string;
  personId?: string;
  /** Headline of the quote's story; speaker of a quote; role of a person. */
  context?: string;
  updated?: string | null;
}

export const SEARCH_FIELDS = ['title', 'body'] as const;
export const SEARCH_STORED_FIELDS = ['kind', 'title', 'articleId', 'quoteId', 'personId', 'context', 'updated'] as const;

export const searchOptions = {
  fields: [...SEARCH_FIELDS],
  storeFields: [...SEARCH_STORED_FIELDS],
  searchOptions: {
    boost: { title: 3 },
    prefix: true,
    fuzzy: 0.15,
    combineWith: 'AND' as const,
  },
};
