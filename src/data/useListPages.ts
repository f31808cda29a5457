import { useQueries } from '@tanstack/react-query';
import { listPageQuery } from './queries';

/**
 * Several list pages at once (a filtered page's stories live on the unfiltered pages that hold them). In a
 * module of its own: only the list's filtered results use it, and `useQueries` stays out of every other
 * first visit (docs/performance.md).
 */
export function useListPages(pages: readonly number[]) {
  return useQueries({
    queries: pages.map((page) => listPageQuery(page)),
    combine: (results) => ({
      pages: results.map((r) => r.data),
      isPending: results.some((r) => r.isPending),
      error: results.find((r) => r.isError)?.error ?? null,
      refetch: () => results.forEach((r) => r.isError && void r.refetch()),
    }),
  });
}
