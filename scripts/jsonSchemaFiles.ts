/** The JSON Schema documents for every public data file, generated from the zod schema. */
import { z } from 'zod';
import {
  ArticleSchema,
  ArticleSummarySchema,
  IngestReportSchema,
  ListFacetsSchema,
  ListPageSchema,
  ManifestSchema,
  PeopleFindShardSchema,
  PeopleIndexSchema,
  PeopleLetterPageSchema,
  PersonPageSchema,
  PersonSchema,
  SearchRootSchema,
  SearchStoryShardSchema,
  SearchTermShardSchema,
  SiteSettingsFileSchema,
  TopicPageSchema,
  TopicSchema,
  TopicsIndexSchema,
  TopicsKindPageSchema,
} from '../src/content/schema.ts';

const documents: Record<string, { schema: z.ZodType; title: string }> = {
  'article.schema.json': { schema: ArticleSchema, title: 'Verbatim article (articles/<id>.json)' },
  'catalog.schema.json': { schema: ArticleSummarySchema.array(), title: 'Verbatim catalog (catalog.json)' },
  'people.schema.json': { schema: PersonSchema.array(), title: 'Verbatim people index (people.json)' },
  'person-page.schema.json': { schema: PersonPageSchema, title: 'Verbatim person page (people/<id>.json, people/<id>/page-<n>.json)' },
  'topics.schema.json': { schema: TopicSchema.array(), title: 'Verbatim topics (topics.json)' },
  'topic-page.schema.json': { schema: TopicPageSchema, title: 'Verbatim topic page (topics/<id>.json, topics/<id>/page-<n>.json)' },
  'manifest.schema.json': { schema: ManifestSchema, title: 'Verbatim manifest (manifest.json)' },
  'list-page.schema.json': { schema: ListPageSchema, title: 'Verbatim list page (list/page-<n>.json)' },
  'list-facets.schema.json': { schema: ListFacetsSchema, title: 'Verbatim list filter columns (list/facets.json)' },
  'search-index.schema.json': { schema: SearchRootSchema, title: 'Verbatim search index root (search/index.json)' },
  'search-terms.schema.json': { schema: SearchTermShardSchema, title: 'Verbatim search term shard (search/terms/<prefix>.json)' },
  'search-stories.schema.json': { schema: SearchStoryShardSchema, title: 'Verbatim search story shard (search/stories/<k>.json)' },
  'people-index.schema.json': { schema: PeopleIndexSchema, title: 'Verbatim people index, first view (people-index.json)' },
  'people-letter.schema.json': { schema: PeopleLetterPageSchema, title: 'Verbatim people index, one page of a letter (people-index/letter-<key>-<n>.json)' },
  'people-find.schema.json': { schema: PeopleFindShardSchema, title: 'Verbatim people index, name lookup shard (people-index/find-<key>.json)' },
  'topics-index.schema.json': { schema: TopicsIndexSchema, title: 'Verbatim topics index, first view (topics-index.json)' },
  'topics-kind.schema.json': { schema: TopicsKindPageSchema, title: 'Verbatim topics index, one page of a kind (topics-index/<kind>-<n>.json)' },
  'report.schema.json': { schema: IngestReportSchema, title: 'Verbatim ingest report (report.json)' },
  'site-settings.schema.json': { schema: SiteSettingsFileSchema, title: 'Verbatim collection settings (site.json in the content folder)' },
};

export function jsonSchemaFiles(): Array<[string, string]> {
  return Object.entries(documents).map(([name, { schema, title }]) => {
    const json = { title, ...z.toJSONSchema(schema, { target: 'draft-2020-12' }) };
    return [name, `${JSON.stringify(json, null, 2)}\n`];
  });
}
