/**
 * The data a pre-rendered page was drawn from, as embedded in it (`<script type="application/json"
 * id="verbatim-state">`): each query's key and data, nothing else. No timestamps or fetch bookkeeping (two
 * builds of the same content write the same bytes), and the browser starts its cache from it, so the page
 * hydrates without a request.
 */
import type { QueryClient, QueryKey } from '@tanstack/react-query';

type PageState = Array<[key: QueryKey, data: unknown]>;

/** The client's loaded queries as JSON, in the order they were started. Throws if one failed: a page must not be built in an error state. */
export function pageStateJson(client: QueryClient, url: string): string {
  const state: PageState = [];
  for (const query of client.getQueryCache().getAll()) {
    if (query.state.status === 'error') throw new Error(`${url}: ${JSON.stringify(query.queryKey)} failed while pre-rendering: ${String(query.state.error)}`);
    if (query.state.status === 'success') state.push([query.queryKey, query.state.data]);
  }
  return JSON.stringify(state);
}

/**
 * Fills the cache from a page's embedded state. The data counts as loaded at time 0: it never goes stale
 * (the app's data is static per build), and the same data from the network is never older than it.
 */
export function restorePageState(client: QueryClient, json: string): void {
  const state = JSON.parse(json) as PageState;
  for (const [key, data] of state) client.setQueryData(key, data, { updatedAt: 0 });
}
