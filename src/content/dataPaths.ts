/**
 * Where each piece of the public data lives, relative to the data root (`/data/` in the built site).
 * Shared by the pipeline's writer and the app's fetch layer so the two cannot drift apart.
 */
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
  searchIndex: 'search-index.json',
  report: 'report.json',
} as const;
