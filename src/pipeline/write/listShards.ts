/**
 * Write stage, app-facing shards: small files that let the first visit to a page read a constant amount
 * of data whatever the collection's size. The public whole-collection files (catalog.json, people.json,
 * topics.json) are still written beside these; see docs/data-format.md.
 *
 *  - list/page-<n>.json: the newest-first list, one page of summaries per file;
 *  - list/facets.json:   the filter columns (section, day, topic and person positions), no headlines;
 *  - topics/<id>.json, topics/<id>/page-<n>.json: a topic a page of stories at a time;
 *  - people/<id>.json, people/<id>/page-<n>.json: a person a page of quotes and stories at a time;
 *  - people-index.json + people-index/*: the A–Z index: letter counts and the most quoted first, then
 *    each letter a page at a time and name-lookup shards by the first two letters of a name word;
 *  - topics-index.json + topics-index/*: the biggest topics of each kind first, then each kind A–Z, paged;
 *  - `cast` / `topicNames` on each article: the names its page shows.
 */
import type {
  Article,
  ArticleSummary,
  CastMember,
  FacetValue,
  ListDays,
  ListFacets,
  ListPositions,
  ListPage,
  PeopleFindShard,
  PeopleIndex,
  PeopleIndexEntry,
  PeopleLetterPage,
  Person,
  PersonPage,
  PersonQuote,
  Topic,
  TopicKind,
  TopicName,
  TopicPage,
  TopicsIndex,
  TopicsIndexEntry,
  TopicsKindPage,
} from '../../content/schema.ts';
import {
  LIST_PAGE_SIZE,
  PEOPLE_LETTER_PAGE_SIZE,
  PEOPLE_TOP_COUNT,
  PERSON_PAGE_SIZE,
  TOPIC_PAGE_SIZE,
  TOPICS_KIND_PAGE_SIZE,
  TOPICS_TOP_PER_KIND,
  sectionKey,
  type ListFacet,
} from '../../content/dataPaths.ts';
import { storyMembers } from '../../content/cast.ts';
import { distinguishedName, type Distinguishable } from '../../content/personLabel.ts';
import { findKeysOf, foldName, LETTERS, letterKey, letterOf } from '../../content/names.ts';
import { TOPIC_KIND_ORDER } from '../../content/topicKinds.ts';

/** Pages needed for `count` items: at least 1, so an empty list still has a (empty) first page. */
export function pageCountFor(count: number, pageSize: number): number {
  return Math.max(1, Math.ceil(count / pageSize));
}

/** Items of page `page` (1-based). */
export function pageSlice<T>(items: readonly T[], page: number, pageSize: number): T[] {
  return items.slice((page - 1) * pageSize, page * pageSize);
}

/** Pages 1…count, for building one file per page. */
const pageNumbers = (count: number) => Array.from({ length: count }, (_, i) => i + 1);


