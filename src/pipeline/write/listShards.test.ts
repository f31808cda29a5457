import { describe, expect, it } from 'vitest';
import type { Article, ArticleSummary, Person, Topic } from '../../content/schema.ts';
import {
  ListDaysSchema,
  ListFacetsSchema,
  ListPageSchema,
  ListPositionsSchema,
  PeopleFindShardSchema,
  PeopleIndexSchema,
  PeopleLetterPageSchema,
  PersonPageSchema,
  TopicPageSchema,
  TopicsIndexSchema,
  TopicsKindPageSchema,
  type PersonQuote,
} from '../../content/schema.ts';
import { findKeyForQuery, matchesName } from '../../content/names.ts';
import {
  buildListDays,
  buildListFacets,
  buildListPositions,
  buildPeopleIndex,
  buildPeopleIndexShards,
  buildPersonPages,
  buildTopicPages,
  buildTopicsIndexShards,
  castOf,
  dayNumber,
  deltaEncode,
  pageCountFor,
  pageSlice,
  renderListPages,
  topicNamesOf,
} from './listShards.ts';

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

describe('paging helpers', () => {
  it('always has a first page, and slices by 1-based page', () => {
    expect([0, 1, 20, 21, 40, 41].map((n) => pageCountFor(n, 20))).toEqual([1, 1, 1, 2, 2, 3]);
    expect(pageSlice([1, 2, 3, 4, 5], 2, 2)).toEqual([3, 4]);
    expect(pageSlice([1, 2, 3, 4, 5], 3, 2)).toEqual([5]);
    expect(pageSlice([], 1, 2)).toEqual([]);
  });
});

describe('buildTopicPages', () => {
  const tides: Topic = { id: 'tides', name: 'Tides', kind: 'theme', articles: ['x', 'y'] };
  const stories = Array.from({ length: 9 }, (_, i) => story(i));

  it('cuts the stories into pages that carry the topic without its article list, and the totals', () => {
    const pages = buildTopicPages(tides, stories, 4);
    expect(pages.map((p) => [p.page, p.pageCount, p.pageSize, p.total, p.stories.length])).toEqual([
      [1, 3, 4, 9, 4],
      [2, 3, 4, 9, 4],
      [3, 3, 4, 9, 1],
    ]);
    expect(pages[2]!.stories[0]!.id).toBe('made-up-story-8');
    expect(pages.every((p) => TopicPageSchema.safeParse(p).success)).toBe(true);
    expect(pages[0]!.topic).toEqual({ id: 'tides', name: 'Tides', kind: 'theme' });
  });

  it('keeps a single page for a topic that fills exactly one, and an empty first page for none', () => {
    expect(buildTopicPages(tides, stories.slice(0, 4), 4).map((p) => p.stories.length)).toEqual([4]);
    expect(buildTopicPages(tides, stories.slice(0, 5), 4).map((p) => p.stories.length)).toEqual([4, 1]);
    const empty = buildTopicPages(tides, [], 4);
    expect(empty).toHaveLength(1);
    expect(empty[0]).toMatchObject({ page: 1, pageCount: 1, total: 0, stories: [] });
  });

  it('keeps the first file the same size however big the topic grows', () => {
    const big = Array.from({ length: 2000 }, (_, i) => story(i % 19));
    const first = (n: number) => JSON.stringify(buildTopicPages(tides, big.slice(0, n), 20)[0]!.stories).length;
    expect(first(2000)).toBe(first(40));
  });
});

describe('buildPersonPages', () => {
  const una = { ...person('una-pell', 'Una Pell', ['s-1', 's-2']), descriptions: ['tide watcher'] };
  const quote = (i: number): PersonQuote => ({
    articleId: `made-up-story-${Math.floor(i / 2)}`,
    headline: `Made-up story ${Math.floor(i / 2)}`,
    updated: null,
    quoteId: `q${(i % 2) + 1}`,
    text: `Invented words number ${i}`,
  });

  it('pages quotes and stories side by side; the longer list sets the page count', () => {
    const pages = buildPersonPages(una, Array.from({ length: 5 }, (_, i) => quote(i)), Array.from({ length: 12 }, (_, i) => story(i)), 4);
    expect(pages.map((p) => [p.page, p.pageCount, p.quotes.length, p.stories.length, p.quoteTotal, p.storyTotal])).toEqual([
      [1, 3, 4, 4, 5, 12],
      [2, 3, 1, 4, 5, 12],
      [3, 3, 0, 4, 5, 12],
    ]);
    expect(pages[1]!.quotes[0]!.text).toBe('Invented words number 4');
    expect(pages.every((p) => PersonPageSchema.safeParse(p).success)).toBe(true);
    expect('articles' in pages[0]!.person).toBe(false);
    expect(pages[0]!.person.descriptions).toEqual(['tide watcher']);
  });

  it('gives someone with no quotes and no stories one empty page', () => {
    const [only, ...rest] = buildPersonPages(una, [], [], 4);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ page: 1, pageCount: 1, quoteTotal: 0, storyTotal: 0, quotes: [], stories: [] });
  });
});

