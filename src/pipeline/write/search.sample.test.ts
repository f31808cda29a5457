/**
 * The search index written by the whole pipeline over the bundled sample collection (content/): every
 * file matches its schema, a query through the written files finds stories and people, the old
 * whole-collection index is gone, and a rebuild after one edit rewrites only the search files it must.
 */
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataPaths } from '../../content/dataPaths.ts';
import {
  SearchRootSchema,
  SearchStoryShardSchema,
  SearchTermShardSchema,
  type Article,
  type ArticleSummary,
  type Person,
  type SearchRoot,
  type SearchStoryShard,
  type SearchTermShard,
  type Topic,
} from '../../content/schema.ts';
import { tokenize } from '../../content/searchText.ts';
import { cachedSource, runSearch } from '../../features/search/searchEngine.ts';
import { Pipeline } from '../ingest.ts';
import { storyFields } from './search.ts';

const sample = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../content');
let scratch: string;
let contentDir: string;
let outDir: string;
let pipeline: Pipeline;
let before: Map<string, string>;

const readJson = async <T>(relative: string): Promise<T> => JSON.parse(await readFile(path.join(outDir, relative), 'utf8')) as T;
async function searchFiles(): Promise<Map<string, string>> {
  const dir = path.join(outDir, 'search');
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = new Map<string, string>();
  for (const e of entries.filter((x) => x.isFile())) {
    const full = path.join(e.parentPath, e.name);
    files.set(path.relative(outDir, full).split(path.sep).join('/'), await readFile(full, 'utf8'));
  }
  return files;
}
const fileSource = () =>
  cachedSource({
    root: () => readJson<SearchRoot>(dataPaths.searchRoot),
    terms: (prefix) => readJson<SearchTermShard>(dataPaths.searchTerms(prefix)),
    stories: (k) => readJson<SearchStoryShard>(dataPaths.searchStories(k)),
  });

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'verbatim-search-'));
  contentDir = path.join(scratch, 'content');
  outDir = path.join(scratch, 'out');
  await cp(sample, contentDir, { recursive: true });
  pipeline = new Pipeline({ contentDir, outDir, workers: 0 });
  await pipeline.run();
  before = await searchFiles();
}, 180_000);

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('the search index of the sample collection', () => {
  it('writes a root, term shards and story shards that match their schemas, and no whole-collection index', async () => {
    const root = SearchRootSchema.parse(JSON.parse(before.get(dataPaths.searchRoot)!));
    const catalog = await readJson<ArticleSummary[]>(dataPaths.catalog);
    expect(root.stories).toBe(catalog.length);
    const terms = [...before.keys()].filter((f) => f.startsWith('search/terms/'));
    const stories = [...before.keys()].filter((f) => f.startsWith('search/stories/'));
    expect(terms.length).toBeGreaterThanOrEqual(root.keys.length);
    expect(stories).toHaveLength(Math.ceil(root.stories / root.storiesPerShard));
    for (const f of terms) SearchTermShardSchema.parse(JSON.parse(before.get(f)!));
    for (const f of stories) SearchStoryShardSchema.parse(JSON.parse(before.get(f)!));
    await expect(readFile(path.join(outDir, 'search-index.json'))).rejects.toThrow();
  });

  it('finds every story by the words of its headline, and a person by name', async () => {
    const catalog = await readJson<ArticleSummary[]>(dataPaths.catalog);
    for (const story of catalog) {
      const results = await runSearch(fileSource(), `${story.headline} `, 5);
      expect(results.stories.map((s) => s.id), story.headline).toContain(story.id);
    }
    const people = await readJson<Person[]>(dataPaths.people);
    const quoted = [...people].sort((a, b) => b.quoteCount - a.quoteCount)[0]!;
    const results = await runSearch(fileSource(), quoted.name, 20);
    expect(results.people[0]?.id).toBe(quoted.id);
    expect(results.stories.length).toBeGreaterThan(0);
  });

  it('does not index the body text', async () => {
    const catalog = await readJson<ArticleSummary[]>(dataPaths.catalog);
    const people = await readJson<Person[]>(dataPaths.people);
    const topics = await readJson<Topic[]>(dataPaths.topics);
    const articles = await Promise.all(catalog.map((s) => readJson<Article>(dataPaths.article(s.id))));
    const peopleById = new Map(people.map((p) => [p.id, p]));
    const topicsById = new Map(topics.map((t) => [t.id, t]));
    const indexed = new Set<string>();
    for (const a of articles) for (const texts of Object.values(storyFields(a, peopleById, topicsById))) texts.flatMap(tokenize).forEach((t) => indexed.add(t));
    for (const p of people) [p.name, ...p.aliases, p.role ?? ''].flatMap(tokenize).forEach((t) => indexed.add(t));
    // Words of later paragraphs that no indexed field holds: searching for them finds nothing.
    const bodyOnly = [
      ...new Set(articles.flatMap((a) => a.blocks.flatMap((b) => (b.type === 'paragraph' && !b.intro ? tokenize(b.text) : [])))),
    ].filter((t) => !indexed.has(t) && t.length > 4);
    expect(bodyOnly.length).toBeGreaterThan(10);
    for (const word of bodyOnly.slice(0, 10)) {
      const results = await runSearch(fileSource(), `${word} `, 5);
      expect(results.stories, word).toEqual([]);
    }
  });

  it('rewrites only the search files of the words an edit added, and the edited story’s own', async () => {
    const file = path.join(contentDir, 'world', 'miren-ferry-aground.txt');
    const text = await readFile(file, 'utf8');
    // The intro (the standfirst) gains an invented word.
    await writeFile(file, text.replace('All 212 passengers', 'All 212 zeppelinage passengers'));
    await pipeline.run();
    const after = await searchFiles();
    const changed = [...after.keys()].filter((f) => before.get(f) !== after.get(f)).sort();
    expect([...before.keys()].filter((f) => !after.has(f))).toEqual([]);
    expect(changed.filter((f) => f.startsWith('search/stories/'))).toHaveLength(1);
    // The new word's shard, and the shards that carry the story's display (its standfirst changed).
    const headline = 'Hundreds rescued as Miren ferry runs aground';
    const carrying = [...after].filter(
      ([f, text]) => f.startsWith('search/terms/') && Object.values((JSON.parse(text) as SearchTermShard).shows ?? {}).some((s) => s.headline === headline),
    );
    expect(carrying.length).toBeGreaterThan(0);
    expect(changed.filter((f) => f.startsWith('search/terms/'))).toEqual(
      [...new Set([dataPaths.searchTerms('ze'), ...carrying.map(([f]) => f)])].sort(),
    );
    const found = await runSearch(fileSource(), 'zeppelinage', 5);
    expect(found.stories.map((s) => s.headline)).toEqual(['Hundreds rescued as Miren ferry runs aground']);
  });
});
