import { describe, expect, it } from 'vitest';
import type { PeopleIndex, PersonPage, TopicPage, TopicsIndex } from '../../content/schema.ts';
import { dataPaths, PERSON_PAGE_SIZE, TOPIC_PAGE_SIZE } from '../../content/dataPaths.ts';
import { inventedCollection } from '../../test/inventedCollection.ts';
import { renderOutput, type PageMemo } from './render.ts';

const report = { read: 0, written: 0, rejected: [], ignored: [], warnings: [] };

describe('renderOutput: paged topic, person and index files', () => {
  const stories = TOPIC_PAGE_SIZE + 5;
  // renderOutput yields the files one at a time; collect them to look them up by path.
  const render = () => new Map([...renderOutput(inventedCollection(stories), report)].map(([path, text]) => [path, text]));
  const files = render();
  const json = <T>(path: string) => JSON.parse(files.get(path)!) as T;

  it('writes a topic’s first page at topics/<id>.json and the rest under topics/<id>/', () => {
    const first = json<TopicPage>(dataPaths.topic('tides'));
    expect(first).toMatchObject({ page: 1, pageCount: 2, total: stories, topic: { id: 'tides', name: 'Tides', kind: 'theme' } });
    expect(first.stories).toHaveLength(TOPIC_PAGE_SIZE);
    expect(json<TopicPage>('topics/tides/page-2.json').stories).toHaveLength(5);
    expect(files.has('topics/tides/page-3.json')).toBe(false);
  });

  it('writes a person’s first page at people/<id>.json and the rest under people/<id>/', () => {
    const first = json<PersonPage>(dataPaths.person('una-pell'));
    expect(first).toMatchObject({ page: 1, pageCount: 2, quoteTotal: stories, storyTotal: stories });
    expect(first.quotes).toHaveLength(PERSON_PAGE_SIZE);
    expect(json<PersonPage>('people/una-pell/page-2.json').quotes).toHaveLength(5);
  });

  it('writes the people and topics indexes as a small first file plus shards', () => {
    expect(json<PeopleIndex>(dataPaths.peopleIndex)).toMatchObject({ total: 1, letters: [{ letter: 'U', key: 'u', count: 1 }] });
    expect(files.has('people-index/letter-u-1.json')).toBe(true);
    expect([...files.keys()].filter((p) => p.startsWith('people-index/find-')).sort()).toEqual([
      'people-index/find-pe.json',
      'people-index/find-un.json',
    ]);
    expect(json<TopicsIndex>(dataPaths.topicsIndex).kinds.map((k) => [k.kind, k.count])).toEqual([['theme', 1]]);
    expect(files.has('topics-index/theme-1.json')).toBe(true);
  });

  it('is byte-for-byte the same on a second run', () => {
    const again = render();
    expect([...again]).toEqual([...files]);
  });
});