describe('buildPeopleIndexShards', () => {
  const quoted = (id: string, name: string, quotes: number, aliases: string[] = [], stories = 1): Person => ({
    ...person(id, name, Array.from({ length: stories }, (_, i) => `s-${i}`)),
    aliases,
    quoteCount: quotes,
  });
  const everyone = [
    quoted('alba-fenn', 'Alba Fenn', 1),
    quoted('arlo-quist', 'Arlo Quist', 7, ['Mr Quist']),
    quoted('ames-tull', 'Ames Tull', 7, [], 3),
    quoted('bo-ek', 'Bo Ek', 0),
    quoted('oisin-o-brien', "Oisín O'Brien-Hale", 2),
    quoted('zoe-hart', 'Zoë Hart', 4, ['Ms Hart']),
    quoted('9-lives-club', '9 Lives Club', 0),
    quoted('petra-vos', 'Пётр Vos', 0),
  ];
  const shards = buildPeopleIndexShards(everyone, { letterPageSize: 2, topCount: 3 });

  it('writes a first file of letter counts and the most quoted, valid for the schema', () => {
    expect(PeopleIndexSchema.safeParse(shards.index).success).toBe(true);
    expect(shards.index.total).toBe(8);
    expect(shards.index.letters).toEqual([
      { letter: 'A', key: 'a', count: 3 },
      { letter: 'B', key: 'b', count: 1 },
      { letter: 'O', key: 'o', count: 1 },
      { letter: 'Z', key: 'z', count: 1 },
      { letter: '#', key: 'other', count: 2 },
    ]);
    // Most quotes, then most stories, then name order.
    expect(shards.index.top.map((p) => p.id)).toEqual(['ames-tull', 'arlo-quist', 'zoe-hart']);
  });

  it('pages each letter in name order', () => {
    const a = shards.letterPages.filter((p) => p.key === 'a');
    expect(a.map((p) => [p.page, p.pageCount, p.total, p.people.map((x) => x.id)])).toEqual([
      [1, 2, 3, ['alba-fenn', 'arlo-quist']],
      [2, 2, 3, ['ames-tull']],
    ]);
    expect(shards.letterPages.every(({ key: _key, ...p }) => PeopleLetterPageSchema.safeParse(p).success)).toBe(true);
    expect(shards.letterPages.filter((p) => p.key === 'other').map((p) => p.people.map((x) => x.id))).toEqual([['9-lives-club', 'petra-vos']]);
  });

  it('files everyone under the first two letters of every name and alias word, so any typed name finds them', () => {
    const keys = (id: string) => shards.findShards.filter((s) => s.people.some((p) => p.id === id)).map((s) => s.key);
    expect(keys('oisin-o-brien')).toEqual(['br', 'ha', 'ob', 'oi']);
    expect(keys('zoe-hart')).toEqual(['ha', 'zo']);
    expect(keys('bo-ek')).toEqual(['bo', 'ek']);
    expect(keys('petra-vos')).toEqual(['other', 'vo']);
    expect(shards.findShards.every((s) => PeopleFindShardSchema.safeParse(s).success)).toBe(true);
    // Whatever a reader types of a name, the shard it picks holds the person and the match says yes.
    for (const [id, typed] of [
      ['oisin-o-brien', "o'brien"],
      ['oisin-o-brien', 'hale'],
      ['oisin-o-brien', 'oisin ob'],
      ['zoe-hart', 'ms ha'],
      ['arlo-quist', 'mr quist'],
      ['zoe-hart', 'ZOE'],
      ['9-lives-club', '9 lives'],
      ['petra-vos', 'пётр'],
    ] as const) {
      const shard = shards.findShards.find((s) => s.key === findKeyForQuery(typed));
      const entry = shard?.people.find((p) => p.id === id);
      expect(entry, `${typed} finds ${id}`).toBeDefined();
      expect(matchesName(entry!, typed)).toBe(true);
    }
  });

  it('writes an empty index, no letter pages and no shards for nobody', () => {
    const none = buildPeopleIndexShards([]);
    expect(none.index).toMatchObject({ total: 0, letters: [], top: [] });
    expect(none.letterPages).toEqual([]);
    expect(none.findShards).toEqual([]);
  });
});

