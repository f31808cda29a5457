/**
 * What `/` with these query parameters reads first, so it can be asked for before the list renders (the
 * router calls this when a navigation starts, and on a link's hover or press: src/app/router.tsx). It
 * follows the list's own plan (filterFiles.ts, useFilteredList.ts) and starts exactly the requests the
 * page will make, with the same query keys, so the page finds them in flight or done:
 *  - no filter, newest first: the list page file;
 *  - one person or one topic, newest first: page n of their own file (small, whatever the archive's size);
 *  - other combinations: their positions files (and the dates when a range is set);
 *  - free-text words or another order: the filter columns (and the catalog they need).
 * Never the filter columns for a plan that does not read them: that file grows with the archive. The
 * last two also start the code that draws stories found by position (FilteredStories.tsx, loaded only
 * for them), alongside their files instead of after them.
 */
import type { QueryClient } from '@tanstack/react-query';
import { catalogQuery, listAtQuery, listDaysQuery, listFacetsQuery, listPageQuery, personQuery, topicQuery, topicsIndexQuery } from '../../../data/queries';
import { planFilter } from './filterFiles';
import { effectiveSort, hasActiveFilters, readListFilters } from './listFilters';

/** The module drawing stories found by position; a failed download is the list's to report when it renders. */
export const loadFilteredStories = () => import('./FilteredStories');

export function prefetchList(client: QueryClient, search: URLSearchParams): void {
  const filters = readListFilters(search);
  const sort = effectiveSort(filters);
  if (!hasActiveFilters(filters) && sort === 'date') {
    void client.prefetchQuery(listPageQuery(filters.page));
    return;
  }
  const plan = planFilter(filters);
  switch (plan.kind) {
    case 'person':
      void client.prefetchQuery(personQuery(plan.id, filters.page));
      return;
    case 'topic':
      void client.prefetchQuery(topicQuery(plan.id, filters.page));
      return;
    case 'positions':
      void loadFilteredStories().catch(() => undefined);
      for (const { facet, key } of plan.facets) void client.prefetchQuery(listAtQuery(facet, key));
      if (plan.dates) void client.prefetchQuery(listDaysQuery());
      return;
    case 'catalog':
      void loadFilteredStories().catch(() => undefined);
      void client.prefetchQuery(listFacetsQuery());
      if (filters.q !== null || sort === 'relevance') void client.prefetchQuery(catalogQuery());
      return;
  }
}

/**
 * What the pre-rendered list reads besides: on the unfiltered first page, the small topics index, for the
 * section links offered to readers without JavaScript (SortWithoutScript). The app in the browser never
 * draws those links, so it never asks for this.
 */
export function prefetchListForServer(client: QueryClient, search: URLSearchParams): void {
  const filters = readListFilters(search);
  if (!hasActiveFilters(filters) && filters.sort === null && filters.page === 1) void client.prefetchQuery(topicsIndexQuery());
}
