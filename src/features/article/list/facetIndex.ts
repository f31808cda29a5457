/**
 * The list filters over `list/facets.json`, fast at 100,000 stories: the file is decoded once per load
 * into typed arrays, and each filter change is a few linear passes over them (no per-story objects).
 *
 * Counts are faceted: beside each choice of one facet is the number of stories the list would show if
 * that choice were picked, with every OTHER active filter kept. That is computed with one "misses"
 * counter per story (how many active filters exclude it): a story counts for facet F when it misses
 * nothing, or misses F alone.
 */
import type { ListFacets } from '../../../content/schema';
import type { ListFilters } from './listFilters';

export interface FacetChoice {
  id: string;
  name: string;
  /** Stories with this value in the whole collection (a stable order for the choices). */
  total: number;
  /** List positions of its stories, ascending. */
  positions: Uint32Array;
}

export interface FacetIndex {
  total: number;
  pageSize: number;
  sections: readonly { name: string; count: number }[];
  sectionOf: Int32Array;
  /** Day numbers (days since 1970-01-01 UTC); NO_DAY for undated stories. */
  day: Float64Array;
  topics: readonly FacetChoice[];
  people: readonly FacetChoice[];
  topicById: ReadonlyMap<string, number>;
  personById: ReadonlyMap<string, number>;
  /** The collection's first and last dates (YYYY-MM-DD), or null when nothing is dated. */
  dateRange: { min: string; max: string } | null;
}

const NO_DAY = Number.NaN;
const DAY_MS = 24 * 60 * 60 * 1000;

export const dayToIso = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const isoToDay = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en-GB');

function decodeChoices(values: ListFacets['topics']): FacetChoice[] {
  return values.map((v) => {
    const positions = new Uint32Array(v.at.length);
    let p = 0;
    v.at.forEach((gap, i) => {
      p = i === 0 ? gap : p + gap;
      positions[i] = p;
    });
    return { id: v.id, name: v.name, total: v.count, positions };
  });
}

const cache = new WeakMap<ListFacets, FacetIndex>();

/** Decode once per loaded file (cached by object identity, so remounts do not redo it). */
export function facetIndexOf(facets: ListFacets): FacetIndex {
  const known = cache.get(facets);
  if (known) return known;
  const day = Float64Array.from(facets.day, (d) => (d === null ? NO_DAY : d));
  let min = Infinity;
  let max = -Infinity;
  for (const d of day) {
    if (d < min) min = d;
    if (d > max) max = d;
  }
  const topics = decodeChoices(facets.topics);
  const people = decodeChoices(facets.people);
  const index: FacetIndex = {
    total: facets.total,
    pageSize: facets.pageSize,
    sections: facets.sections,
    sectionOf: Int32Array.from(facets.sectionOf),
    day,
    topics,
    people,
    topicById: new Map(topics.map((t, i) => [t.id, i])),
    personById: new Map(people.map((p, i) => [p.id, i])),
    dateRange: Number.isFinite(min) ? { min: dayToIso(min), max: dayToIso(max) } : null,
  };
  cache.set(facets, index);
  return index;
}

export type FacetKey = 'section' | 'topic' | 'person' | 'date' | 'text';

export interface FacetResult {
  /** Matching list positions, ascending (newest first). */
  positions: Uint32Array;
  /** Per section (aligned with `index.sections`): stories if that section were picked. */
  sectionCounts: Int32Array;
  /** Stories with the section filter lifted ("All sections"). */
  anySection: number;
  topicCounts: Int32Array;
  personCounts: Int32Array;
}

/**
 * Apply the filters. `textMatch`, when given, is one more filter (the `q` words, matched by the caller
 * over headlines it has loaded): 1 for a story that matches.
 */
export function applyFacets(index: FacetIndex, filters: ListFilters, textMatch?: Uint8Array): FacetResult {
  const n = index.total;
  const misses = new Uint8Array(n);
  /** Per active filter: 1 where the story is excluded. Kept to tell "misses only this one". */
  const excluded = new Map<FacetKey, Uint8Array>();
  const exclude = (key: FacetKey, keep: (i: number) => boolean) => {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      if (!keep(i)) {
        out[i] = 1;
        misses[i]!++;
      }
    }
    excluded.set(key, out);
  };
  const excludeAllBut = (key: FacetKey, positions: Uint32Array | null) => {
    const out = new Uint8Array(n).fill(1);
    if (positions) for (const p of positions) out[p] = 0;
    for (let i = 0; i < n; i++) misses[i]! += out[i]!;
    excluded.set(key, out);
  };

  if (filters.section) {
    const wanted = fold(filters.section);
    const s = index.sections.findIndex((x) => fold(x.name) === wanted);
    exclude('section', (i) => s >= 0 && index.sectionOf[i] === s);
  }
  if (filters.topic) {
    const t = index.topicById.get(filters.topic);
    excludeAllBut('topic', t === undefined ? null : index.topics[t]!.positions);
  }
  if (filters.person) {
    const p = index.personById.get(filters.person);
    excludeAllBut('person', p === undefined ? null : index.people[p]!.positions);
  }
  if (filters.from || filters.to) {
    const from = filters.from ? isoToDay(filters.from) : -Infinity;
    const to = filters.to ? isoToDay(filters.to) : Infinity;
    // NaN (undated) fails both comparisons: an undated story is never in a date range.
    exclude('date', (i) => index.day[i]! >= from && index.day[i]! <= to);
  }
  if (textMatch) exclude('text', (i) => textMatch[i] === 1);

  /** Is story i in the list once facet `key`'s own filter is lifted? */
  const inOthers = (key: FacetKey) => {
    const own = excluded.get(key);
    return own ? (i: number) => misses[i] === own[i] : (i: number) => misses[i] === 0;
  };

  let matching = 0;
  for (let i = 0; i < n; i++) if (misses[i] === 0) matching++;
  const positions = new Uint32Array(matching);
  for (let i = 0, k = 0; i < n; i++) if (misses[i] === 0) positions[k++] = i;

  const sectionCounts = new Int32Array(index.sections.length);
  let anySection = 0;
  const sectionOk = inOthers('section');
  for (let i = 0; i < n; i++) {
    if (!sectionOk(i)) continue;
    anySection++;
    const s = index.sectionOf[i]!;
    if (s >= 0) sectionCounts[s]!++;
  }

  const countChoices = (choices: readonly FacetChoice[], key: FacetKey) => {
    const ok = inOthers(key);
    const counts = new Int32Array(choices.length);
    choices.forEach((choice, c) => {
      let count = 0;
      for (const p of choice.positions) if (ok(p)) count++;
      counts[c] = count;
    });
    return counts;
  };

  return {
    positions,
    sectionCounts,
    anySection,
    topicCounts: countChoices(index.topics, 'topic'),
    personCounts: countChoices(index.people, 'person'),
  };
}

/** The list pages (1-based) that hold the given positions, in order, without repeats. */
export function pagesHolding(positions: ArrayLike<number>, pageSize: number): number[] {
  const pages: number[] = [];
  for (let i = 0; i < positions.length; i++) {
    const page = Math.floor(positions[i]! / pageSize) + 1;
    if (pages[pages.length - 1] !== page) pages.push(page);
  }
  return pages;
}
