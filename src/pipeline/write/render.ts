/**
 * Write stage, pure half: turns the linked collection and the ingest report into the public data
 * files (path → JSON text). Everything is validated against the shared schema first, and the
 * output is deterministic: same input, byte-identical files.
 */
import type { z } from 'zod';
import {
  ArticleSchema,
  ArticleSummarySchema,
  IngestReportSchema,
  ListDaysSchema,
  ListFacetsSchema,
  ListPageSchema,
  ListPositionsSchema,
  ManifestSchema,
  PeopleFindShardSchema,
  PeopleIndexSchema,
  PeopleLetterPageSchema,
  PersonPageSchema,
  PersonSchema,
  SearchRootSchema,
  SearchStoryShardSchema,
  SearchTermShardSchema,
  TopicPageSchema,
  TopicSchema,
  TopicsIndexSchema,
  TopicsKindPageSchema,
  type Article,
  type ArticleSummary,
  type CastMember,
  type IngestReport,
  type Manifest,
  type Person,
  type PersonQuote,
  type Topic,
  type TopicName,
} from '../../content/schema.ts';
import { dataPaths } from '../../content/dataPaths.ts';
import { castIds } from '../../content/cast.ts';
import type { LinkedCollection } from '../link/index.ts';
import {
  buildListDays,
  buildListFacets,
  buildListPositions,
  buildPeopleIndexShards,
  buildPersonPages,
  buildTopicPages,
  buildTopicsIndexShards,
  castOf,
  renderListPages,
  topicNamesOf,
} from './listShards.ts';
import { newSearchMemo, searchGroups, type SearchMemo } from './search.ts';
import { KeptGroups } from './keptGroups.ts';
import { SHARD_KEY_MIN, termLength } from '../../content/searchText.ts';
import { contentHash } from '../ids.ts';
import { unpackBlocks } from '../packedBlocks.ts';
import { sameList } from '../sameList.ts';

export const STANDFIRST_MAX = 240;

/** One output file: its path under the data folder, its JSON text and that text's hash. */
export type OutputFile = readonly [path: string, text: string, hash: string];

/**
 * A file a memo found unchanged: the same hash as the one the last run wrote (`previous`), so the write stage
 * leaves it as it is. Its text is not kept: a dev server holding every story's file JSON between rebuilds
 * held ~12 KB a story (120 MB at 10,000 stories), for a text it never writes again.
 */
export type KeptFile = readonly [path: string, text: null, hash: string];

/** What a memo keeps of a file it rendered: where it went and its hash. */
type Remembered = readonly [path: string, hash: string];

/**
 * Yields the output one file at a time, so the write stage can put each on disk and let it go: the
 * whole output of a large archive is gigabytes of text. `previous` holds the hashes of what the last
 * run wrote (the dev server keeps them): a file whose JSON hashes the same as a file validated then is
 * not validated again, which is most of a rebuild after one edit.
 */
/**
 * Each person's and topic's page files as last rendered, with what they were made from: the page head's
 * JSON and the article objects their quotes and stories come from (the link keeps an unchanged article's
 * object between runs). The dev server's Pipeline keeps one between rebuilds; without one (a one-off run)
 * no article's file or search terms are kept either.
 */
export type PageMemo = Map<string, { head: string; from: readonly unknown[]; files: Remembered[] }>;