/** The list cut into pages; an empty collection still has page 1 (with no stories) so `/` never 404s. */
export function renderListPages(summaries: readonly ArticleSummary[], pageSize = LIST_PAGE_SIZE): ListPage[] {
  const pageCount = Math.max(1, Math.ceil(summaries.length / pageSize));
  return Array.from({ length: pageCount }, (_, i) => ({
    page: i + 1,
    pageCount,
    total: summaries.length,
    stories: summaries.slice(i * pageSize, (i + 1) * pageSize),
  }));
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days since 1970-01-01 of an ISO instant's UTC date, or null. */
export function dayNumber(iso: string | null): number | null {
  if (!iso) return null;
  const ms = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isFinite(ms) ? Math.round(ms / DAY_MS) : null;
}

/** Ascending positions → first position, then gaps (small numbers compress well). */
export function deltaEncode(positions: readonly number[]): number[] {
  return positions.map((p, i) => (i === 0 ? p : p - positions[i - 1]!));
}

/** The filter columns for the list, in list order (summaries must be newest first, as the pages are). */
export function buildListFacets(
  summaries: readonly ArticleSummary[],
  names: { people: readonly Person[]; topics: readonly Topic[] },
  pageSize = LIST_PAGE_SIZE,
): ListFacets {
  const sectionCounts = new Map<string, number>();
  for (const s of summaries) if (s.section) sectionCounts.set(s.section, (sectionCounts.get(s.section) ?? 0) + 1);
  const sections = [...sectionCounts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || compareText(a.name, b.name));
  const sectionIndex = new Map(sections.map((s, i) => [s.name, i]));

  return {
    total: summaries.length,
    pageSize,
    sections,
    sectionOf: summaries.map((s) => (s.section ? sectionIndex.get(s.section)! : -1)),
    day: summaries.map((s) => dayNumber(s.updated)),
    topics: facetValues(summaries, (s) => s.topics, nameLookup(names.topics)),
    people: facetValues(summaries, (s) => s.people, nameLookup(names.people)),
  };
}

/** Names by id; a person's with their note when they share a name, so a filter choice tells namesakes apart. */
function nameLookup(items: ReadonlyArray<Distinguishable & { id: string }>): (id: string) => string {
  const byId = new Map(items.map((item) => [item.id, distinguishedName(item)]));
  return (id) => byId.get(id) ?? id;
}

function facetValues(
  summaries: readonly ArticleSummary[],
  valuesOf: (s: ArticleSummary) => readonly string[],
  nameOf: (id: string) => string,
): FacetValue[] {
  const positions = new Map<string, number[]>();
  summaries.forEach((summary, position) => {
    // A story listing a value twice still counts once.
    for (const id of new Set(valuesOf(summary))) {
      const list = positions.get(id);
      if (list) list.push(position);
      else positions.set(id, [position]);
    }
  });
  return [...positions]
    .map(([id, at]) => ({ id, name: nameOf(id), count: at.length, at: deltaEncode(at) }))
    .sort((a, b) => b.count - a.count || compareText(a.name, b.name) || compareText(a.id, b.id));
}

/** One positions file: which filter, its file key, and what it holds. */
export interface ListPositionsFile {
  facet: ListFacet;
  key: string;
  positions: ListPositions;
}

/**
 * Every person's, topic's and section's list positions, one file each (summaries newest first, as the
 * pages are). A combined filter reads one of these per active filter and intersects them; the file's
 * size is that value's story count, never the collection's.
 */
export function buildListPositions(
  summaries: readonly ArticleSummary[],
  names: { people: readonly Person[]; topics: readonly Topic[] },
): ListPositionsFile[] {
  const files: ListPositionsFile[] = [];
  const add = (facet: ListFacet, values: readonly FacetValue[], keyOf: (id: string) => string) => {
    for (const v of values) files.push({ facet, key: keyOf(v.id), positions: { name: v.name, total: v.count, at: v.at } });
  };
  add('person', facetValues(summaries, (s) => s.people, nameLookup(names.people)), (id) => id);
  add('topic', facetValues(summaries, (s) => s.topics, nameLookup(names.topics)), (id) => id);
  // Sections are filtered by folded name: names that fold alike share one file (named by the commonest spelling).
  const spellings = new Map<string, Map<string, number>>();
  for (const s of summaries) {
    if (!s.section) continue;
    const key = sectionKey(s.section);
    const counts = spellings.get(key) ?? new Map<string, number>();
    counts.set(s.section, (counts.get(s.section) ?? 0) + 1);
    spellings.set(key, counts);
  }
  const sectionName = (key: string) =>
    [...(spellings.get(key) ?? [])].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0]?.[0] ?? key;
  add('section', facetValues(summaries, (s) => (s.section ? [sectionKey(s.section)] : []), sectionName), (key) => key);
  return files;
}

/** The first list position of each date, newest first (summaries newest first, undated last). */
export function buildListDays(summaries: readonly ArticleSummary[], pageSize = LIST_PAGE_SIZE): ListDays {
  const days: Array<[number, number]> = [];
  let undatedFrom = summaries.length;
  summaries.forEach((s, position) => {
    const day = dayNumber(s.updated);
    if (day === null) {
      if (undatedFrom === summaries.length) undatedFrom = position;
      return;
    }
    if (days[days.length - 1]?.[0] !== day) days.push([day, position]);
  });
  return { total: summaries.length, pageSize, days, undatedFrom };
}

/** A topic's pages: its stories (newest first) cut into pages, each page carrying the topic and the totals. */
export function buildTopicPages(topic: Topic, stories: readonly ArticleSummary[], pageSize = TOPIC_PAGE_SIZE): TopicPage[] {
  const head = { id: topic.id, name: topic.name, kind: topic.kind };
  const pageCount = pageCountFor(stories.length, pageSize);
  return pageNumbers(pageCount).map((page) => ({
    topic: head,
    page,
    pageCount,
    pageSize,
    total: stories.length,
    stories: pageSlice(stories, page, pageSize),
  }));
}

/**
 * A person's pages: page n holds the n-th `pageSize` of their quotes and of their stories, so the first
 * file is the same size however often they are quoted. The longer list sets the page count.
 */
export function buildPersonPages(
  person: Person,
  quotes: readonly PersonQuote[],
  stories: readonly ArticleSummary[],
  pageSize = PERSON_PAGE_SIZE,
): PersonPage[] {
  const head = {
    id: person.id,
    name: person.name,
    aliases: person.aliases,
    descriptions: person.descriptions,
    role: person.role,
    ...(person.distinguishedAs ? { distinguishedAs: person.distinguishedAs } : {}),
    quoteCount: person.quoteCount,
  };
  const pageCount = Math.max(pageCountFor(quotes.length, pageSize), pageCountFor(stories.length, pageSize));
  return pageNumbers(pageCount).map((page) => ({
    person: head,
    page,
    pageCount,
    pageSize,
    quoteTotal: quotes.length,
    storyTotal: stories.length,
    quotes: pageSlice(quotes, page, pageSize),
    stories: pageSlice(stories, page, pageSize),
  }));
}

/** One row of the A–Z index (no article list). */
export function peopleIndexEntry(p: Person): PeopleIndexEntry {
  const note = p.distinguishedAs ? { distinguishedAs: p.distinguishedAs } : {};
  return { id: p.id, name: p.name, aliases: p.aliases, role: p.role, ...note, stories: p.articles.length, quotes: p.quoteCount };
}

