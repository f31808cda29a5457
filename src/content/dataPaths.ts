import { fileKey } from './searchText';

/**
 * Where each piece of the public data lives, relative to the data root (`/data/` in the built site).
 * Shared by the pipeline's writer and the app's fetch layer so the two cannot drift apart.
 */
/** Stories per `list/page-<n>.json` (and per page of the list the app shows). */
export const LIST_PAGE_SIZE = 20;

export const dataPaths = {
  manifest: 'manifest.json',
  /** ArticleSummary[], newest first (undated last). */
  catalog: 'catalog.json',
  article: (id: string) => `articles/${id}.json`,
  /** Person[] sorted by name. */
  people: 'people.json',
  person: (id: string) => `people/${id}.json`,
  /** Topic[] sorted by size. */
  topics: 'topics.json',
  topic: (id: string) => `topics/${id}.json`,
  /** The search index (see docs/data-format.md): what a query reads first, then term and story shards. */
  searchRoot: 'search/index.json',
  /** The terms beginning with `prefix` (a text prefix of at least two characters). */
  searchTerms: (prefix: string) => `search/terms/${fileKey(prefix)}.json`,
  /** Search results' stories, `storiesPerShard` (search/index.json) to a file. */
  searchStories: (shard: number) => `search/stories/${shard}.json`,
  /** App-facing shards (see docs/data-format.md): the list a page at a time, its filter columns, the A–Z index. */
  listPage: (page: number) => `list/page-${page}.json`,
  listFacets: 'list/facets.json',
  /** PeopleIndexEntry[] sorted by name; at the root so no person id can collide with it. */
  peopleIndex: 'people-index.json',
  report: 'report.json',
} as const;