export function renderOutput(collection: LinkedCollection, report: IngestReport, previous?: ReadonlyMap<string, string>): Generator<OutputFile>;
/** With a memo, files found unchanged are yielded without their text (KeptFile). */
export function renderOutput(
  collection: LinkedCollection,
  report: IngestReport,
  previous: ReadonlyMap<string, string> | undefined,
  memo: PageMemo | undefined,
): Generator<OutputFile | KeptFile>;
export function* renderOutput(
  collection: LinkedCollection,
  report: IngestReport,
  previous?: ReadonlyMap<string, string>,
  memo?: PageMemo,
): Generator<OutputFile | KeptFile> {
  const put = <T>(path: string, schema: z.ZodType<T>, value: T): OutputFile => {
    const json = JSON.stringify(value);
    const hash = contentHash(json);
    if (previous?.get(path) !== hash) {
      const checked = schema.safeParse(value);
      if (!checked.success) {
        throw new Error(`refusing to write ${path}: ${checked.error.issues.map(describeIssue).join('; ')}`);
      }
    }
    return [path, json, hash];
  };

  /**
   * A collection-wide list (the catalog, people.json, topics.json) whose items are mostly last run's objects
   * (the link keeps an unchanged story's article, so its summary, an unchanged merge's people, equal topics): joined from each item's
   * JSON as last made, so a rebuild serialises and validates only the new items (an array is valid when each
   * item is). Byte for byte what JSON.stringify gives the list. A one-off run keeps nothing.
   */
  const putList = <T extends object>(path: string, itemSchema: z.ZodType<T>, items: readonly T[]): OutputFile => {
    if (!memo) return put(path, itemSchema.array(), items as T[]);
    const parts = items.map((item, index) => {
      let json = itemJson.get(item);
      if (json === undefined) {
        const checked = itemSchema.safeParse(item);
        if (!checked.success) throw new Error(`refusing to write ${path}: ${checked.error.issues.map((issue) => describeIssue({ ...issue, path: [index, ...issue.path] })).join('; ')}`);
        itemJson.set(item, (json = JSON.stringify(item)));
      }
      return json;
    });
    const json = `[${parts.join(',')}]`;
    return [path, json, contentHash(json)];
  };

  const articles = memo ? keptOrder(memo, collection.articles) : sortNewestFirst(collection.articles);
  const summaries = articles.map(summarise);
  // Each article carries the names its page shows, so reading one never needs people.json or topics.json.
  const peopleById = new Map(collection.people.map((p) => [p.id, p]));
  const topicsById = new Map(collection.topics.map((t) => [t.id, t]));
  // With a memo (the dev server's rebuild) made once a run for each article, for its file and its search terms;
  // a one-off run makes them twice rather than hold every story's at its peak.
  const names = memo ? new Map<Article, { cast: CastMember[]; topicNames: TopicName[] }>() : undefined;
  // Articles whose names were made from the very people and topic names of last run: their files and search
  // terms are last run's, with no names made, serialised or hashed (a second at 100,000 stories).
  const unchanged = new Set<Article>();
  for (const article of articles) {
    const known = memo && articleFiles.get(article);
    if (known && previous?.get(known.path) === known.hash && sameSources(known.sources, article, peopleById, topicsById)) {
      unchanged.add(article);
      yield [known.path, null, known.hash];
      continue;
    }
    const cast = castOf(article, peopleById);
    const topicNames = topicNamesOf(article, topicsById);
    names?.set(article, { cast, topicNames });
    // The same article object as last run (the link reuses it when nothing in it changed) with the same
    // names: the same file, not serialised again. A rebuild after one edit serialises a handful.
    // Kept as a hash: the names' JSON is ~1 KB a story, kept for every story by the dev server.
    const namesHash = memo ? contentHash(JSON.stringify([cast, topicNames])) : '';
    if (known && known.names === namesHash && previous?.get(known.path) === known.hash) {
      articleFiles.set(article, { ...known, sources: namesSources(article, peopleById, topicsById) });
      yield [known.path, null, known.hash];
      continue;
    }
    // A packed article's whole blocks (packedBlocks.ts): read here once, for its file, and let go.
    const packed = collection.bodies?.get(article.id);
    collection.bodies?.delete(article.id);
    const body = packed ? { blocks: unpackBlocks(packed) } : {};
    const file = put(dataPaths.article(article.id), ArticleSchema, { ...article, ...body, cast, topicNames });
    if (memo) articleFiles.set(article, { names: namesHash, path: file[0], hash: file[2], sources: namesSources(article, peopleById, topicsById) });
    yield file;
  }
  // Pages made from the same head and the same article objects as last time are last time's files, as long
  // as those are what was last written: a rebuild serialises only the pages of people and topics it touched.
  const seen = new Set<string>();
  function* pages(key: string, head: unknown, from: readonly unknown[], build: () => OutputFile[]): Generator<OutputFile | KeptFile> {
    seen.add(key);
    const headJson = head instanceof HeadJson ? head.json : JSON.stringify(head);
    const known = memo?.get(key);
    if (known && known.head === headJson && sameList(known.from, from) && known.files.every(([path, hash]) => previous?.get(path) === hash)) {
      for (const [path, hash] of known.files) yield [path, null, hash];
      return;
    }
    const files = build();
    // A copy: a caller may change its list in place (a person replaced in the people list).
    memo?.set(key, { head: headJson, from: [...from], files: files.map(([path, , hash]) => [path, hash]) });
    yield* files;
  }
  yield putList(dataPaths.catalog, ArticleSummarySchema, summaries);
  // A list page of the same summary objects as last time is last time's file (`pages` below).
  for (const page of renderListPages(summaries)) {
    const { stories, ...head } = page;
    yield* pages(`list page ${page.page}`, head, stories, () => [put(dataPaths.listPage(page.page), ListPageSchema, page)]);
  }
  // The list's facets, positions and days read of each story only its place, id, section, day, people and topics,
  // and the people's and topics' names: when those are what they were (most edits), last time's files.
  const listFrom = memo ? [...summaries.map(listFields), ...collection.people, ...collection.topics] : [];
  yield* pages('list facets and positions', null, listFrom, () => [
    put(dataPaths.listFacets, ListFacetsSchema, buildListFacets(summaries, collection)),
    ...buildListPositions(summaries, collection).map(({ facet, key, positions }) => put(dataPaths.listAt(facet, key), ListPositionsSchema, positions)),
    put(dataPaths.listDays, ListDaysSchema, buildListDays(summaries)),
  ]);

  yield putList(dataPaths.people, PersonSchema, collection.people);
  // The people index's files are made from the people alone: the same person objects, the same files.
  yield* pages('people index', null, collection.people, () => {
    const peopleIndex = buildPeopleIndexShards(collection.people);
    return [
      put(dataPaths.peopleIndex, PeopleIndexSchema, peopleIndex.index),
      ...peopleIndex.letterPages.map(({ key, ...page }) => put(dataPaths.peopleLetter(key, page.page), PeopleLetterPageSchema, page)),
      ...peopleIndex.findShards.map((shard) => put(dataPaths.peopleFind(shard.key), PeopleFindShardSchema, shard)),
    ];
  });
  // With a memo the groupings are last run's, changed by the stories that changed (keptGroups.ts).
  const kept = memo ? (keptGroupings.get(memo) ?? keptGroupings.set(memo, newGroupings()).get(memo)!) : undefined;
  const grouped = <T extends object>(items: T[], keysOf: (item: T) => readonly string[], into: KeptGroups<T> | undefined) =>
    into ? into.group(items, keysOf) : groupBy(items, (item) => [...new Set(keysOf(item))]);
  const quotedIn = grouped(articles, quotedPeople, kept?.quotedIn);
  // A person's quotes, made only for the pages built again (a rebuild builds a handful, where collecting every
  // quote of the collection was two seconds at 100,000 stories).
  const quotesOf = (personId: string): PersonQuote[] => [...new Set(quotedIn.get(personId) ?? [])].flatMap((article) => quotesIn(article, personId));
  const storiesByPerson = grouped(summaries, (s) => s.people, kept?.byPerson);
  for (const person of collection.people) {
    const stories = storiesByPerson.get(person.id) ?? [];
    yield* pages(`person ${person.id}`, headOf(person), [...(quotedIn.get(person.id) ?? []), ...stories], () =>
      buildPersonPages(person, quotesOf(person.id), stories).map((page) => put(dataPaths.person(person.id, page.page), PersonPageSchema, page)),
    );
  }

  yield putList(dataPaths.topics, TopicSchema, collection.topics);
  yield* pages('topics index', null, collection.topics, () => {
    const topicsIndex = buildTopicsIndexShards(collection.topics);
    return [
      put(dataPaths.topicsIndex, TopicsIndexSchema, topicsIndex.index),
      ...topicsIndex.kindPages.map((page) => put(dataPaths.topicsKind(page.kind, page.page), TopicsKindPageSchema, page)),
    ];
  });
  const storiesByTopic = grouped(summaries, (s) => s.topics, kept?.byTopic);
  for (const topic of collection.topics) {
    const stories = storiesByTopic.get(topic.id) ?? [];
    yield* pages(`topic ${topic.id}`, headOf(topic), stories, () =>
      buildTopicPages(topic, stories).map((page) => put(dataPaths.topic(topic.id, page.page), TopicPageSchema, page)),
    );
  }
  const searchMemo = memo ? (searchMemos.get(memo) ?? searchMemos.set(memo, newSearchMemo()).get(memo)!) : undefined;
  const search = searchGroups({ articles, people: collection.people, topics: collection.topics, ...(names ? { names, unchanged } : {}) }, { remember: memo !== undefined }, searchMemo);
  // A group of term shards whose generation did not move is last time's files (searchGroups says when it may
  // have changed): a rebuild after one edit builds and serialises the few groups holding the edit's words.
  const deeper: string[] = [];
  const deeperByGroup = new Map<string, string[]>();
  for (const group of search.groups) {
    let built: string[] | undefined;
    const splitKeys = (keys: Iterable<string>) => [...keys].filter((key) => termLength(key) > SHARD_KEY_MIN);
    yield* pages(`search terms ${group.key}`, group.generation, [], () => {
      const shards = group.build();
      built = splitKeys(shards.keys());
      return [...shards].map(([prefix, shard]) => put(dataPaths.searchTerms(prefix), SearchTermShardSchema, shard));
    });
    // A kept group's split keys are the last build's (the index lists them).
    const keys = built ?? searchMemo?.deeper.get(group.key) ?? splitKeys(group.build().keys());
    deeperByGroup.set(group.key, keys);
    deeper.push(...keys);
  }
  if (searchMemo) searchMemo.deeper = deeperByGroup;
  yield put(dataPaths.searchRoot, SearchRootSchema, search.root(deeper.sort(compareCodeUnits)));
  // A shard of story displays is made from the same article objects as last time: the same file (a display is
  // made from the article's own fields alone).
  for (const [k, shard] of search.stories.entries()) {
    const from = search.ordered.slice(shard.first, shard.first + shard.stories.length);
    yield* pages(`search stories ${k}`, shard.first, from, () => [put(dataPaths.searchStories(k), SearchStoryShardSchema, shard)]);
  }
  if (memo) for (const key of memo.keys()) if (!seen.has(key)) memo.delete(key);
  const manifest: Manifest = {
    articleCount: articles.length,
    peopleCount: collection.people.length,
    topicCount: collection.topics.length,
    sections: countSections(articles),
  };
  yield put(dataPaths.manifest, ManifestSchema, manifest);
  yield put(dataPaths.report, IngestReportSchema, report);
}

