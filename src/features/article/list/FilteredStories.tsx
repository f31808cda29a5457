import { useMemo } from 'react';
import type { ArticleSummary } from '../../../content/schema';
import { useListPages } from '../../../data/useListPages';
import { ErrorState } from '../../layout/ErrorState';
import { LoadingState } from '../../layout/LoadingState';
import { pagesHolding, type FacetIndex, type FacetResult } from './facetIndex';
import type { ListFilters, SortKey } from './listFilters';
import { Pagination } from './Pagination';
import { sortByRelevance, sortBySection } from './sortPositions';
import { ResultCount, Stories } from './StoryItems';

/*
 * The list's results drawn from positions (the facet index's, or the positions files'): loaded only when a
 * filter or another order asks for them (StoryListPage), so the unfiltered list — every first visit to
 * `/` — carries none of it.
 */
type HrefFor = (patch: Partial<ListFilters>) => string;

/** A filtered page: positions from the facet index, stories from the list pages (or catalog) holding them. */
export function FilteredList({
  index,
  result,
  filters,
  sort,
  catalog,
  hrefFor,
}: {
  index: FacetIndex;
  result: FacetResult;
  filters: ListFilters;
  sort: SortKey;
  catalog: readonly ArticleSummary[] | undefined;
  hrefFor: HrefFor;
}) {
  const ordered = useMemo(
    () =>
      sort === 'section'
        ? sortBySection(result.positions, index)
        : sort === 'relevance'
          ? catalog
            ? sortByRelevance(result.positions, catalog, filters)
            : null
          : result.positions,
    [sort, result.positions, index, catalog, filters],
  );
  if (!ordered) return <LoadingState shape="list" label="Sorting stories…" />;
  const size = index.pageSize;
  const total = ordered.length;
  const pageCount = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(1, filters.page), pageCount);
  const positions = ordered.subarray((page - 1) * size, page * size);
  const first = total === 0 ? 0 : (page - 1) * size + 1;
  const byDate = sort === 'date';
  return (
    <>
      <ResultCount total={total} first={first} shown={positions.length} />
      {catalog ? (
        <Stories stories={Array.from(positions, (p) => catalog[p]!).filter(Boolean)} first={first} />
      ) : (
        <StoriesAt positions={positions} pageSize={size} first={first} />
      )}
      <Pagination
        page={page}
        pageCount={pageCount}
        hrefFor={(n) => hrefFor({ page: n })}
        previousLabel={byDate ? 'Newer stories' : 'Previous page'}
        nextLabel={byDate ? 'Older stories' : 'Next page'}
      />
    </>
  );
}

/** The stories at these list positions, read from the list pages holding them. */
export function StoriesAt({ positions, pageSize, first }: { positions: Uint32Array; pageSize: number; first: number }) {
  // The pages holding them, found in position order (the stories are then shown in the order given).
  const pages = useMemo(() => pagesHolding(Uint32Array.from(positions).sort(), pageSize), [positions, pageSize]);
  const loaded = useListPages(pages);
  if (loaded.error) return <ErrorState error={loaded.error} onRetry={loaded.refetch} />;
  if (loaded.isPending) return <LoadingState shape="list" label="Loading stories…" />;
  const byPage = new Map(pages.map((n, i) => [n, loaded.pages[i]]));
  const stories = Array.from(positions, (p) => byPage.get(Math.floor(p / pageSize) + 1)?.stories[p % pageSize]).filter(
    (s): s is ArticleSummary => s !== undefined,
  );
  return <Stories stories={stories} first={first} />;
}
