import { describe, expect, it } from 'vitest';
import type { Article, Person, Topic } from '../../content/schema.ts';
import { SearchRootSchema, SearchStoryShardSchema, SearchTermShardSchema } from '../../content/schema.ts';
import { SHARD_KEY_MIN } from '../../content/searchText.ts';
import { FIELD_WEIGHTS, MAX_TERM_LENGTH, PEOPLE_CAP, STORY_CAP, bestStories, buildSearchFiles, mergeEntries, newSearchMemo, numberStories, searchGroups, storyFields, storyTerms } from './search.ts';

/** An invented story: headline, an intro paragraph and a body paragraph that must not be indexed. */
export function madeUpStory(i: number, over: Partial<Article> = {}): Article {
  return {
    id: `made-up-${i}`,
    source: `invented/${i}.txt`,
    format: 'plain',
    headline: `Made-up headline ${i}`,
    updated: `2020-01-${String((i % 28) + 1).padStart(2, '0')}T10:00:00.000Z`,
    section: 'Harbours',
    caption: null,
    blocks: [
      { type: 'paragraph', text: `An invented standfirst about story ${i}.`, intro: true },
      { type: 'paragraph', text: 'Body text with the word zeppelin, which only the full text holds.' },
    ],
    related: [],
    suggested: [],
    quotes: [],
    people: [],
    topics: [],
    wordCount: 20,
    ...over,
  };
}

const person = (id: string, name: string, over: Partial<Person> = {}): Person => ({
  id,
  name,
  aliases: [],
  descriptions: [],
  role: null,
  articles: [],
  quoteCount: 0,
  ...over,
});

const allTerms = (files: ReturnType<typeof buildSearchFiles>) => {
  const out = new Map<string, { n: number; s: number[] }>();
  for (const shard of files.terms.values()) for (const [term, entry] of Object.entries(shard.terms)) out.set(term, entry);
  return out;
};

describe('numberStories', () => {
  it('numbers undated stories first, then dated ones oldest first, so a new story appends', () => {
    const a = madeUpStory(1, { updated: '2021-05-01T00:00:00.000Z' });
    const b = madeUpStory(2, { updated: null });
    const c = madeUpStory(3, { updated: '2019-05-01T00:00:00.000Z' });
    expect(numberStories([a, b, c]).map((s) => s.id)).toEqual(['made-up-2', 'made-up-3', 'made-up-1']);
    const newer = madeUpStory(4, { updated: '2022-01-01T00:00:00.000Z' });
    expect(numberStories([newer, a, b, c]).map((s) => s.id)).toEqual(['made-up-2', 'made-up-3', 'made-up-1', 'made-up-4']);
  });
});

describe('what is indexed', () => {
  const topics: Topic[] = [{ id: 'tidal-power', name: 'Tidal power', kind: 'theme', articles: ['made-up-1'] }];
  const people = [person('mara-quill', 'Mara Quill')];
  const story = madeUpStory(1, {
    headline: 'Harbour tolls rise',
    people: ['mara-quill'],
    topics: ['tidal-power'],
    quotes: [
      { id: 'q1', text: 'x', block: 1, child: null, start: 0, end: 1, speaker: { name: 'Quayside Trust', personId: null, type: 'organisation' } },
      { id: 'q2', text: 'x', block: 1, child: null, start: 0, end: 1, speaker: { name: 'some divers', personId: null, type: 'group' } },
    ],
  });

  it('indexes headline, standfirst, people, topics, section and named speakers — not the full text', () => {
    const fields = storyFields(story, new Map(people.map((p) => [p.id, p])), new Map(topics.map((t) => [t.id, t])));
    expect(fields).toEqual({
      headline: ['Harbour tolls rise'],
      standfirst: ['An invented standfirst about story 1.'],
      people: ['Mara Quill'],
      topics: ['Tidal power'],
      speakers: ['Quayside Trust'],
      section: ['Harbours'],
    });
    const terms = storyTerms(fields);
    expect(terms.has('zeppelin')).toBe(false);
    expect(terms.has('diver')).toBe(false);
    // "harbour" is in the headline and (as "Harbours") the section.
    expect(terms.get('harbour')).toBe(FIELD_WEIGHTS.headline + FIELD_WEIGHTS.section);
    expect(terms.get('quill')).toBe(FIELD_WEIGHTS.people);
    expect(terms.get('tidal')).toBe(FIELD_WEIGHTS.topics);
  });
});