describe('renderOutput with a memo (the dev server’s rebuild)', () => {
  it('keeps every search story shard made from the same article objects, and renders only the edited story’s again', () => {
    const collection = inventedCollection(60);
    const memo: PageMemo = new Map();
    const first = [...renderOutput(collection, report, undefined, memo)];
    const previous = new Map(first.map(([path, , hash]) => [path, hash]));
    const shards = (files: typeof first) => files.filter(([path]) => path.startsWith('search/stories/'));
    expect(shards(first).length).toBeGreaterThan(2);
    expect(shards(first).every(([, text]) => text !== null)).toBe(true);

    // One story edited: a new object, as the link gives an article that changed.
    const edited = collection.articles[30]!;
    collection.articles[30] = { ...edited, headline: `${edited.headline}, corrected` };
    const second = [...renderOutput(collection, report, previous, memo)];
    const rendered = shards(second).filter(([, text]) => text !== null);
    expect(rendered).toHaveLength(1);
    expect(rendered[0]![1]).toContain('corrected');
    expect(shards(second).length).toBe(shards(first).length);
  });

  it('keeps the list\u2019s facets, positions and days and the people and topics indexes when an edit changes none of what they read', () => {
    const collection = inventedCollection(40);
    const memo: PageMemo = new Map();
    const first = [...renderOutput(collection, report, undefined, memo)];
    let previous = new Map(first.map(([path, , hash]) => [path, hash]));
    const collectionFiles = (files: typeof first) =>
      files.filter(([path]) => path.startsWith('list/at') || path === 'list/facets.json' || path === 'list/days.json' || path.startsWith('people-index') || path.startsWith('topics-index'));
    const fresh = () => new Map([...renderOutput(collection, report)].map(([path, , hash]) => [path, hash]));

    // A headline corrected: nothing those files read.
    const edited = collection.articles[12]!;
    collection.articles[12] = { ...edited, headline: `${edited.headline}, corrected` };
    let second = [...renderOutput(collection, report, previous, memo)];
    expect(collectionFiles(second).length).toBeGreaterThan(3);
    expect(collectionFiles(second).every(([, text]) => text === null)).toBe(true);
    expect(new Map(second.map(([path, , hash]) => [path, hash]))).toEqual(fresh());
    previous = new Map(second.map(([path, , hash]) => [path, hash]));

    // A story now names no one: its person's positions and the facets are made again.
    collection.articles[12] = { ...collection.articles[12]!, people: [] };
    second = [...renderOutput(collection, report, previous, memo)];
    expect(collectionFiles(second).some(([path, text]) => path === 'list/facets.json' && text !== null)).toBe(true);
    expect(new Map(second.map(([path, , hash]) => [path, hash]))).toEqual(fresh());
    previous = new Map(second.map(([path, , hash]) => [path, hash]));

    // A story re-dated to be the newest: the list is in a new order, as a render from scratch has it.
    collection.articles[20] = { ...collection.articles[20]!, updated: '2031-01-01T09:00:00.000Z' };
    second = [...renderOutput(collection, report, previous, memo)];
    const firstPage = JSON.parse(second.find(([path]) => path === 'list/page-1.json')![1]!) as { stories: Array<{ id: string }> };
    expect(firstPage.stories[0]!.id).toBe(collection.articles[20]!.id);
    expect(new Map(second.map(([path, , hash]) => [path, hash]))).toEqual(fresh());
  });

  it('builds again only the search term groups holding an edited story’s words, and writes what a render without a memo writes', () => {
    const collection = inventedCollection(60);
    const memo: PageMemo = new Map();
    const first = [...renderOutput(collection, report, undefined, memo)];
    const previous = new Map(first.map(([path, , hash]) => [path, hash]));
    const termFiles = (files: typeof first) => files.filter(([path]) => path.startsWith('search/terms/'));

    const edited = collection.articles[30]!;
    collection.articles[30] = { ...edited, headline: `${edited.headline} zebracorn` };
    const second = [...renderOutput(collection, report, previous, memo)];
    const rebuilt = termFiles(second).filter(([, text]) => text !== null);
    expect(rebuilt.length).toBeGreaterThan(0);
    expect(rebuilt.length).toBeLessThan(termFiles(second).length / 2);
    expect(rebuilt.some(([, text]) => text!.includes('zebracorn'))).toBe(true);

    // Every file, kept or built, is what a render from scratch gives.
    const fresh = new Map([...renderOutput(collection, report)].map(([path, , hash]) => [path, hash]));
    expect(new Map(second.map(([path, , hash]) => [path, hash]))).toEqual(fresh);
  });

  it('joins the catalog and people.json from the items it made before, refusing a new item that breaks the schema', () => {
    const collection = inventedCollection(40);
    const memo: PageMemo = new Map();
    const first = [...renderOutput(collection, report, undefined, memo)];
    const previous = new Map(first.map(([path, , hash]) => [path, hash]));
    const edited = collection.articles[7]!;
    collection.articles[7] = { ...edited, headline: `${edited.headline}, updated` };
    collection.people.push({ ...collection.people[0]!, id: 'ivo-brask', name: 'Ivo Brask', role: 'ferry inspector', quoteCount: 0 });
    const second = new Map([...renderOutput(collection, report, previous, memo)].map(([path, text]) => [path, text]));
    const fresh = new Map([...renderOutput(collection, report)].map(([path, text]) => [path, text]));
    expect(second.get(dataPaths.catalog)).toBe(fresh.get(dataPaths.catalog));
    expect(second.get(dataPaths.catalog)).toContain(', updated');
    expect(second.get(dataPaths.people)).toBe(fresh.get(dataPaths.people));
    expect(second.get(dataPaths.people)).toContain('ferry inspector');

    collection.people[1] = { ...collection.people[1]!, quoteCount: -1 };
    expect(() => [...renderOutput(collection, report, previous, memo)]).toThrow(/refusing to write people\.json: 1\.quoteCount/);
  });

  it('makes an unchanged story\u2019s names again when a person or topic it names is renamed, and keeps them otherwise', () => {
    const collection = inventedCollection(30);
    const memo: PageMemo = new Map();
    let previous = new Map([...renderOutput(collection, report, undefined, memo)].map(([path, , hash]) => [path, hash]));
    const render = () => {
      const files = [...renderOutput(collection, report, previous, memo)];
      previous = new Map(files.map(([path, , hash]) => [path, hash]));
      return files;
    };
    const articleFiles = (files: ReturnType<typeof render>) => files.filter(([path]) => path.startsWith('articles/'));
    const fresh = () => new Map([...renderOutput(collection, report)].map(([path, , hash]) => [path, hash]));

    // Every story names Una Pell and the topic Tides: a rename reaches every story's file and search terms.
    collection.people[0] = { ...collection.people[0]!, name: 'Una Pell-Varro' };
    let files = render();
    expect(articleFiles(files).every(([, text]) => text?.includes('Una Pell-Varro'))).toBe(true);
    expect(new Map(files.map(([path, , hash]) => [path, hash]))).toEqual(fresh());
    collection.topics[0] = { ...collection.topics[0]!, name: 'Spring tides' };
    files = render();
    expect(articleFiles(files).every(([, text]) => text?.includes('Spring tides'))).toBe(true);
    expect(files.some(([path, text]) => path.startsWith('search/terms/') && text?.includes('varro'))).toBe(true);
    expect(new Map(files.map(([path, , hash]) => [path, hash]))).toEqual(fresh());

    // The same names from new objects (a people merge run again): no story's file is made again.
    collection.people[0] = { ...collection.people[0]! };
    collection.topics[0] = { ...collection.topics[0]! };
    expect(articleFiles(render()).every(([, text]) => text === null)).toBe(true);
    expect(articleFiles(render()).every(([, text]) => text === null)).toBe(true);
  });
});
