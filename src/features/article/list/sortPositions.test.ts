import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../content/schema';
import { buildListFacets } from '../../../pipeline/write/listShards';
import { facetIndexOf } from './facetIndex';
import { EMPTY_FILTERS, effectiveSort, readListFilters, updateListFilters, writeListFilters } from './listFilters';
import { relevanceScore, sortByRelevance, sortBySection } from './sortPositions';

/** Invented stories, newest first as the list files hold them; two undated at the end. */
const story = (i: number, section: string | null, patch: Partial<ArticleSummary> = {}): ArticleSummary => ({
  id: `tale-${i}`,
  headline: `Tale ${i}`,
  updated: i >= 6 ? null : new Date(Date.UTC(2020, 0, 10 - i)).toISOString(),
  section,
  standfirst: '',
  people: [],
  topics: [],
  quoteCount: 0,
  ...patch,
});
const list = [
  story(0, 'Valley'),
  story(1, null),
  story(2, 'coast'),
  story(3, 'Valley', { headline: 'Lantern makers of Dunmere', topics: ['harbour', 'lanterns'] }),
  story(4, 'Coast', { standfirst: 'A lantern was lit.', topics: ['lanterns'] }),
  story(5, 'Town', { headline: 'Lanterns, lanterns everywhere' }),
  story(6, 'Town'),
  story(7, 'Coast'),
];
const all = Uint32Array.from(list.keys());
const ids = (positions: Uint32Array) => Array.from(positions, (p) => list[p]!.id);

describe('sortBySection', () => {
  it('orders sections A–Z (case folded), newest first within each, stories without a section last', () => {
    const index = facetIndexOf(buildListFacets(list, { people: [], topics: [] }, 20));
    const order = ids(sortBySection(all, index));
    expect(order.at(-1)).toBe('tale-1');
    const sections = Array.from(sortBySection(all, index), (p) => list[p]!.section?.toLowerCase() ?? null);
    expect(sections).toEqual(['coast', 'coast', 'coast', 'town', 'town', 'valley', 'valley', null]);
    // Within Town, the dated story comes before the undated one.
    expect(order.indexOf('tale-5')).toBeLessThan(order.indexOf('tale-6'));
  });
});

describe('relevance', () => {
  it('weighs the words in the headline above the standfirst, and more occurrences above fewer', () => {
    const q = { q: 'lantern', topic: null, person: null };
    expect(ids(sortByRelevance(all, list, q)).slice(0, 3)).toEqual(['tale-5', 'tale-3', 'tale-4']);
    expect(relevanceScore(list[0]!, q)).toBe(0);
  });

  it('ranks a topic the story lists first above one it lists second; ties stay newest first', () => {
    const byTopic = sortByRelevance(Uint32Array.from([3, 4]), list, { q: null, topic: 'lanterns', person: null });
    expect(ids(byTopic)).toEqual(['tale-4', 'tale-3']);
    const tie = sortByRelevance(Uint32Array.from([6, 0, 7]), list, { q: null, topic: 'lanterns', person: null });
    expect(ids(tie)).toEqual(['tale-0', 'tale-6', 'tale-7']);
  });
});

describe('sort in the URL', () => {
  it('reads, writes and defaults the sort: relevance only where something was asked for', () => {
    expect(readListFilters(new URLSearchParams('sort=section')).sort).toBe('section');
    expect(readListFilters(new URLSearchParams('sort=bogus')).sort).toBeNull();
    expect(writeListFilters({ ...EMPTY_FILTERS, topic: 'lanterns', sort: 'date' }).toString()).toBe('topic=lanterns&sort=date');
    expect(effectiveSort(EMPTY_FILTERS)).toBe('date');
    expect(effectiveSort({ ...EMPTY_FILTERS, q: 'lantern' })).toBe('relevance');
    expect(effectiveSort({ ...EMPTY_FILTERS, section: 'Coast' })).toBe('date');
    expect(effectiveSort({ ...EMPTY_FILTERS, topic: 'lanterns' })).toBe('date');
    expect(effectiveSort({ ...EMPTY_FILTERS, topic: 'lanterns', sort: 'relevance' })).toBe('relevance');
    expect(effectiveSort({ ...EMPTY_FILTERS, sort: 'relevance' })).toBe('date');
  });

  it('goes back to page 1 when the order changes', () => {
    expect(updateListFilters({ ...EMPTY_FILTERS, page: 3 }, { sort: 'section' }).page).toBe(1);
  });
});