describe('capping', () => {
  it('keeps the best stories for a term (score, then newer), the count of all of them beside', () => {
    expect(bestStories([0, 3, 1, 10, 2, 3, 3, 7], 3)).toEqual([1, 10, 3, 7, 2, 3]);
  });

  it('keeps a common term’s list at STORY_CAP stories, headline matches first', () => {
    const articles = Array.from({ length: STORY_CAP + 50 }, (_, i) =>
      madeUpStory(i, i % 10 === 0 ? { headline: `Lighthouse keeper ${i}` } : {}),
    );
    const files = buildSearchFiles({ articles, people: [], topics: [] });
    const entry = allTerms(files).get('story')!;
    expect(entry.n).toBe(STORY_CAP + 50);
    expect(entry.s.length).toBe(STORY_CAP * 2);
    const harbour = allTerms(files).get('harbour')!;
    expect(harbour.s.length).toBe(STORY_CAP * 2);
    const keeper = allTerms(files).get('keeper')!;
    expect(keeper.n).toBe(25);
    expect(keeper.s.filter((_, i) => i % 2 === 1).every((score) => score === FIELD_WEIGHTS.headline)).toBe(true);
  });

  it('keeps at most PEOPLE_CAP people a term, the most quoted first', () => {
    const people = Array.from({ length: PEOPLE_CAP + 5 }, (_, i) => person(`anna-${i}`, `Anna Surname${i}`, { quoteCount: i }));
    const files = buildSearchFiles({ articles: [], people, topics: [] });
    const anna = [...files.terms.values()].find((s) => Object.hasOwn(s.terms, 'anna'))!.terms['anna']!;
    expect(anna.p).toHaveLength(PEOPLE_CAP);
    expect(anna.p![0]!.id).toBe(`anna-${PEOPLE_CAP + 4}`);
    expect(anna.n).toBe(0);
  });

  it('merges entries exactly from capped lists: each story at its best score', () => {
    const merged = mergeEntries([
      { n: 3, s: [5, 10, 4, 3] },
      { n: 2, s: [4, 8, 9, 1] },
    ]);
    expect(merged).toEqual({ n: 5, s: [5, 10, 4, 8, 9, 1] });
  });
});

