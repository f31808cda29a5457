import { describe, expect, it } from 'vitest';
import type { Article, Person } from '../../content/schema';
import { buildSearchFiles, type SearchFiles } from '../../pipeline/write/search';
import { cachedSource, lookupWord, rankStories, runSearch, type WordMatch } from './searchEngine';

/** Invented stories; the index is built as the pipeline builds it and read through an in-memory source. */
function story(id: string, headline: string, standfirst: string, updated: string, over: Partial<Article> = {}): Article {
  return {
    id,
    source: `${id}.txt`,
    format: 'plain',
    headline,
    updated,
    section: 'Coast',
    caption: null,
    blocks: [
      { type: 'paragraph', text: standfirst, intro: true },
      { type: 'paragraph', text: 'A body paragraph about lanterns that is not indexed.' },
    ],
    related: [],
    suggested: [],
    quotes: [],
    people: [],
    topics: [],
    wordCount: 30,
    ...over,
  };
}

const people: Person[] = [
  { id: 'mara-quill', name: 'Mara Quill', aliases: ['Ms Quill'], descriptions: ['harbour master'], role: 'harbour master', articles: ['tolls-rise', 'tolls-vote'], quoteCount: 4 },
  { id: 'osric-quill', name: 'Osric Quill', aliases: [], descriptions: ['ferry captain'], role: 'ferry captain', articles: ['ferry-late'], quoteCount: 1 },
];

const articles: Article[] = [
  story('tolls-rise', 'Harbour tolls rise again', 'The harbour board raised tolls for fishing boats.', '2020-03-01T09:00:00.000Z', { people: ['mara-quill'] }),
  story('tolls-vote', 'Council votes on toll plan', 'Councillors will vote on harbour tolls next week.', '2020-04-01T09:00:00.000Z', { people: ['mara-quill'] }),
  story('ferry-late', 'Ferry runs late after storm', 'The morning ferry was two hours late.', '2020-05-01T09:00:00.000Z', { people: ['osric-quill'] }),
  story('harvest-fair', 'Harvest fair draws crowds', 'Thousands came to the harvest fair on the green.', '2020-06-01T09:00:00.000Z'),
  story('old-harbour-map', 'Old harbour map found', 'A map of the harbour from 1820 was found in a loft.', '2019-01-01T09:00:00.000Z'),
];

function memorySource(files: SearchFiles) {
  return cachedSource({
    root: async () => files.root,
    terms: async (prefix) => {
      const shard = files.terms.get(prefix);
      if (!shard) throw new Error(`no shard ${prefix}`);
      return shard;
    },
    stories: async (k) => files.stories[k]!,
  });
}

const files = buildSearchFiles({ articles, people, topics: [] }, { storiesPerShard: 2 });

describe('runSearch', () => {
  it('finds stories by headline and standfirst words, best first (headline matches, then newer)', async () => {
    const results = await runSearch(memorySource(files), 'harbour ', 20);
    // Headline and standfirst both: the newer first; then the standfirst alone.
    expect(results.stories.map((s) => s.id)).toEqual(['tolls-rise', 'old-harbour-map', 'tolls-vote']);
    expect(results).toMatchObject({ count: 3, exact: true, allWords: true });
  });

  it('ranks stories holding every word first, and says when none does', async () => {
    const both = await runSearch(memorySource(files), 'harbour vote ', 20);
    expect(both.stories.map((s) => s.id)).toEqual(['tolls-vote']);
    const none = await runSearch(memorySource(files), 'harvest ferry ', 20);
    expect(none.allWords).toBe(false);
    expect(none.stories.map((s) => s.id).sort()).toEqual(['ferry-late', 'harvest-fair']);
  });

  it('matches the word being typed as a prefix, and plurals as their singular', async () => {
    const typing = await runSearch(memorySource(files), 'harv', 20);
    expect(typing.stories.map((s) => s.id)).toEqual(['harvest-fair']);
    const plural = await runSearch(memorySource(files), 'ferries ', 20);
    expect(plural.stories.map((s) => s.id)).toEqual(['ferry-late']);
  });

  it('finds stories by the people they name, and people by name or role', async () => {
    const results = await runSearch(memorySource(files), 'quill', 20);
    expect(results.people.map((p) => p.id)).toEqual(['mara-quill', 'osric-quill']);
    expect(results.stories.map((s) => s.id).sort()).toEqual(['ferry-late', 'tolls-rise', 'tolls-vote']);
    const both = await runSearch(memorySource(files), 'mara quill', 20);
    expect(both.people.map((p) => p.id)).toEqual(['mara-quill']);
    const role = await runSearch(memorySource(files), 'captain', 20);
    expect(role.people.map((p) => p.id)).toEqual(['osric-quill']);
  });

  it('does not find words that are only in the full text', async () => {
    const results = await runSearch(memorySource(files), 'lanterns', 20);
    expect(results.stories).toEqual([]);
    expect(results.people).toEqual([]);
  });

  it('reads the root, one term shard per word, and only the story files of the results shown', async () => {
    const source = memorySource(files);
    const first = await runSearch(source, 'map ', 1);
    // "map" is in the harbour-map story: its shard carries that result's display, so no story file is read.
    expect(source.reads).toEqual(['root', 'terms:ma']);
    expect(first.stories[0]?.headline).toBeTruthy();
    await runSearch(source, 'map found', 1);
    expect(source.reads).toEqual(['root', 'terms:ma', 'terms:fo']);
    // Results beyond the displays the shards carry come from the story files.
    const bare = memorySource({ ...files, terms: new Map([...files.terms].map(([k, t]) => [k, { ...t, shows: {} }])) });
    await runSearch(bare, 'map ', 1);
    expect(bare.reads).toEqual(['root', 'terms:ma', 'stories:0']);
  });

  it('shows the first `limit` stories and how many more there are', async () => {
    const results = await runSearch(memorySource(files), 'harbour ', 2);
    expect(results.stories).toHaveLength(2);
    expect(results.available).toBe(3);
  });

  it('finds nothing for an empty query or common words alone, without reading anything', async () => {
    const source = memorySource(files);
    expect((await runSearch(source, 'the and ', 20)).stories).toEqual([]);
    expect(source.reads).toEqual([]);
  });
});

