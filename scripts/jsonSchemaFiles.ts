/** The JSON Schema documents for every public data file, generated from the zod schema. */
import { z } from 'zod';
import {
  ArticleSchema,
  ArticleSummarySchema,
  IngestReportSchema,
  ListFacetsSchema,
  ListPageSchema,
  ManifestSchema,
  PeopleIndexEntrySchema,
  PersonPageSchema,
  PersonSchema,
  SearchRootSchema,
  SearchStoryShardSchema,
  SearchTermShardSchema,
  TopicPageSchema,
  TopicSchema,
} from '../src/content/schema.ts';

const documents: Record<string, { schema: z.ZodType; title: string }> = {
  'article.schema.json': { schema: ArticleSchema, title: 'Verbatim article (articles/<id>.json)' },
  'catalog.schema.json': { schema: ArticleSummarySchema.array(), title: 'Verbatim catalog (catalog.json)' },
  'people.schema.json': { schema: PersonSchema.array(), title: 'Verbatim people index (people.json)' },
  'person-page.schema.json': { schema: PersonPageSchema, title: 'Verbatim person page (people/<id>.json)' },
  'topics.schema.json': { schema: TopicSchema.array(), title: 'Verbatim topics (topics.json)' },
  'topic-page.schema.json': { schema: TopicPageSchema, title: 'Verbatim topic page (topics/<id>.json)' },
  'manifest.schema.json': { schema: ManifestSchema, title: 'Verbatim manifest (manifest.json)' },
  'list-page.schema.json': { schema: ListPageSchema, title: 'Verbatim list page (list/page-<n>.json)' },
  'list-facets.schema.json': { schema: ListFacetsSchema, title: 'Verbatim list filter columns (list/facets.json)' },
  'people-index.schema.json': { schema: PeopleIndexEntrySchema.array(), title: 'Verbatim A–Z people index (people-index.json)' },
  'search-index.schema.json': { schema: SearchRootSchema, title: 'Verbatim search index root (search/index.json)' },
  'search-terms.schema.json': { schema: SearchTermShardSchema, title: 'Verbatim search term shard (search/terms/<prefix>.json)' },
  'search-stories.schema.json': { schema: SearchStoryShardSchema, title: 'Verbatim search story shard (search/stories/<k>.json)' },
  'report.schema.json': { schema: IngestReportSchema, title: 'Verbatim ingest report (report.json)' },
};

export function jsonSchemaFiles(): Array<[string, string]> {
  return Object.entries(documents).map(([name, { schema, title }]) => {
    const json = { title, ...z.toJSONSchema(schema, { target: 'draft-2020-12' }) };
    return [name, `${JSON.stringify(json, null, 2)}\n`];
  });
}
