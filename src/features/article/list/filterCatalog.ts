import type { ArticleSummary } from '../../../content/schema';
import { PAGE_SIZE, type ListFilters } from './listFilters';

/** Lower-case without accents, for matching typed words. */
export const foldText = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en-GB');

/** The catalog entries matching every active filter, in catalog order (newest first). */
export function filterCatalog(catalog: readonly ArticleSummary[], filters: ListFilters): ArticleSummary[] {
  const q = filters.q ? foldText(filters.q) : null;
  const section = filters.section ? foldText(filters.section) : null;
  return catalog.filter((story) => {
    if (filters.person && !story.people.includes(filters.person)) return false;
    if (filters.topic && !story.topics.includes(filters.topic)) return false;
    if (section && foldText(story.section ?? '') !== section) return false;
    if (filters.from || filters.to) {
      // ISO instants sort as text; compare the date part. Undated stories cannot be in a date range.
      const day = story.updated?.slice(0, 10);
      if (!day) return false;
      if (filters.from && day < filters.from) return false;
      if (filters.to && day > filters.to) return false;
    }
    if (q && !foldText(`${story.headline} ${story.standfirst}`).includes(q)) return false;
    return true;
  });
}

export interface Page<T> {
  items: T[];
  page: number;
  pageCount: number;
  total: number;
  /** 1-based position of the first item shown, 0 when empty. */
  first: number;
}

/** One page of results; a page number past the end shows the last page. */
export function paginate<T>(items: readonly T[], page: number, size = PAGE_SIZE): Page<T> {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pageCount);
  const start = (current - 1) * size;
  return {
    items: items.slice(start, start + size),
    page: current,
    pageCount,
    total: items.length,
    first: items.length ? start + 1 : 0,
  };
}