describe('walking split shards', () => {
  // A tiny budget splits every group, so lookups go a level or more deeper.
  const split = buildSearchFiles({ articles, people, topics: [] }, { shardBudget: 60, storiesPerShard: 2 });

  it('descends to the shard holding a whole word', async () => {
    const source = memorySource(split);
    const root = await source.root();
    const match = await lookupWord(source, root, 'harbour', false);
    expect(match?.entry.n).toBe(3);
    // The root names every deeper shard: the deepest is read at once, one request.
    expect(source.reads).toHaveLength(2);
    expect(source.reads[1]).toMatch(/^terms:harb/);
    // An index without that list (built before it) is walked down from the two-letter shard.
    const { deeper: _unused, ...oldRoot } = root;
    const walked = memorySource({ ...split, root: oldRoot });
    expect((await lookupWord(walked, oldRoot, 'harbour', false))?.entry.n).toBe(3);
    expect(walked.reads[0]).toBe('terms:ha');
    expect(walked.reads.length).toBeGreaterThan(1);
  });

  it('uses a split shard’s merged list for a prefix that is exactly its key', async () => {
    const source = memorySource(split);
    const root = await source.root();
    expect(split.terms.get('ha')!.split).toBeDefined();
    const match = await lookupWord(source, root, 'ha', true);
    expect(source.reads).toEqual(['root', 'terms:ha']);
    expect(match!.entry.s.length / 2).toBe(4);
  });

  it('gives the same results as the unsplit index', async () => {
    for (const query of ['harbour', 'harbour vote ', 'quill', 'ha', 'tol']) {
      const a = await runSearch(memorySource(split), query, 20);
      const b = await runSearch(memorySource(files), query, 20);
      expect(a.stories.map((s) => s.id), query).toEqual(b.stories.map((s) => s.id));
    }
  });

  it('finds nothing for a word whose prefix has no shard', async () => {
    const source = memorySource(split);
    expect(await lookupWord(source, await source.root(), 'zzyzx', false)).toBeNull();
    expect(source.reads).toEqual(['root']);
  });
});

describe('rankStories', () => {
  const match = (word: string, n: number, s: number[]): WordMatch => ({ word, prefix: false, entry: { n, s }, single: true });
  it('weighs a rare word above a common one, and breaks ties by the newer story', () => {
    const { all } = rankStories([match('rare', 2, [1, 10, 2, 10]), match('common', 900, [3, 10, 4, 10])], 2, 1000);
    expect(all).toEqual([]);
    const { some } = rankStories([match('rare', 2, [1, 10, 2, 10]), match('common', 900, [3, 10, 4, 10])], 2, 1000);
    expect(some.map((r) => r.story)).toEqual([2, 1, 4, 3]);
  });
});

describe('cachedSource', () => {
  it('forgets a failed read so Retry reads again', async () => {
    let calls = 0;
    const source = cachedSource({
      root: async () => {
        calls += 1;
        if (calls === 1) throw new Error('offline');
        return files.root;
      },
      terms: async () => files.terms.get('ha')!,
      stories: async () => files.stories[0]!,
    });
    await expect(source.root()).rejects.toThrow('offline');
    await expect(source.root()).resolves.toBe(files.root);
    await source.root();
    expect(calls).toBe(2);
  });
});
