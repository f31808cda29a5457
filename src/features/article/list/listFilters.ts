import { LIST_PAGE_SIZE } from '../../../content/dataPaths';

/**
 * The story list's URL state. Every filter is a query parameter, so a filtered list can be shared, survives
 * reload and works with back/forward. Add a filter by adding a key here and a test in `filterCatalog`.
 *
 *   /?person=elsie-marrow&section=Scotland&from=2011-01-01&to=2011-12-31&q=ferry&page=2
 */
export const FILTER_KEYS = ['person', 'topic', 'section', 'from', 'to', 'q'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/**
 * How the list is ordered (`?sort=`): by how well a story matches the query or filter, by date (newest
 * first, undated last) or by section (A–Z, newest first within each). Not a filter: it never narrows.
 */
export const SORT_KEYS = ['relevance', 'date', 'section'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export type ListFilters = { [K in FilterKey]: string | null } & { page: number; sort: SortKey | null };

/** Stories per page: the size of the list page files too, so a page of the list is one file. */
export const PAGE_SIZE = LIST_PAGE_SIZE;

export const EMPTY_FILTERS: ListFilters = {
  person: null,
  topic: null,
  section: null,
  from: null,
  to: null,
  q: null,
  page: 1,
  sort: null,
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Read filters from a query string; malformed values are dropped rather than trusted. */
export function readListFilters(params: URLSearchParams): ListFilters {
  const text = (key: FilterKey) => params.get(key)?.trim() || null;
  const date = (key: 'from' | 'to') => {
    const value = text(key);
    return value && DATE.test(value) ? value : null;
  };
  const page = Number.parseInt(params.get('page') ?? '', 10);
  const sort = params.get('sort');
  return {
    person: text('person'),
    topic: text('topic'),
    section: text('section'),
    from: date('from'),
    to: date('to'),
    q: text('q'),
    page: Number.isFinite(page) && page > 1 ? page : 1,
    sort: (SORT_KEYS as readonly string[]).includes(sort ?? '') ? (sort as SortKey) : null,
  };
}

/** Write filters back, in a stable order, leaving out defaults so URLs stay short. */
export function writeListFilters(filters: ListFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (filters.sort) params.set('sort', filters.sort);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

/**
 * Apply a change. Changing any filter goes back to page 1 (the old page number means nothing in a new
 * result set); changing only the page keeps the filters.
 */
export function updateListFilters(current: ListFilters, patch: Partial<ListFilters>): ListFilters {
  const filtersChanged =
    FILTER_KEYS.some((key) => key in patch && patch[key] !== current[key]) || ('sort' in patch && patch.sort !== current.sort);
  return { ...current, ...patch, page: patch.page ?? (filtersChanged ? 1 : current.page) };
}

export const hasActiveFilters = (filters: ListFilters) => FILTER_KEYS.some((key) => filters[key] !== null);

/** Relevance means something only when the reader asked for something: words, a topic or a person. */
export const relevanceApplies = (filters: ListFilters) => filters.q !== null || filters.topic !== null || filters.person !== null;

/**
 * The order the list is in: the one asked for, else best match for typed words, else newest first. A topic
 * or person filter offers best match but does not default to it: ranking needs every story's summary (the
 * catalog), which the typed words read anyway but a topic or person list otherwise never has to.
 */
export function effectiveSort(filters: ListFilters): SortKey {
  if (filters.sort === 'relevance') return relevanceApplies(filters) ? 'relevance' : 'date';
  return filters.sort ?? (filters.q !== null ? 'relevance' : 'date');
}
