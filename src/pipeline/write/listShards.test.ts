import { describe, expect, it } from 'vitest';
import type { Article, ArticleSummary, Person, Topic } from '../../content/schema.ts';
import { ListFacetsSchema, ListPageSchema } from '../../content/schema.ts';
import { buildListFacets, buildPeopleIndex, castOf, dayNumber, deltaEncode, renderListPages, topicNamesOf } from './listShards.ts';

const story = (i: number, over: Partial<ArticleSummary> = {}): ArticleSummary => ({
  id: `made-up-story-${i}`,
  headline: `Made-up story ${i}`,
  updated: `2019-03-${String(20 - i).padStart(2, '0')}T09:00:00Z`,
  section: i % 2 ? 'Weather' : 'Harbours',
  standfirst: '',
  people: [],
  topics: [],
  quoteCount: 0,
  ...over,
});

const person = (id: string, name: string, articles: string[] = []): Person => ({
  id,
  name,
  aliases: [],
  descriptions: [],
  role: null,
  articles,
  quoteCount: articles.length,
});

describe('renderListPages', () => {
  it('cuts the list into pages that each know the total, and keeps one empty page for no stories', () => {
    const stories = Array.from({ length: 5 }, (_, i) => story(i));
    const pages = renderListPages(stories, 2);
    expect(pages.map((p) => p.stories.map((s) => s.id))).toEqual([
      ['made-up-story-0', 'made-up-story-1'],
      ['made-up-story-2', 'made-up-story-3'],
      ['made-up-story-4'],
    ]);
    expect(pages.every((p) => p.total === 5 && p.pageCount === 3 && ListPageSchema.safeParse(p).success)).toBe(true);
    expect(renderListPages([], 2)).toEqual([{ page: 1, pageCount: 1, total: 0, stories: [] }]);
  });
});

describe('buildListFacets', () => {
  const stories = [
    story(0, { people: ['una-pell', 'una-pell'], topics: ['tides'] }),
    story(1, { people: ['una-pell'] }),
    story(2, { topics: ['tides'], updated: null, section: null }),
    story(3, { people: ['bram-oke', 'una-pell'], topics: ['tides'] }),
  ];
  const facets = buildListFacets(stories, { people: [person('una-pell', 'Una Pell'), person('bram-oke', 'Bram Oke')], topics: [] }, 20);

  it('writes one column entry per story in list order, and valid JSON for the schema', () => {
    expect(ListFacetsSchema.safeParse(facets).success).toBe(true);
    expect(facets.total).toBe(4);
    expect(facets.sections).toEqual([
      { name: 'Harbours', count: 1 },
      { name: 'Weather', count: 2 },
    ].sort((a, b) => b.count - a.count));
    expect(facets.sectionOf).toEqual([1, 0, -1, 0]);
    expect(facets.day[2]).toBeNull();
    expect(facets.day[0]! - facets.day[1]!).toBe(1);
  });

  it('lists each value once per story, biggest first, positions delta-encoded, unknown names falling back to the id', () => {
    expect(facets.people.map((p) => [p.id, p.name, p.count, p.at])).toEqual([
      ['una-pell', 'Una Pell', 3, [0, 1, 2]],
      ['bram-oke', 'Bram Oke', 1, [3]],
    ]);
    expect(facets.topics).toEqual([{ id: 'tides', name: 'tides', count: 3, at: [0, 2, 1] }]);
  });

  it('day numbers and deltas', () => {
    expect(dayNumber('1970-01-02T23:59:00Z')).toBe(1);
    expect(dayNumber(null)).toBeNull();
    expect(deltaEncode([4, 9, 10])).toEqual([4, 5, 1]);
  });
});

describe('article names and the people index', () => {
  const article = {
    people: ['una-pell', 'gone-person'],
    topics: ['tides', 'no-such-topic'],
    quotes: [
      { speaker: { personId: 'una-pell', name: 'Una Pell', type: 'person' } },
      { speaker: { personId: 'una-pell', name: 'Ms Pell', type: 'person' } },
      { speaker: { personId: 'kit-arno', name: 'Kit Arno', type: 'person' } },
    ],
  } as unknown as Article;
  const una = { ...person('una-pell', 'Una Pell', ['a', 'b']), role: 'Tide watcher' };

  it('names the cast from the collection, counting quotes here; a missing person keeps the spoken name or id', () => {
    expect(castOf(article, new Map([[una.id, una]]))).toEqual([
      { id: 'una-pell', name: 'Una Pell', role: 'Tide watcher', quoteCount: 2 },
      { id: 'gone-person', name: 'gone-person', role: null, quoteCount: 0 },
      { id: 'kit-arno', name: 'Kit Arno', role: null, quoteCount: 1 },
    ]);
  });

  it('names known topics only', () => {
    const tides: Topic = { id: 'tides', name: 'Tides', kind: 'theme', articles: [] };
    expect(topicNamesOf(article, new Map([[tides.id, tides]]))).toEqual([{ id: 'tides', name: 'Tides' }]);
  });

  it('keeps counts, not article lists, in the people index', () => {
    expect(buildPeopleIndex([una])).toEqual([{ id: 'una-pell', name: 'Una Pell', aliases: [], role: 'Tide watcher', stories: 2, quotes: 2 }]);
  });
});
