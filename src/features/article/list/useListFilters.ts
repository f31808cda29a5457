import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  EMPTY_FILTERS,
  readListFilters,
  updateListFilters,
  writeListFilters,
  type ListFilters,
} from './listFilters';

const LIST_PATH = '/';

/** The one place the story list reads and writes its filters and page (all URL state). */
export function useListFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => readListFilters(searchParams), [searchParams]);

  /** The list's address with this change applied, for real links (pagination, "clear filter"). */
  const hrefFor = useCallback(
    (patch: Partial<ListFilters>) => {
      const query = writeListFilters(updateListFilters(filters, patch)).toString();
      return query ? `${LIST_PATH}?${query}` : LIST_PATH;
    },
    [filters],
  );

  const setFilters = useCallback(
    (patch: Partial<ListFilters>) => setSearchParams(writeListFilters(updateListFilters(filters, patch))),
    [filters, setSearchParams],
  );

  // Clearing the filters keeps the order the reader chose.
  const clearFilters = useCallback(
    () => setSearchParams(writeListFilters({ ...EMPTY_FILTERS, sort: filters.sort })),
    [filters.sort, setSearchParams],
  );

  return { filters, setFilters, clearFilters, hrefFor };
}
