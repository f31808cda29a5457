/**
 * Loading and querying the search index. MiniSearch and the index are fetched the first time a
 * reader searches (a dynamic import and one JSON file), so the first visit to any page carries
 * neither.
 */
import type MiniSearch from 'minisearch';
import { dataPaths } from '../../content/dataPaths';
import { searchOptions, type SearchDocument, type SearchKind } from '../../content/searchOptions';
import { dataUrl } from '../../data/dataRoot';
import { DataError } from '../../data/errors';

export interface SearchHit {
  id: string;
  kind: SearchKind;
  title: string;
  articleId?: string;
  quoteId?: string;
  personId?: string;
  context?: string;
  updated?: string | null;
  /** The query terms this hit matched, for highlighting. */
  terms: string[];
  score: number;
}

export type SearchEngine = MiniSearch<SearchDocument>;

export async function loadSearchEngine(signal?: AbortSignal): Promise<SearchEngine> {
  const [{ default: MiniSearchClass }, response] = await Promise.all([
    import('minisearch'),
    fetch(dataUrl(dataPaths.searchIndex), { signal }).catch(() => {
      throw new DataError(dataUrl(dataPaths.searchIndex), null, 'The search index could not be loaded. Check your connection.');
    }),
  ]);
  if (!response.ok) {
    throw new DataError(response.url, response.status, `The search index could not be loaded (HTTP ${response.status}).`);
  }
  const json = await response.text();
  return MiniSearchClass.loadJSON<SearchDocument>(json, searchOptions);
}

export const RESULTS_PER_KIND = 30;

/** Results grouped by kind, best first; a query of fewer than two letters finds nothing. */
export function runSearch(engine: SearchEngine, query: string): Record<SearchKind, SearchHit[]> {
  const grouped: Record<SearchKind, SearchHit[]> = { person: [], quote: [], article: [] };
  const text = query.trim();
  if (text.replace(/\W/g, '').length < 2) return grouped;
  for (const result of engine.search(text)) {
    const hit = result as unknown as SearchHit & { terms: string[] };
    const list = grouped[hit.kind];
    if (list && list.length < RESULTS_PER_KIND) {
      list.push({ ...hit, id: String(result.id), terms: result.terms, score: result.score });
    }
  }
  return grouped;
}