describe('sharding', () => {
  const words = ['harbour', 'harp', 'hare', 'harvest', 'hat', 'hazel', 'ocean'];
  const articles = words.flatMap((w, i) => Array.from({ length: 30 }, (_, j) => madeUpStory(i * 30 + j, { headline: `${w} ${w}${j}` })));
  const small = buildSearchFiles({ articles, people: [], topics: [] }, { shardBudget: 2_000, storiesPerShard: 16 });

  it('groups terms by two-character prefix and lists the groups in the root', () => {
    expect(small.root.keys).toContain('ha');
    expect(small.root.keys).toContain('oc');
    expect(small.root.keys.every((k) => [...k].length === SHARD_KEY_MIN)).toBe(true);
    expect(SearchRootSchema.safeParse(small.root).success).toBe(true);
  });

  it('splits a shard over budget by one more character, keeping a merged list for its prefix', () => {
    const ha = small.terms.get('ha')!;
    expect(ha.split?.children).toEqual(['har', 'hat', 'haz']);
    expect(Object.keys(ha.terms)).toEqual([]);
    expect(ha.split!.all.s.length).toBeGreaterThan(0);
    const har = small.terms.get('har')!;
    expect(har.split).toBeDefined();
    // Every term is in exactly one shard, and that shard's key is a prefix of it.
    const seen = new Map<string, string>();
    for (const [key, shard] of small.terms) {
      for (const term of Object.keys(shard.terms)) {
        expect(term.startsWith(key)).toBe(true);
        expect(seen.has(term)).toBe(false);
        seen.set(term, key);
      }
      expect(SearchTermShardSchema.safeParse(shard).success).toBe(true);
      // A leaf of several terms keeps to the budget (one term alone cannot be split); its displays count.
      if (!shard.split && Object.keys(shard.terms).length > 1) expect(JSON.stringify(shard).length).toBeLessThan(2_000 + 200);
      // Each term's first results travel with it.
      for (const entry of [...Object.values(shard.terms), ...(shard.split ? [shard.split.all] : [])]) {
        for (let i = 0; i < Math.min(entry.s.length, 20); i += 2) expect(shard.shows?.[String(entry.s[i])]).toBeDefined();
      }
    }
    expect(seen.get('harbour')?.startsWith('harb')).toBe(true);
  });

  it('leaves a small group whole', () => {
    const whole = buildSearchFiles({ articles: articles.slice(0, 12), people: [], topics: [] });
    expect(whole.terms.get('ha')!.split).toBeUndefined();
    expect(Object.keys(whole.terms.get('ha')!.terms)).toContain('harbour');
  });

  it('cuts the stories for display into files of a fixed size, in number order', () => {
    expect(small.stories).toHaveLength(Math.ceil(articles.length / 16));
    expect(small.stories[1]!.first).toBe(16);
    expect(small.stories.every((s) => SearchStoryShardSchema.safeParse(s).success)).toBe(true);
    expect(small.stories.flatMap((s) => s.stories).map((s) => s.id)).toEqual(numberStories(articles).map((a) => a.id));
  });

  it('is deterministic, and a change to one story changes only the files of its terms and its own', () => {
    const again = buildSearchFiles({ articles: [...articles].reverse(), people: [], topics: [] }, { shardBudget: 2_000, storiesPerShard: 16 });
    const text = (f: typeof small) =>
      new Map([...[...f.terms].map(([k, v]) => [`t:${k}`, JSON.stringify(v)] as const), ...f.stories.map((s, i) => [`s:${i}`, JSON.stringify(s)] as const)]);
    expect(text(again)).toEqual(text(small));

    const edited = articles.map((a) => (a.id === 'made-up-200' ? { ...a, headline: 'ocean ocean200 quay' } : a));
    const after = text(buildSearchFiles({ articles: edited, people: [], topics: [] }, { shardBudget: 2_000, storiesPerShard: 16 }));
    const before = text(small);
    const changed = [...after.keys()].filter((k) => before.get(k) !== after.get(k)).sort();
    const gone = [...before.keys()].filter((k) => !after.has(k));
    expect(gone).toEqual([]);
    expect(changed.filter((k) => k.startsWith('s:'))).toHaveLength(1);
    expect(changed.filter((k) => k.startsWith('t:')).length).toBeLessThanOrEqual(6);
    expect(changed).toContain('t:qu');
  });
});

describe('pathological words', () => {
  it('indexes a story holding one 24,000-letter word without overflowing the stack (issue 12)', () => {
    const long = 'q'.repeat(24_000);
    const story = madeUpStory(1, { headline: `${long} and ${long}x harbour` });
    const files = buildSearchFiles({ articles: [story, madeUpStory(2)], people: [], topics: [] }, { shardBudget: 200 });
    const terms = allTerms(files);
    expect(terms.has('harbour')).toBe(true);
    // Over-long terms are not indexed: nobody types them, and their shard keys would be file names no disk accepts.
    for (const term of terms.keys()) expect(term.length).toBeLessThanOrEqual(MAX_TERM_LENGTH);
    for (const key of files.terms.keys()) expect(key.length).toBeLessThanOrEqual(MAX_TERM_LENGTH);
  });
});