/** The compact A–Z index: every person's row, in people.json's (name) order. */
export function buildPeopleIndex(people: readonly Person[]): PeopleIndexEntry[] {
  return people.map(peopleIndexEntry);
}

export interface PeopleIndexShards {
  index: PeopleIndex;
  /** Each with its letter's key, for the file name. */
  letterPages: Array<PeopleLetterPage & { key: string }>;
  findShards: PeopleFindShard[];
}

/**
 * The A–Z index in pieces that each stay small: the first file (letter counts and the most quoted), each
 * letter's people a page at a time, and one name-lookup shard per two-letter start of a name word. Input
 * order (people.json's, by name) is kept within every letter page and shard.
 */
export function buildPeopleIndexShards(
  people: readonly Person[],
  { letterPageSize = PEOPLE_LETTER_PAGE_SIZE, topCount = PEOPLE_TOP_COUNT } = {},
): PeopleIndexShards {
  const entries = buildPeopleIndex(people);
  const byLetter = new Map<string, PeopleIndexEntry[]>();
  const byKey = new Map<string, PeopleIndexEntry[]>();
  for (const entry of entries) {
    const letter = letterOf(entry.name);
    const list = byLetter.get(letter);
    if (list) list.push(entry);
    else byLetter.set(letter, [entry]);
    for (const key of findKeysOf(entry)) {
      const shard = byKey.get(key);
      if (shard) shard.push(entry);
      else byKey.set(key, [entry]);
    }
  }
  const letters = LETTERS.filter((l) => byLetter.has(l)).map((letter) => ({
    letter,
    key: letterKey(letter),
    count: byLetter.get(letter)!.length,
  }));
  const top = entries
    .map((entry, order) => ({ entry, order }))
    .sort((a, b) => b.entry.quotes - a.entry.quotes || b.entry.stories - a.entry.stories || a.order - b.order)
    .slice(0, topCount)
    .map((x) => x.entry);

  const letterPages = letters.flatMap(({ letter, key, count }) => {
    const list = byLetter.get(letter)!;
    const pageCount = pageCountFor(count, letterPageSize);
    return pageNumbers(pageCount).map((page) => ({
      letter,
      key,
      page,
      pageCount,
      pageSize: letterPageSize,
      total: count,
      people: pageSlice(list, page, letterPageSize),
    }));
  });
  const findShards = [...byKey.keys()].sort(compareText).map((key) => ({ key, people: byKey.get(key)! }));
  return { index: { total: entries.length, letterPageSize, letters, top }, letterPages, findShards };
}

/**
 * The topics index in pieces: the first file (each kind's count and its biggest topics), then each kind's
 * topics A–Z a page at a time.
 */
export function buildTopicsIndexShards(
  topics: readonly Topic[],
  { kindPageSize = TOPICS_KIND_PAGE_SIZE, topPerKind = TOPICS_TOP_PER_KIND } = {},
): { index: TopicsIndex; kindPages: TopicsKindPage[] } {
  const byKind = new Map<TopicKind, TopicsIndexEntry[]>();
  for (const topic of topics) {
    const entry = { id: topic.id, name: topic.name, count: topic.articles.length };
    const list = byKind.get(topic.kind);
    if (list) list.push(entry);
    else byKind.set(topic.kind, [entry]);
  }
  const kinds = TOPIC_KIND_ORDER.filter((kind) => byKind.has(kind)).map((kind) => {
    const list = byKind.get(kind)!;
    const biggest = [...list].sort((a, b) => b.count - a.count || byName(a, b));
    return { kind, count: list.length, top: biggest.slice(0, topPerKind) };
  });
  const kindPages = kinds.flatMap(({ kind, count }) => {
    const alphabetical = [...byKind.get(kind)!].sort(byName);
    const pageCount = pageCountFor(count, kindPageSize);
    return pageNumbers(pageCount).map((page) => ({
      kind,
      page,
      pageCount,
      pageSize: kindPageSize,
      total: count,
      topics: pageSlice(alphabetical, page, kindPageSize),
    }));
  });
  return { index: { total: topics.length, kindPageSize, kinds }, kindPages };
}

/** A–Z by folded name, then by id: the same order on every machine. */
function byName(a: { id: string; name: string }, b: { id: string; name: string }): number {
  return compareText(foldName(a.name), foldName(b.name)) || compareText(a.name, b.name) || compareText(a.id, b.id);
}

/** The people an article names, with their collection names and roles and their quotes here. */
export function castOf(article: Article, peopleById: ReadonlyMap<string, Person>): CastMember[] {
  return storyMembers(article, (id) => peopleById.get(id));
}

/** An article's topics with their names, dropping ids the collection does not know (no chip to link). */
export function topicNamesOf(article: Article, topicsById: ReadonlyMap<string, Topic>): TopicName[] {
  return article.topics.flatMap((id) => {
    const topic = topicsById.get(id);
    return topic ? [{ id, name: topic.name }] : [];
  });
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
