/**
 * How a filtered list is answered from small files, never from a file that grows with the collection:
 *  - one person, or one topic, alone: that person's or topic's own page file (`people/<id>.json`,
 *    `topics/<id>.json`, then `…/page-<n>.json`), which already holds its stories newest first, 20 a page;
 *  - any other combination of person, topic, section and dates: one positions file per person, topic or
 *    section (`list/at/…`), intersected, cut by the dates' run of positions (`list/days.json`), then the
 *    list pages holding the page's stories;
 *  - the free-text `q` filter still needs every headline (catalog.json) and the filter columns.
 */
import { sectionKey, type ListFacet } from '../../../content/dataPaths';
import type { ListDays } from '../../../content/schema';
import { effectiveSort, type ListFilters } from './listFilters';

export type FilterPlan =
  | { kind: 'person'; id: string }
  | { kind: 'topic'; id: string }
  | { kind: 'positions'; facets: Array<{ facet: ListFacet; key: string }>; dates: boolean }
  | { kind: 'catalog' };

/** Which files answer these filters (call only when some filter is active). */
export function planFilter(filters: ListFilters): FilterPlan {
  // Only newest first is the small files' own order: typed words and the other orders read the columns.
  if (filters.q || effectiveSort(filters) !== 'date') return { kind: 'catalog' };
  const dates = filters.from !== null || filters.to !== null;
  if (!dates && !filters.section) {
    if (filters.person && !filters.topic) return { kind: 'person', id: filters.person };
    if (filters.topic && !filters.person) return { kind: 'topic', id: filters.topic };
  }
  const facets: Array<{ facet: ListFacet; key: string }> = [];
  if (filters.person) facets.push({ facet: 'person', key: filters.person });
  if (filters.topic) facets.push({ facet: 'topic', key: filters.topic });
  if (filters.section) facets.push({ facet: 'section', key: sectionKey(filters.section) });
  return { kind: 'positions', facets, dates };
}

/** Delta-encoded ascending positions → the positions. */
export function decodePositions(at: readonly number[]): Uint32Array {
  const out = new Uint32Array(at.length);
  let p = 0;
  for (let i = 0; i < at.length; i++) {
    p = i === 0 ? at[i]! : p + at[i]!;
    out[i] = p;
  }
  return out;
}

/** Positions in every list (each ascending), smallest list first so the work is the smallest list's size. */
export function intersectSorted(lists: readonly Uint32Array[]): Uint32Array {
  if (lists.length === 0) return new Uint32Array(0);
  const [first, ...rest] = [...lists].sort((a, b) => a.length - b.length);
  let current = first!;
  for (const other of rest) {
    const out = new Uint32Array(Math.min(current.length, other.length));
    let n = 0;
    let j = 0;
    for (let i = 0; i < current.length; i++) {
      const p = current[i]!;
      // Galloping would be faster for very uneven lists; a linear merge is bounded by the longer list.
      while (j < other.length && other[j]! < p) j++;
      if (j < other.length && other[j] === p) out[n++] = p;
    }
    current = out.subarray(0, n);
  }
  return current;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const isoDay = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);

/**
 * The run of list positions [start, end) dated between `from` and `to` (inclusive, either may be open).
 * The list is newest first, so later dates come first; undated stories (last) are never in a range.
 */
export function dateRun(days: ListDays, from: string | null, to: string | null): [number, number] {
  const fromDay = from ? isoDay(from) : -Infinity;
  const toDay = to ? isoDay(to) : Infinity;
  let start = days.undatedFrom;
  let end = days.undatedFrom;
  // Entries are newest first: the first entry at or before `to` starts the run; the first before `from` ends it.
  for (let i = 0; i < days.days.length; i++) {
    const [day, first] = days.days[i]!;
    if (start === days.undatedFrom && day <= toDay && day >= fromDay) start = first;
    if (day < fromDay) {
      end = first;
      break;
    }
  }
  return start < end ? [start, end] : [0, 0];
}

/** The positions of a run, or of a list cut to a run. */
export function withinRun(positions: Uint32Array | null, [start, end]: [number, number]): Uint32Array {
  if (!positions) return Uint32Array.from({ length: end - start }, (_, i) => start + i);
  let lo = 0;
  while (lo < positions.length && positions[lo]! < start) lo++;
  let hi = lo;
  while (hi < positions.length && positions[hi]! < end) hi++;
  return positions.subarray(lo, hi);
}
