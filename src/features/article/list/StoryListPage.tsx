import { lazy, Suspense, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import type { ArticleSummary } from '../../../content/schema';
import { isNotFound } from '../../../data/errors';
import { useCatalogWhen, useListFacets, useListPage } from '../../../data/hooks';
import { ErrorState } from '../../layout/ErrorState';
import { LoadingState } from '../../layout/LoadingState';
import { NotFoundView } from '../../layout/NotFoundView';
import { useDocumentTitle } from '../../layout/useDocumentTitle';
import { ShareButton } from '../../share/ShareButton';
import { ActiveFilters, activeFilterChips } from './ActiveFilters';
import { applyFacets, facetIndexOf } from './facetIndex';
import { foldText } from './filterCatalog';
import './listTools.css';
import { effectiveSort, hasActiveFilters, PAGE_SIZE, relevanceApplies, type ListFilters } from './listFilters';
import { Pagination } from './Pagination';
import { SortControl } from './SortControl';
import { ResultCount, Stories } from './StoryItems';
import { useListFilters } from './useListFilters';
import { useFilteredList } from './useFilteredList';
import { planFilter } from './filterFiles';
import { loadFilteredStories } from './prefetchList';

// Most first visits never open the filters: the panel (and its styles) loads the first time it opens, and
// the results drawn from positions (other orders, combined filters) the first time they are asked for.
const loadFilterPanel = () => import('./FilterPanel');
const FilterPanel = lazy(() => loadFilterPanel().then((m) => ({ default: m.FilterPanel })));
const FilteredList = lazy(() => loadFilteredStories().then((m) => ({ default: m.FilteredList })));
const StoriesAt = lazy(() => loadFilteredStories().then((m) => ({ default: m.StoriesAt })));

/**
 * `/`: every story, 20 a page, narrowed by the filters in the URL and ordered by `?sort=` (newest first
 * by default; best match first when words, a topic or a person are asked for). The first story of the
 * first page leads (larger, with its standfirst: see list.css).
 *
 * What it reads grows with what the reader does, not with the collection: the unfiltered newest-first list
 * reads one `list/page-<n>.json`; newest first, one person or topic reads its own page file, other filters
 * their positions files and the list pages holding the stories to show (filterFiles.ts); the panel's counts
 * and the section order read `list/facets.json`; the free-text `q` filter and the relevance order need
 * catalog.json.
 */
export function StoryListPage() {
  const { filters, setFilters, clearFilters, hrefFor } = useListFilters();
  const filtered = hasActiveFilters(filters);
  const sort = effectiveSort(filters);
  // Newest first over the whole collection is the list files' own order; anything else needs the columns.
  const reordered = filtered || sort !== 'date';
  // A shared filtered list opens with its panel; one person or topic alone (a link from their page) does
  // not, so it reads nothing but their own file.
  const [panelOpen, setPanelOpen] = useState(() => filtered && !SINGLE_FILE_PLANS.has(planFilter(filters).kind));
  // Newest first, the list itself reads small files (useFilteredList); the panel's faceted counts, the
  // free-text filter and the other orders need the filter columns.
  const fromFiles = useFilteredList(filters);
  const needsColumns = reordered && fromFiles.status === 'catalog';
  const facetsQuery = useListFacets(panelOpen || needsColumns);
  // The panel's code downloads alongside its data, not after it; so does the code drawing reordered or
  // combined results (the router has usually started it already: prefetchList).
  useEffect(() => {
    if (panelOpen) void loadFilterPanel();
  }, [panelOpen]);
  useEffect(() => {
    if (reordered) void loadFilteredStories().catch(() => undefined);
  }, [reordered]);
  const catalogQuery = useCatalogWhen(filters.q !== null || sort === 'relevance');
  const index = facetsQuery.data ? facetIndexOf(facetsQuery.data) : null;
  const textMatch = useTextMatch(catalogQuery.data, filters.q);
  const result = useMemo(
    () => (index && (!filters.q || textMatch) ? applyFacets(index, filters, textMatch ?? undefined) : null),
    [index, filters, textMatch],
  );
  const failed = needsColumns ? facetsQuery.isError || catalogQuery.isError : filtered && fromFiles.status === 'error';
  useDocumentTitle(failed ? 'Stories could not be loaded' : 'Stories');

  const headingRef = useRef<HTMLHeadingElement>(null);
  const panelId = useId();
  const { pathname, search } = useLocation();
  const chips = activeFilterChips(filters, index, 'names' in fromFiles ? fromFiles.names : undefined);
  // A removed chip takes the focus with it: put it on the heading, above the new results.
  const afterRemoval = () => headingRef.current?.focus();

  return (
    <div className="story-list">
      <header className="page-header">
        <h1 ref={headingRef} tabIndex={-1}>
          {filtered ? 'Stories' : 'All stories'}
        </h1>
        <ActiveFilters
          chips={chips}
          onRemove={(key) => {
            setFilters({ [key]: null });
            afterRemoval();
          }}
          onClearAll={() => {
            clearFilters();
            afterRemoval();
          }}
        />
        <div className="story-list__tools">
          <button
            type="button"
            className="button button--quiet filter-toggle"
            aria-expanded={panelOpen}
            aria-controls={panelId}
            onClick={() => setPanelOpen((open) => !open)}
          >
            {panelOpen ? 'Hide filters' : 'Filter stories'}
          </button>
          <SortControl
            value={sort}
            withRelevance={relevanceApplies(filters)}
            onChange={(next) => setFilters({ sort: next })}
            withoutScript={!filtered && filters.sort === null && filters.page === 1}
          />
          <ShareButton path={pathname + search} title="Stories — Verbatim" label="Share this list" />
        </div>
      </header>
      {panelOpen &&
        (index && result ? (
          <Suspense fallback={<LoadingFilters id={panelId} />}>
            <FilterPanel id={panelId} index={index} result={result} filters={filters} setFilters={setFilters} />
          </Suspense>
        ) : facetsQuery.isError ? (
          <div id={panelId}>
            <ErrorState error={facetsQuery.error} onRetry={() => void facetsQuery.refetch()} />
          </div>
        ) : (
          <LoadingFilters id={panelId} />
        ))}
      {!reordered ? (
        <UnfilteredList page={filters.page} hrefFor={hrefFor} />
      ) : fromFiles.status === 'error' ? (
        <ErrorState error={fromFiles.error} onRetry={fromFiles.refetch} />
      ) : fromFiles.status === 'stories' ? (
        <FilePage total={fromFiles.total} page={fromFiles.page} pageCount={fromFiles.pageCount} hrefFor={hrefFor}>
          <Stories stories={fromFiles.stories} first={firstOf(fromFiles.total, fromFiles.page)} />
        </FilePage>
      ) : fromFiles.status === 'positions' ? (
        <FilePage total={fromFiles.total} page={fromFiles.page} pageCount={fromFiles.pageCount} hrefFor={hrefFor} shown={fromFiles.positions.length}>
          <Suspense fallback={<LoadingState shape="list" label="Loading stories…" />}>
            <StoriesAt positions={fromFiles.positions} pageSize={PAGE_SIZE} first={firstOf(fromFiles.total, fromFiles.page)} />
          </Suspense>
        </FilePage>
      ) : fromFiles.status === 'pending' ? (
        <LoadingState shape="list" label="Filtering stories…" />
      ) : failed ? (
        <ErrorState
          error={facetsQuery.error ?? catalogQuery.error}
          onRetry={() => {
            if (facetsQuery.isError) void facetsQuery.refetch();
            if (catalogQuery.isError) void catalogQuery.refetch();
          }}
        />
      ) : index && result ? (
        <Suspense fallback={<LoadingState shape="list" label="Filtering stories…" />}>
          <FilteredList index={index} result={result} filters={filters} sort={sort} catalog={catalogQuery.data} hrefFor={hrefFor} />
        </Suspense>
      ) : (
        <LoadingState shape="list" label="Filtering stories…" />
      )}
    </div>
  );
}

const SINGLE_FILE_PLANS: ReadonlySet<string> = new Set(['person', 'topic']);

const firstOf = (total: number, page: number) => (total === 0 ? 0 : (page - 1) * PAGE_SIZE + 1);

/** A filtered page answered from small files: its count, its stories, its page links. */
function FilePage({
  total,
  page,
  pageCount,
  hrefFor,
  shown,
  children,
}: {
  total: number;
  page: number;
  pageCount: number;
  hrefFor: HrefFor;
  shown?: number;
  children: ReactNode;
}) {
  const first = firstOf(total, page);
  const onPage = shown ?? Math.max(0, Math.min(PAGE_SIZE, total - (page - 1) * PAGE_SIZE));
  return (
    <>
      <ResultCount total={total} first={first} shown={onPage} />
      {children}
      <Pagination page={page} pageCount={pageCount} hrefFor={(n) => hrefFor({ page: n })} />
    </>
  );
}

function LoadingFilters({ id }: { id: string }) {
  return (
    <div id={id} className="filter-panel filter-panel--loading">
      <p>Loading filters…</p>
    </div>
  );
}

/** 1 per catalog position whose headline or standfirst holds the `q` words; null until the catalog loads. */
function useTextMatch(catalog: readonly ArticleSummary[] | undefined, q: string | null): Uint8Array | null {
  return useMemo(() => {
    if (!catalog || !q) return null;
    const words = foldText(q);
    return Uint8Array.from(catalog, (s) => (foldText(`${s.headline} ${s.standfirst}`).includes(words) ? 1 : 0));
  }, [catalog, q]);
}

type HrefFor = (patch: Partial<ListFilters>) => string;

/** The unfiltered list: one page file. A page past the end shows the last page. */
function UnfilteredList({ page, hrefFor }: { page: number; hrefFor: HrefFor }) {
  const query = useListPage(page);
  if (query.isPending) return <LoadingState shape="list" />;
  if (query.isError) {
    if (isNotFound(query.error)) return page > 1 ? <LastPage hrefFor={hrefFor} /> : <NotFoundView />;
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  const { stories, total, pageCount } = query.data;
  const first = total === 0 ? 0 : (query.data.page - 1) * PAGE_SIZE + 1;
  return (
    <>
      <ResultCount total={total} first={first} shown={stories.length} />
      <Stories stories={stories} first={first} />
      <Pagination page={query.data.page} pageCount={pageCount} hrefFor={(n) => hrefFor({ page: n })} />
    </>
  );
}

function LastPage({ hrefFor }: { hrefFor: HrefFor }) {
  const first = useListPage(1);
  if (first.isPending) return <LoadingState shape="list" />;
  if (first.isError) return <ErrorState error={first.error} onRetry={() => void first.refetch()} />;
  return <UnfilteredList page={first.data.pageCount} hrefFor={hrefFor} />;
}
