import { useMemo } from 'react';
import { Link } from 'react-router';
import { useCatalog, usePeopleById } from '../../../data/hooks';
import { QueryState } from '../../layout/QueryState';
import { useDocumentTitle } from '../../layout/useDocumentTitle';
import { filterCatalog, paginate } from './filterCatalog';
import { Pagination } from './Pagination';
import { StoryCard } from './StoryCard';
import { useListFilters } from './useListFilters';
import type { ArticleSummary } from '../../../content/schema';

/** `/`: every story, newest first, 20 a page, optionally narrowed by URL filters (`?person=`). */
export function StoryListPage() {
  const query = useCatalog();
  useDocumentTitle(query.isError ? 'Stories could not be loaded' : 'Stories');
  return (
    <QueryState query={query} shape="list">
      {(catalog) => <StoryList catalog={catalog} />}
    </QueryState>
  );
}

function StoryList({ catalog }: { catalog: readonly ArticleSummary[] }) {
  const { filters, hrefFor } = useListFilters();
  const peopleById = usePeopleById();
  const matches = useMemo(() => filterCatalog(catalog, filters), [catalog, filters]);
  const page = paginate(matches, filters.page);
  const personName = filters.person ? (peopleById.get(filters.person)?.name ?? null) : null;
  const last = page.first + page.items.length - 1;

  return (
    <div className="story-list">
      <header className="page-header">
        <h1>{filters.person ? 'Stories' : 'All stories'}</h1>
        {filters.person && (
          <p className="filter-note">
            Stories quoting/naming <strong>{personName ?? filters.person}</strong> —{' '}
            <Link to={hrefFor({ person: null })}>clear filter</Link>
          </p>
        )}
        <p className="page-header__count" role="status">
          {page.total === 0
            ? 'No stories match.'
            : `Showing ${page.first}–${last} of ${page.total} ${page.total === 1 ? 'story' : 'stories'}`}
        </p>
      </header>
      {page.items.length > 0 && (
        <ol className="story-list__items" start={page.first}>
          {page.items.map((story) => (
            <li key={story.id}>
              <StoryCard story={story} />
            </li>
          ))}
        </ol>
      )}
      <Pagination page={page.page} pageCount={page.pageCount} hrefFor={(n) => hrefFor({ page: n })} />
    </div>
  );
}
