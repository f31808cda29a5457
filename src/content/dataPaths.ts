import { fileKey } from './fileKey';

/**
 * Where each piece of the public data lives, relative to the data root (`/data/` in the built site).
 * Shared by the pipeline's writer and the app's fetch layer so the two cannot drift apart.
 */
/** Stories per `list/page-<n>.json` (and per page of the list the app shows). */
export const LIST_PAGE_SIZE = 20;
/** Stories per page of a topic (`topics/<id>.json`, then `topics/<id>/page-<n>.json`). */
export const TOPIC_PAGE_SIZE = 20;
/** Quotes, and stories, per page of a person (`people/<id>.json`, then `people/<id>/page-<n>.json`). */
export const PERSON_PAGE_SIZE = 20;
/** People per page of one letter of the A–Z index. */
export const PEOPLE_LETTER_PAGE_SIZE = 100;
/** The most-quoted people `/people` shows before the reader picks a letter or types a name. */
export const PEOPLE_TOP_COUNT = 50;
/** Topics of each kind `/topics` shows (biggest first) before the reader asks for all of that kind. */
export const TOPICS_TOP_PER_KIND = 40;
/** Topics per page of one kind's full A–Z list. */
export const TOPICS_KIND_PAGE_SIZE = 200;

/** The filters whose values have a positions file of their own (dataPaths.listAt). */
export type ListFacet = 'person' | 'topic' | 'section';

/**
 * A section's file key: its name folded as the list's section filter compares names (accents dropped,
 * lower case), then made file-safe. Two names the filter treats as one share a file.
 */
export const sectionKey = (name: string) =>
  fileKey(
    name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLocaleLowerCase('en-GB'),
  );

/** Page 1 is the bare file (what a first visit reads); later pages sit in a folder named after it. */
const paged = (base: string, page: number) => (page <= 1 ? `${base}.json` : `${base}/page-${page}.json`);

export const dataPaths = {
  manifest: 'manifest.json',
  /** ArticleSummary[], newest first (undated last). */
  catalog: 'catalog.json',
  article: (id: string) => `articles/${id}.json`,
  /** Person[] sorted by name. */
  people: 'people.json',
  /** A person's page: page 1 at `people/<id>.json`, page n at `people/<id>/page-<n>.json`. */
  person: (id: string, page = 1) => paged(`people/${id}`, page),
  /** Topic[] sorted by size. */
  topics: 'topics.json',
  /** The search index (see docs/data-format.md): what a query reads first, then term and story shards. */
  searchRoot: 'search/index.json',
  /** The terms beginning with `prefix` (a text prefix of at least two characters). */
  searchTerms: (prefix: string) => `search/terms/${fileKey(prefix)}.json`,
  /** Search results' stories, `storiesPerShard` (search/index.json) to a file. */
  searchStories: (shard: number) => `search/stories/${shard}.json`,
  /** A topic's page: page 1 at `topics/<id>.json`, page n at `topics/<id>/page-<n>.json`. */
  topic: (id: string, page = 1) => paged(`topics/${id}`, page),
  /** App-facing shards (see docs/data-format.md): the list a page at a time, its filter columns, the A–Z index. */
  listPage: (page: number) => `list/page-${page}.json`,
  listFacets: 'list/facets.json',
  /** One filter value's list positions (ListPositions): `facet` person or topic (key: its id) or section (sectionKey). */
  listAt: (facet: ListFacet, key: string) => `list/at/${facet}/${key}.json`,
  /** The first list position of each date (ListDays): a date range is a run of positions. */
  listDays: 'list/days.json',
  /** The first view of /people: letter counts and the most-quoted people. At the root so no person id collides. */
  peopleIndex: 'people-index.json',
  /** One page of one letter (`a`…`z`, `other`) of the A–Z index. */
  peopleLetter: (key: string, page: number) => `people-index/letter-${key}-${page}.json`,
  /** Everyone with a name word starting with the key's two letters (see src/content/names.ts). */
  peopleFind: (key: string) => `people-index/find-${key}.json`,
  /** The first view of /topics: each kind's count and its biggest topics. */
  topicsIndex: 'topics-index.json',
  /** One page of one kind's topics, A–Z. */
  topicsKind: (kind: string, page: number) => `topics-index/${kind}-${page}.json`,
  report: 'report.json',
} as const;
