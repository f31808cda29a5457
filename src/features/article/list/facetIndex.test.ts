import { describe, expect, it } from 'vitest';
import type { ArticleSummary, Person, Topic } from '../../../content/schema';
import { buildListFacets } from '../../../pipeline/write/listShards';
import { applyFacets, facetIndexOf, pagesHolding } from './facetIndex';
import { shownChoices } from './facetChoices';
import { filterCatalog } from './filterCatalog';
import { EMPTY_FILTERS, type ListFilters } from './listFilters';

/** An invented list with a spread of sections, dates, topics and people (deterministic). */
function inventedList(n: number): ArticleSummary[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `tale-${i}`,
    headline: `Tale ${i}`,
    updated: i % 11 === 10 ? null : new Date(Date.UTC(2020, 0, 1) - i * 43_200_000).toISOString(),
    section: i % 7 === 6 ? null : ['Coast', 'Valley', 'Town'][i % 3]!,
    standfirst: '',
    people: [`walker-${i % 5}`, ...(i % 4 === 0 ? ['mira-quell'] : [])],
    topics: i % 3 === 0 ? ['lanterns', 'kites'] : i % 2 ? ['kites'] : [],
    quoteCount: 0,
  }));
}

const list = inventedList(60);
const people: Person[] = [];
const topics: Topic[] = [{ id: 'lanterns', name: 'Lanterns', kind: 'theme', articles: [] }];
const index = facetIndexOf(buildListFacets(list, { people, topics }, 20));
const ids = (positions: Uint32Array) => Array.from(positions, (p) => list[p]!.id);

const cases: Partial<ListFilters>[] = [
  {},
  { section: 'coast' },
  { topic: 'kites' },
  { person: 'mira-quell', section: 'Town' },
  { from: '2019-12-20', to: '2019-12-28' },
  { section: 'Valley', topic: 'lanterns', person: 'walker-2', to: '2019-12-25' },
  { person: 'nobody-here' },
];

describe('applyFacets', () => {
  it.each(cases)('matches the plain filter over summaries for %o', (patch) => {
    const filters = { ...EMPTY_FILTERS, ...patch };
    expect(ids(applyFacets(index, filters).positions)).toEqual(filterCatalog(list, filters).map((s) => s.id));
  });

  it('counts each choice against the other filters only', () => {
    const filters = { ...EMPTY_FILTERS, section: 'Coast', topic: 'kites' };
    const result = applyFacets(index, filters);
    const expectCount = (patch: Partial<ListFilters>) => filterCatalog(list, { ...filters, ...patch }).length;
    index.sections.forEach((s, i) => expect(result.sectionCounts[i]).toBe(expectCount({ section: s.name })));
    expect(result.anySection).toBe(expectCount({ section: null }));
    index.topics.forEach((t, i) => expect(result.topicCounts[i]).toBe(expectCount({ topic: t.id })));
    index.people.forEach((p, i) => expect(result.personCounts[i]).toBe(expectCount({ person: p.id })));
  });

  it('applies an extra text match as one more filter', () => {
    const only = new Uint8Array(list.length);
    only[3] = 1;
    only[4] = 1;
    expect(ids(applyFacets(index, { ...EMPTY_FILTERS, section: 'Coast' }, only).positions)).toEqual(['tale-3']);
  });

  it('knows the date range and which list pages hold a set of positions', () => {
    const days = list.flatMap((s) => (s.updated ? [s.updated.slice(0, 10)] : [])).sort();
    expect(index.dateRange).toEqual({ min: days[0], max: days.at(-1) });
    expect(pagesHolding(Uint32Array.from([0, 5, 19, 20, 45]), 20)).toEqual([1, 2, 3]);
  });
});

describe('shownChoices', () => {
  it('shows matching choices with stories, most first, the chosen one always and first', () => {
    const counts = Int32Array.from(index.people.map((_, i) => i * 2));
    const chosen = index.people[0]!.id; // count 0 with these counts, still shown
    const { shown, matching } = shownChoices(index.people, counts, 'walker', chosen, 3);
    expect(shown[0]).toMatchObject({ id: chosen, selected: true, count: 0 });
    expect(shown).toHaveLength(3);
    expect(shown[1]!.count).toBeGreaterThanOrEqual(shown[2]!.count);
    expect(shown.slice(1).every((c) => c.name.startsWith('walker') && c.count > 0)).toBe(true);
    expect(matching).toBe(index.people.filter((p, i) => p.id !== chosen && p.id.startsWith('walker') && counts[i]! > 0).length);
  });
});