/**
 * One article's file exactly as renderOutput writes it, validated: what the first phase of a dev rebuild
 * writes for an edited story, with the last link's people and topics for its names (edited.ts).
 */
export function articleFile(article: Article, peopleById: ReadonlyMap<string, Person>, topicsById: ReadonlyMap<string, Topic>): OutputFile {
  const value = { ...article, cast: castOf(article, peopleById), topicNames: topicNamesOf(article, topicsById) };
  const checked = ArticleSchema.safeParse(value);
  const path = dataPaths.article(article.id);
  if (!checked.success) throw new Error(`refusing to write ${path}: ${checked.error.issues.map(describeIssue).join('; ')}`);
  const json = JSON.stringify(value);
  return [path, json, contentHash(json)];
}

/** Items listed under each key they name, in the items' order: one pass instead of a filter per key. */
export function groupBy<T>(items: T[], keysOf: (item: T) => string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      const list = groups.get(key);
      if (list) list.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

/** Newest first; undated stories keep their source order after the dated ones. */
export function sortNewestFirst(articles: Article[]): Article[] {
  return articles
    .map((article, order) => ({ article, order }))
    .sort((a, b) => {
      const ua = a.article.updated;
      const ub = b.article.updated;
      if (ua && ub && ua !== ub) return ua < ub ? 1 : -1;
      if (ua && !ub) return -1;
      if (!ua && ub) return 1;
      return a.order - b.order;
    })
    .map((x) => x.article);
}

/** Each page memo's last order: the stories' ids and dates it was sorted from, and where each went. */
const orders = new WeakMap<PageMemo, { ids: string[]; updated: Array<string | null>; order: number[] }>();

/**
 * sortNewestFirst, by last run's order when the stories come with the same ids and dates in the same places (the
 * order reads nothing else): a rebuild after one edit does not sort 100,000 dates again.
 */
function keptOrder(memo: PageMemo, articles: Article[]): Article[] {
  const last = orders.get(memo);
  if (last && last.ids.length === articles.length && articles.every((a, i) => a.id === last.ids[i] && a.updated === last.updated[i])) {
    return last.order.map((i) => articles[i]!);
  }
  const position = new Map(articles.map((a, i) => [a, i]));
  const sorted = sortNewestFirst(articles);
  orders.set(memo, { ids: articles.map((a) => a.id), updated: articles.map((a) => a.updated), order: sorted.map((a) => position.get(a)!) });
  return sorted;
}

/** The ids of the people a story quotes. */
function quotedPeople(article: Article): string[] {
  return article.quotes.flatMap((q) => (q.speaker.personId ? [q.speaker.personId] : []));
}

/** The groupings a rebuild changes story by story, kept for each page memo (the dev server's Pipeline keeps one). */
interface Groupings {
  quotedIn: KeptGroups<Article>;
  byPerson: KeptGroups<ArticleSummary>;
  byTopic: KeptGroups<ArticleSummary>;
}
const keptGroupings = new WeakMap<PageMemo, Groupings>();

function newGroupings(): Groupings {
  return { quotedIn: new KeptGroups(), byPerson: new KeptGroups(), byTopic: new KeptGroups() };
}

/** The search build's memo of each page memo (the dev server's Pipeline keeps one page memo for all its runs). */
const searchMemos = new WeakMap<PageMemo, SearchMemo>();

/** The order search.ts sorts its split keys in (by code unit). */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Each article's file as last rendered, with the names it carried; by article object (see renderOutput). */
const articleFiles = new WeakMap<Article, { names: string; path: string; hash: string; sources: NamesSources }>();

/**
 * What an article's names (cast and topic names) are made from: each id the cast looks up (content/cast.ts
 * castIds) with the person object it found, and the name of each of its topics. Kept by article object, whose
 * ids and topics never change, so a later check looks the same ids up again without making them.
 */
interface NamesSources {
  castIds: readonly string[];
  people: ReadonlyArray<Person | undefined>;
  topicNames: ReadonlyArray<string | undefined>;
}

function namesSources(article: Article, peopleById: ReadonlyMap<string, Person>, topicsById: ReadonlyMap<string, Topic>): NamesSources {
  const ids = castIds(article);
  return { castIds: ids, people: ids.map((id) => peopleById.get(id)), topicNames: article.topics.map((id) => topicsById.get(id)?.name) };
}

/** Whether the article's names would be made from the same people objects and topic names as last time. */
function sameSources(sources: NamesSources, article: Article, peopleById: ReadonlyMap<string, Person>, topicsById: ReadonlyMap<string, Topic>): boolean {
  return (
    sources.castIds.every((id, i) => peopleById.get(id) === sources.people[i]) &&
    article.topics.every((id, i) => topicsById.get(id)?.name === sources.topicNames[i])
  );
}
const summaries = new WeakMap<Article, ArticleSummary>();
/** A page head's JSON made already (see headOf). */
class HeadJson {
  constructor(readonly json: string) {}
}
const heads = new WeakMap<Person | Topic, HeadJson>();

/**
 * A person's or topic's page head (all but its story list) as JSON, kept by object: the link keeps unchanged
 * people and topics between runs, so a rebuild does not serialise every one of them again to compare.
 */
function headOf(item: Person | Topic): HeadJson {
  let head = heads.get(item);
  if (!head) {
    const { articles: _articles, ...rest } = item;
    heads.set(item, (head = new HeadJson(JSON.stringify(rest))));
  }
  return head;
}

/** What the list's facets and positions read of a story, as one string (kept by summary object). */
const listFieldsOf = new WeakMap<ArticleSummary, string>();

function listFields(summary: ArticleSummary): string {
  let fields = listFieldsOf.get(summary);
  if (fields === undefined) listFieldsOf.set(summary, (fields = JSON.stringify([summary.id, summary.section, summary.updated, summary.people, summary.topics])));
  return fields;
}
/** Each list item's JSON as last written (see putList in renderOutput), by object. */
const itemJson = new WeakMap<object, string>();

export function summarise(article: Article): ArticleSummary {
  let summary = summaries.get(article);
  if (!summary) summaries.set(article, (summary = summaryOf(article)));
  return summary;
}

function summaryOf(article: Article): ArticleSummary {
  const intro = article.blocks.find((b) => b.type === 'paragraph');
  return {
    id: article.id,
    headline: article.headline,
    updated: article.updated,
    section: article.section,
    standfirst: intro ? truncate(intro.text, STANDFIRST_MAX) : '',
    people: article.people,
    topics: article.topics,
    quoteCount: article.quotes.length,
  };
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

/** Each person's quotes in story order (the articles' order, newest first), with the story's headline. */
export function collectQuotesByPerson(articles: Article[]): Map<string, PersonQuote[]> {
  const byPerson = new Map<string, PersonQuote[]>();
  for (const article of articles) {
    for (const quote of article.quotes) {
      const personId = quote.speaker.personId;
      if (!personId) continue;
      const list = byPerson.get(personId) ?? [];
      list.push(personQuote(article, quote));
      byPerson.set(personId, list);
    }
  }
  return byPerson;
}

/** One person's quotes in one story, in the story's order. */
function quotesIn(article: Article, personId: string): PersonQuote[] {
  return article.quotes.filter((q) => q.speaker.personId === personId).map((q) => personQuote(article, q));
}

function personQuote(article: Article, quote: Article['quotes'][number]): PersonQuote {
  return { articleId: article.id, headline: article.headline, updated: article.updated, quoteId: quote.id, text: quote.text };
}

function countSections(articles: Article[]): Manifest['sections'] {
  const counts = new Map<string, number>();
  for (const a of articles) if (a.section) counts.set(a.section, (counts.get(a.section) ?? 0) + 1);
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1));
}

function describeIssue(issue: { path: PropertyKey[]; message: string }): string {
  return `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`;
}