describe('buildTopicsIndexShards', () => {
  const topic = (id: string, name: string, kind: Topic['kind'], n: number): Topic => ({
    id,
    name,
    kind,
    articles: Array.from({ length: n }, (_, i) => `s-${i}`),
  });
  const topics = [
    topic('world', 'World', 'section', 9),
    topic('zeal-port', 'Zeal Port', 'place', 5),
    topic('arnholt', 'Arnholt', 'place', 2),
    topic('elbe-ford', 'Élbe Ford', 'place', 7),
    topic('dray-isle', 'Dray Isle', 'place', 1),
    topic('tides', 'Tides', 'theme', 3),
  ];
  const { index, kindPages } = buildTopicsIndexShards(topics, { kindPageSize: 3, topPerKind: 2 });

  it('writes each kind in the fixed order with its count and biggest topics', () => {
    expect(TopicsIndexSchema.safeParse(index).success).toBe(true);
    expect(index.total).toBe(6);
    expect(index.kinds.map((k) => [k.kind, k.count, k.top.map((t) => `${t.id}:${t.count}`)])).toEqual([
      ['section', 1, ['world:9']],
      ['theme', 1, ['tides:3']],
      ['place', 4, ['elbe-ford:7', 'zeal-port:5']],
    ]);
  });

  it('pages each kind A–Z, accents folded', () => {
    const places = kindPages.filter((p) => p.kind === 'place');
    expect(places.map((p) => [p.page, p.pageCount, p.total, p.topics.map((t) => t.id)])).toEqual([
      [1, 2, 4, ['arnholt', 'dray-isle', 'elbe-ford']],
      [2, 2, 4, ['zeal-port']],
    ]);
    expect(kindPages.every((p) => TopicsKindPageSchema.safeParse(p).success)).toBe(true);
    expect(kindPages.filter((p) => p.kind === 'organisation')).toEqual([]);
  });
});

describe('list positions and days (what combined filters read)', () => {
  const people: Person[] = [];
  const topics: Topic[] = [{ id: 'gales', name: 'Gales', kind: 'theme', articles: [] }];
  const stories = [
    story(0, { people: ['ada-vell'], topics: ['gales'] }),
    story(1, { section: 'Weather', people: ['ada-vell', 'ada-vell'] }),
    story(2, { section: 'weather', topics: ['gales'] }),
    story(3, { updated: '2019-03-17T23:00:00Z', people: ['ada-vell'] }),
    story(4, { updated: null, section: null, topics: ['gales'] }),
  ];

  it('writes one positions file per person, topic and folded section, each valid and holding its own stories only', () => {
    const files = buildListPositions(stories, { people, topics });
    const byPath = new Map(files.map((f) => [`${f.facet}/${f.key}`, f.positions]));
    expect([...byPath.keys()].sort()).toEqual(['person/ada-vell', 'section/harbours', 'section/weather', 'topic/gales']);
    for (const positions of byPath.values()) expect(ListPositionsSchema.safeParse(positions).success).toBe(true);
    // A story naming a person twice counts once; gaps are delta-encoded.
    expect(byPath.get('person/ada-vell')).toEqual({ name: 'ada-vell', total: 3, at: [0, 1, 2] });
    expect(byPath.get('topic/gales')).toEqual({ name: 'Gales', total: 3, at: [0, 2, 2] });
    // 'Weather' and 'weather' fold to one file, named by the commoner spelling.
    expect(byPath.get('section/weather')).toEqual({ name: 'Weather', total: 3, at: [1, 1, 1] });
  });

  it('lists the first position of each date, newest first, and where the undated begin', () => {
    const days = buildListDays(stories);
    expect(ListDaysSchema.safeParse(days).success).toBe(true);
    expect(days.undatedFrom).toBe(4);
    expect(days.days.map(([, first]) => first)).toEqual([0, 1, 2, 3]);
    // Two stories on one day share one entry.
    const sameDay = buildListDays([story(1), story(1, { id: 'other' }), story(2)]);
    expect(sameDay.days).toHaveLength(2);
    expect(sameDay.days[1]![1]).toBe(2);
    expect(sameDay.undatedFrom).toBe(3);
  });
});
