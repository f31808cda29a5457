import { keepPreviousData, queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { dataPaths } from '../../content/dataPaths';
import { parseQuery } from '../../content/searchText';
import type { SearchRoot, SearchStoryShard, SearchTermShard } from '../../content/schema';
import { dataUrl } from '../../data/dataRoot';
import { fetchJson } from '../../data/fetchJson';
import { cachedSource, runSearch, type SearchSource } from './searchEngine';

/** One source per session: each index file is read once and kept (they never change while the app runs). */
let source: SearchSource | undefined;
export function searchSource(): SearchSource {
  return (source ??= cachedSource({
    root: () => fetchJson<SearchRoot>(dataUrl(dataPaths.searchRoot)),
    terms: (prefix) => fetchJson<SearchTermShard>(dataUrl(dataPaths.searchTerms(prefix))),
    stories: (shard) => fetchJson<SearchStoryShard>(dataUrl(dataPaths.searchStories(shard))),
  }));
}

/** Stories shown at first, and added by each "Show more": each one shown may read one small file. */
export const STORIES_PER_PAGE = 10;

/** Whether the text holds anything to search for (not one letter, not only common words). */
export function searchable(text: string): boolean {
  const parsed = parseQuery(text);
  return parsed.terms.length > 0 || parsed.prefix !== null;
}

export function searchQuery(text: string, limit: number) {
  const parsed = parseQuery(text);
  return queryOptions({
    queryKey: ['search', parsed.terms, parsed.prefix, limit],
    queryFn: () => runSearch(searchSource(), text, limit),
    staleTime: Infinity,
    gcTime: 5 * 60_000,
  });
}

/** Starts a search at once (from the input event), before React renders: the page's query picks it up. */
export function startSearch(client: QueryClient, text: string): void {
  if (searchable(text)) void client.prefetchQuery(searchQuery(text, STORIES_PER_PAGE));
}

/**
 * Results for a query, the first `limit` stories with their headlines. While the next query runs the
 * previous results stay on screen (`isPlaceholderData`), so typing never blanks the list. `enabled` is
 * false when the text holds nothing to search for (one letter, only common words).
 */
export function useSearch(text: string, limit: number) {
  const enabled = searchable(text);
  const search = useQuery({ ...searchQuery(text, limit), enabled, placeholderData: keepPreviousData });
  return { search, enabled };
}