describe('a rebuild that changes last build\'s postings', () => {
  // Each step's shards through the memo (postings and groups changed story by story) against a build from scratch.
  const shardsOf = (groups: ReturnType<typeof searchGroups>['groups']) =>
    new Map(groups.flatMap((group) => [...group.build()].map(([key, shard]) => [key, JSON.stringify(shard)] as const)));
  const scratch = (articles: Article[], people: Person[]) =>
    new Map([...buildSearchFiles({ articles, people, topics: [] }, { shardBudget: 1_500 }).terms].map(([key, shard]) => [key, JSON.stringify(shard)] as const));

  it('gives what a build from scratch gives, edit after edit: terms gained and lost, a new prefix, a group emptied, people changed', () => {
    const memo = newSearchMemo();
    let articles = Array.from({ length: 60 }, (_, i) => madeUpStory(i));
    let people = [person('p-ansel', 'Ansel Quarrow', { articles: ['made-up-3'] })];
    // `inPlace`: the step changes last build's postings (the same map, changed story by story) rather than
    // gathering them afresh; the fast path is what is under test, not only its result.
    const step = (edit: (list: Article[]) => Article[], nextPeople = people, inPlace = true) => {
      const lastPostings = memo.postings;
      articles = edit(articles);
      people = nextPeople;
      const run = searchGroups({ articles, people, topics: [] }, { remember: true, shardBudget: 1_500 }, memo);
      if (inPlace) expect(memo.postings).toBe(lastPostings);
      else expect(memo.postings).not.toBe(lastPostings);
      const kept = shardsOf(run.groups);
      expect(kept).toEqual(scratch(articles, people));
      expect(run.root([]).keys).toEqual([...new Set([...kept.keys()].map((key) => [...key].slice(0, SHARD_KEY_MIN).join('')))].sort());
      return run;
    };
    const replace = (id: string, over: Partial<Article>) => (list: Article[]) => list.map((a) => (a.id === id ? { ...a, ...over } : a));
    step((list) => list, people, false);
    // A word no other story has, under a prefix no term had: a new term and a new group.
    step(replace('made-up-7', { headline: 'Xylophone quay reopens' }));
    // The word taken out again: its term and its group go.
    step(replace('made-up-7', { headline: 'Made-up headline 7' }));
    // A common word's list changes in the middle of the story order, twice in one build.
    step((list) => list.map((a) => (a.id === 'made-up-30' || a.id === 'made-up-31' ? { ...a, headline: `Harbour ${a.id} dredged` } : a)));
    // The people change: their terms come and go with them.
    step((list) => list, [...people, person('p-wren', 'Wren Ottoline', { articles: ['made-up-9'], quoteCount: 2 })]);
    step((list) => list, [people[0]!]);
    // A person replaced in the same list (the caller changes its array in place): still seen as a change.
    people[0] = person('p-ansel', 'Ansel Quarrow-Lind', { articles: ['made-up-3'] });
    step((list) => list, people);
    // A story added renumbers the ones after it: built afresh, and still the same.
    step((list) => [...list, madeUpStory(60, { updated: '2019-06-01T10:00:00.000Z' })], people, false);
    step(replace('made-up-12', { headline: 'Zephyr over the quay' }));
  });

  it('changes its postings by what it holds itself, when another build has seen the same story objects with other names since', () => {
    const articles = Array.from({ length: 20 }, (_, i) => madeUpStory(i, i === 3 ? { people: ['p-ansel'] } : {}));
    const before = [person('p-ansel', 'Ansel Quarrow', { articles: ['made-up-3'] })];
    const renamed = [person('p-ansel', 'Ansel Brightwater', { articles: ['made-up-3'] })];
    const mine = newSearchMemo();
    searchGroups({ articles, people: before, topics: [] }, { remember: true, shardBudget: 1_500 }, mine);
    // Another memo's build over the same article objects, with the person renamed, records the story's new terms.
    searchGroups({ articles, people: renamed, topics: [] }, { remember: true, shardBudget: 1_500 }, newSearchMemo());
    // This memo's postings still hold the old name's terms: the rebuild must take them out.
    const again = searchGroups({ articles, people: renamed, topics: [] }, { remember: true, shardBudget: 1_500 }, mine);
    expect(shardsOf(again.groups)).toEqual(scratch(articles, renamed));
  });

  it('gives the same shards when every story comes back as a new object with the same fields, after an edit whose groups were never built', () => {
    const memo = newSearchMemo();
    const articles = Array.from({ length: 20 }, (_, i) => madeUpStory(i));
    searchGroups({ articles, people: [], topics: [] }, { remember: true, shardBudget: 1_500 }, memo);
    const edited = articles.map((a) => (a.id === 'made-up-4' ? { ...a, headline: 'Lantern quay' } : a));
    // The first rebuild's groups are never built (the write kept them all or stopped); then every story is a copy.
    searchGroups({ articles: edited, people: [], topics: [] }, { remember: true, shardBudget: 1_500 }, memo);
    const again = searchGroups({ articles: edited.map((a) => ({ ...a })), people: [], topics: [] }, { remember: true, shardBudget: 1_500 }, memo);
    expect(shardsOf(again.groups)).toEqual(scratch(edited, []));
  });
});
