/**
 * The one schema for everything the pipeline writes and the app reads.
 *
 * The pipeline validates its output against these schemas before writing; the app imports only the
 * inferred *types* (`import type`), so zod never reaches the browser bundle. `npm run schema` turns
 * these into JSON Schema under docs/schema/ — this is a public format that archives may produce directly.
 */
import { z } from 'zod';
import { SLUG_PATTERN } from './slug.ts';

/** Identifier in addresses and file names: lower-case letters of any script, digits, single hyphens (slug.ts). */
export const Slug = z.string().regex(SLUG_PATTERN, 'must be a slug (lower-case letters of any script, digits, single hyphens)');

export const SPEAKER_TYPES = ['person', 'organisation', 'group', 'unknown'] as const;

export const SpeakerSchema = z
  .object({
    /** As the article names the speaker (full name for people); null when unknown. */
    name: z.string().nullable(),
    /** Collection-wide person id when the speaker is a person in people.json. */
    personId: Slug.nullable(),
    type: z.enum(SPEAKER_TYPES),
  })
  .strict();

export const ParagraphBlockSchema = z
  .object({
    type: z.literal('paragraph'),
    text: z.string(),
    /** The first paragraph of the story, shown as the standfirst. */
    intro: z.literal(true).optional(),
  })
  .strict();

export const CrossheadBlockSchema = z
  .object({
    type: z.literal('crosshead'),
    /** Without the single quotes when the crosshead quotes a speaker. */
    text: z.string(),
    /** True when the crosshead was printed in single quotes ('Explore links'). */
    quoted: z.boolean().optional(),
  })
  .strict();

export const PullQuoteBlockSchema = z
  .object({
    type: z.literal('pullquote'),
    text: z.string(),
    speaker: SpeakerSchema,
  })
  .strict();

export const AnalysisBlockSchema = z
  .object({
    type: z.literal('analysis'),
    author: z.object({ name: z.string(), role: z.string().nullable() }).strict(),
    blocks: z.array(ParagraphBlockSchema),
  })
  .strict();

export const BlockSchema = z.discriminatedUnion('type', [
  ParagraphBlockSchema,
  CrossheadBlockSchema,
  PullQuoteBlockSchema,
  AnalysisBlockSchema,
]);

export const RelatedStorySchema = z
  .object({
    title: z.string(),
    /** YYYY-MM-DD, or null when the page gives no readable date. */
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
    section: z.string().nullable(),
    /** The article's id when the story is in this collection, else null. */
    id: Slug.nullable(),
  })
  .strict();

/** A story computed as related (shared people and topics, similar text, close in time). */
export const SuggestedStorySchema = z
  .object({
    id: Slug,
    headline: z.string(),
    updated: z.string().nullable(),
    section: z.string().nullable(),
    score: z.number(),
  })
  .strict();

export const QuoteSchema = z
  .object({
    /** Stable within the article and usable in a URL fragment (`#q3`). */
    id: z.string().regex(/^q\d+$/),
    text: z.string(),
    speaker: SpeakerSchema,
    /** Index into `article.blocks`. */
    block: z.number().int().nonnegative(),
    /** Index into the analysis box's own `blocks` when the quote is inside one, else null. */
    child: z.number().int().nonnegative().nullable(),
    /** UTF-16 offsets of the quoted words (without the marks) in that block's text. */
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    /** News style: a paragraph of a longer quotation whose closing mark comes later. */
    unclosed: z.boolean().optional(),
  })
  .strict()
  .refine((q) => q.end >= q.start, { message: 'quote end precedes start' });

/** Plain text, never markup; see PersonSchema. */
const DistinguishedAs = z.string().min(1).optional();

/** One person in an article's `cast`. */
export const CastMemberSchema = z
  .object({
    id: Slug,
    name: z.string(),
    role: z.string().nullable(),
    /** The collection's note telling this person from a namesake (Person.distinguishedAs), when there is one. */
    distinguishedAs: DistinguishedAs,
    /** Quotes attributed to this person in this article. */
    quoteCount: z.number().int().nonnegative(),
  })
  .strict();

export const TopicNameSchema = z.object({ id: Slug, name: z.string() }).strict();

export const ArticleSchema = z
  .object({
    id: Slug,
    /** Path of the source file relative to the content folder, with forward slashes. */
    source: z.string(),
    format: z.enum(['page-text', 'plain']),
    headline: z.string().min(1),
    /** ISO 8601 instant in UTC, or null when the page gives none (never invented). */
    updated: z.string().datetime().nullable(),
    section: z.string().nullable(),
    caption: z.string().nullable(),
    /** Alt text of the lead image, when the page gives an image alt + caption pair. */
    imageAlt: z.string().nullable().optional(),
    blocks: z.array(BlockSchema),
    related: z.array(RelatedStorySchema),
    suggested: z.array(SuggestedStorySchema),
    quotes: z.array(QuoteSchema),
    /** Person ids (people.json), in order of first mention. */
    people: z.array(Slug),
    /** Topic ids (topics.json). */
    topics: z.array(Slug),
    wordCount: z.number().int().nonnegative(),
    /**
     * The people of `people` (and any linked speaker) with the names the page shows, so an article needs
     * no collection-wide file to name them. Written by the pipeline; optional for archives that omit it.
     */
    cast: z.array(CastMemberSchema).optional(),
    /** The names of `topics`, in the same order, for the topic chips. Optional like `cast`. */
    topicNames: z.array(TopicNameSchema).optional(),
  })
  .strict();



export const PersonSchema = z
  .object({
    id: Slug,
    name: z.string(),
    aliases: z.array(z.string()),
    descriptions: z.array(z.string()),
    /** The description used most often: the person's main role. */
    role: z.string().nullable(),
    /**
     * Only when someone else in the index has the same name: a short note telling this person apart (their
     * role, else the section most of their stories are in), shown after the name ("Tolan Brake (Sport)").
     */
    distinguishedAs: DistinguishedAs,
    articles: z.array(Slug),
    quoteCount: z.number().int().nonnegative(),
  })
  .strict();

export const TOPIC_KINDS = ['section', 'organisation', 'place', 'theme'] as const;

export const TopicSchema = z
  .object({
    id: Slug,
    name: z.string(),
    kind: z.enum(TOPIC_KINDS),
    articles: z.array(Slug),
  })
  .strict();

/** One line of the article list: what the list, filters and counts need, nothing more. */
export const ArticleSummarySchema = z
  .object({
    id: Slug,
    headline: z.string(),
    updated: z.string().nullable(),
    section: z.string().nullable(),
    standfirst: z.string(),
    people: z.array(Slug),
    topics: z.array(Slug),
    quoteCount: z.number().int().nonnegative(),
  })
  .strict();

export const IngestReportSchema = z
  .object({
    read: z.number().int().nonnegative(),
    written: z.number().int().nonnegative(),
    rejected: z.array(z.object({ source: z.string(), reason: z.string() }).strict()),
    /** Files under the content folder that are not sources (not .txt), with why. */
    ignored: z.array(z.object({ source: z.string(), reason: z.string() }).strict()),
    warnings: z.array(
      z.object({ source: z.string(), line: z.number().int().positive().nullable(), message: z.string() }).strict(),
    ),
  })
  .strict();

export type Speaker = z.infer<typeof SpeakerSchema>;
export type SpeakerType = Speaker['type'];
export type ParagraphBlock = z.infer<typeof ParagraphBlockSchema>;
export type CrossheadBlock = z.infer<typeof CrossheadBlockSchema>;
export type PullQuoteBlock = z.infer<typeof PullQuoteBlockSchema>;
export type AnalysisBlock = z.infer<typeof AnalysisBlockSchema>;
export type Block = z.infer<typeof BlockSchema>;
export type RelatedStory = z.infer<typeof RelatedStorySchema>;
export type SuggestedStory = z.infer<typeof SuggestedStorySchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type Article = z.infer<typeof ArticleSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type Topic = z.infer<typeof TopicSchema>;
export type TopicKind = Topic['kind'];
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;
export type IngestReport = z.infer<typeof IngestReportSchema>;

/** One quote as shown on a person's page: enough to list it and link back into its article. */
export const PersonQuoteSchema = z
  .object({
    articleId: Slug,
    headline: z.string(),
    updated: z.string().nullable(),
    quoteId: z.string().regex(/^q\d+$/),
    text: z.string(),
  })
  .strict();

/** A person as their page shows them: everything in people.json but the story list (paged below). */
export const PersonHeadSchema = PersonSchema.omit({ articles: true }).strict();

/** Where a paged file sits in its sequence: page 1 is the bare file, page n its `…/page-<n>.json`. */
const PagingFields = {
  page: z.number().int().positive(),
  pageCount: z.number().int().positive(),
  /** Items per page: item i (0-based) is on page floor(i / pageSize) + 1. */
  pageSize: z.number().int().positive(),
};

/**
 * people/<id>.json (page 1) and people/<id>/page-<n>.json: a person and one page of their quotes and of
 * their stories. Quotes are in story order (newest story first, then order in the story), stories newest
 * first; page n holds quotes and stories (n-1)·pageSize … n·pageSize-1 of each, so the later pages of the
 * shorter list are empty. `pageCount` covers the longer list (at least 1).
 */
export const PersonPageSchema = z
  .object({
    person: PersonHeadSchema,
    ...PagingFields,
    /** Quotes (and stories) in all pages together. */
    quoteTotal: z.number().int().nonnegative(),
    storyTotal: z.number().int().nonnegative(),
    quotes: z.array(PersonQuoteSchema),
    stories: z.array(ArticleSummarySchema),
  })
  .strict();

/**
 * The collection settings file (`site.json` at the top of the content folder; every field optional): how the
 * site names and describes itself. Absent fields take the defaults in `src/content/siteSettings.ts`, so a
 * collection without the file says nothing it cannot vouch for.
 */
export const SiteSettingsFileSchema = z
  .object({
    /** Masthead, page titles and the home page title. */
    name: z.string().trim().min(1).max(60).optional(),
    /** The home page's meta description and the footer's first line. */
    description: z.string().trim().min(1).max(300).optional(),
    /** Paragraphs shown in the footer of every page after the description (e.g. a disclaimer). */
    footer: z.array(z.string().trim().min(1).max(500)).max(5).optional(),
    /**
     * Section names by folder name (`{"tech": "Technology"}`); null: the folder is not a section (its
     * page-text pages take the section their related-story lines name). Read by the pipeline only.
     */
    sections: z.record(z.string(), z.string().trim().min(1).max(60).nullable()).optional(),
  })
  .strict();

export type SiteSettingsFile = z.infer<typeof SiteSettingsFileSchema>;
/** The settings the pages show (the section names are the pipeline's business). */
export type SiteSettings = Required<Omit<SiteSettingsFile, 'sections'>>;

/** manifest.json: what the collection holds, for the app's chrome and list paging. */
export const ManifestSchema = z
  .object({
    articleCount: z.number().int().nonnegative(),
    peopleCount: z.number().int().nonnegative(),
    topicCount: z.number().int().nonnegative(),
    sections: z.array(z.object({ name: z.string(), count: z.number().int().nonnegative() }).strict()),
  })
  .strict();

export type PersonQuote = z.infer<typeof PersonQuoteSchema>;
export type PersonPage = z.infer<typeof PersonPageSchema>;
export type Manifest = z.infer<typeof ManifestSchema>;

/** A topic as its page shows it: everything in topics.json but the story list (paged). */
export const TopicHeadSchema = TopicSchema.omit({ articles: true }).strict();

/** topics/<id>.json (page 1) and topics/<id>/page-<n>.json: a topic and one page of its stories, newest first. */
export const TopicPageSchema = z
  .object({
    topic: TopicHeadSchema,
    ...PagingFields,
    /** The topic's stories in all pages together. */
    total: z.number().int().nonnegative(),
    stories: z.array(ArticleSummarySchema),
  })
  .strict();

export type PersonHead = z.infer<typeof PersonHeadSchema>;
export type TopicHead = z.infer<typeof TopicHeadSchema>;
export type TopicPage = z.infer<typeof TopicPageSchema>;

/** list/page-<n>.json: one page of the unfiltered story list, newest first (the first visit to `/` reads one). */
export const ListPageSchema = z
  .object({
    page: z.number().int().positive(),
    pageCount: z.number().int().positive(),
    total: z.number().int().nonnegative(),
    stories: z.array(ArticleSummarySchema),
  })
  .strict();

/** One choice of a list facet (a topic or a person) and the list positions of its stories. */
export const FacetValueSchema = z
  .object({
    id: Slug,
    name: z.string(),
    /** Stories with this value in the whole collection. */
    count: z.number().int().nonnegative(),
    /**
     * The stories' positions in the newest-first list (0-based), ascending and delta-encoded: the first
     * number is a position, each next one the gap from the previous. Position p is on list page
     * floor(p / pageSize) + 1.
     */
    at: z.array(z.number().int().nonnegative()),
  })
  .strict();

/**
 * list/facets.json: everything the list filters need, column by column (one entry per story, in list
 * order), without headlines: loaded only when the reader uses the filters.
 */
export const ListFacetsSchema = z
  .object({
    total: z.number().int().nonnegative(),
    pageSize: z.number().int().positive(),
    /** Section names, biggest first, with story counts. */
    sections: z.array(z.object({ name: z.string(), count: z.number().int().nonnegative() }).strict()),
    /** Per story: index into `sections`, or -1 when it has none. */
    sectionOf: z.array(z.number().int().min(-1)),
    /** Per story: its date as whole days since 1970-01-01 (UTC), or null when undated. */
    day: z.array(z.number().int().nullable()),
    /** Topics, biggest first. */
    topics: z.array(FacetValueSchema),
    /** People, most stories first. */
    people: z.array(FacetValueSchema),
  })
  .strict();

/**
 * The stories one filter value holds (a person, a topic or a section: `list/at/<facet>/<key>.json`), as
 * list positions: what a combined filter intersects, so it never reads the whole collection's columns.
 */
export const ListPositionsSchema = z
  .object({
    name: z.string(),
    /** Stories with this value. */
    total: z.number().int().nonnegative(),
    /** Positions in the newest-first list, ascending and delta-encoded (as FacetValue's `at`). */
    at: z.array(z.number().int().nonnegative()),
  })
  .strict();

/**
 * The list's dates (`list/days.json`): the list is newest first, so each date's stories are one run of
 * positions. One entry per distinct date (bounded by the archive's span, not its size).
 */
export const ListDaysSchema = z
  .object({
    total: z.number().int().nonnegative(),
    pageSize: z.number().int().positive(),
    /** [day (whole days since 1970-01-01 UTC), first list position of that day], newest day first. */
    days: z.array(z.tuple([z.number().int(), z.number().int().nonnegative()])),
    /** The first undated story's position (undated stories come last); `total` when every story is dated. */
    undatedFrom: z.number().int().nonnegative(),
  })
  .strict();

/** One person in the people index: enough for a row of the A–Z list and to match a typed name. */
export const PeopleIndexEntrySchema = z
  .object({
    id: Slug,
    name: z.string(),
    aliases: z.array(z.string()),
    role: z.string().nullable(),
    /** As Person's: set only when another person has the same name. */
    distinguishedAs: DistinguishedAs,
    stories: z.number().int().nonnegative(),
    quotes: z.number().int().nonnegative(),
  })
  .strict();

/**
 * people-index.json: what `/people` reads first, the same size whatever the collection's: how many
 * people each letter holds and the most-quoted few. Letters and name lookups load on use.
 */
export const PeopleIndexSchema = z
  .object({
    /** Everyone in the index. */
    total: z.number().int().nonnegative(),
    /** People per page of a letter (people-index/letter-<key>-<n>.json). */
    letterPageSize: z.number().int().positive(),
    /** A–Z then `#` (names not starting with a letter A–Z; key `other`), only letters with people. */
    letters: z.array(
      z
        .object({
          letter: z.string().regex(/^([A-Z]|#)$/),
          key: z.string().regex(/^([a-z]|other)$/),
          count: z.number().int().positive(),
        })
        .strict(),
    ),
    /** The most-quoted people (most quotes, then most stories, then name). */
    top: z.array(PeopleIndexEntrySchema),
  })
  .strict();

/** people-index/letter-<key>-<n>.json: one page of the people filed under one letter, by name. */
export const PeopleLetterPageSchema = z
  .object({
    letter: z.string().regex(/^([A-Z]|#)$/),
    ...PagingFields,
    /** People under this letter in all its pages. */
    total: z.number().int().nonnegative(),
    people: z.array(PeopleIndexEntrySchema),
  })
  .strict();

/**
 * people-index/find-<key>.json: everyone with a word of their name or of an alias (titles such as "Mr"
 * in aliases left out) starting with the key's two letters, or, for `other`, with anything but a–z and
 * digits; by name. The app reads the shard of the first typed word that is not a title and keeps the people
 * for whom every typed word starts a word of the name or of an alias (src/content/names.ts).
 */
export const PeopleFindShardSchema = z
  .object({
    key: z.string().regex(/^([a-z0-9]{2}|other)$/),
    people: z.array(PeopleIndexEntrySchema),
  })
  .strict();

/** One topic in the topics index: a chip's worth. */
export const TopicsIndexEntrySchema = z
  .object({
    id: Slug,
    name: z.string(),
    /** Stories about the topic. */
    count: z.number().int().nonnegative(),
  })
  .strict();

/** topics-index.json: what `/topics` reads first: per kind, how many topics and the biggest few. */
export const TopicsIndexSchema = z
  .object({
    total: z.number().int().nonnegative(),
    /** Topics per page of a kind's full list (topics-index/<kind>-<n>.json). */
    kindPageSize: z.number().int().positive(),
    /** Only kinds that have topics, in the order section, theme, place, organisation. */
    kinds: z.array(
      z
        .object({
          kind: z.enum(TOPIC_KINDS),
          count: z.number().int().positive(),
          /** The kind's biggest topics, most stories first. */
          top: z.array(TopicsIndexEntrySchema),
        })
        .strict(),
    ),
  })
  .strict();

/** topics-index/<kind>-<n>.json: one page of one kind's topics, A–Z. */
export const TopicsKindPageSchema = z
  .object({
    kind: z.enum(TOPIC_KINDS),
    ...PagingFields,
    total: z.number().int().nonnegative(),
    topics: z.array(TopicsIndexEntrySchema),
  })
  .strict();

export type CastMember = z.infer<typeof CastMemberSchema>;
export type TopicName = z.infer<typeof TopicNameSchema>;
export type ListPage = z.infer<typeof ListPageSchema>;
export type FacetValue = z.infer<typeof FacetValueSchema>;
export type ListFacets = z.infer<typeof ListFacetsSchema>;
export type ListPositions = z.infer<typeof ListPositionsSchema>;
export type ListDays = z.infer<typeof ListDaysSchema>;
export type PeopleIndexEntry = z.infer<typeof PeopleIndexEntrySchema>;

/*
 * The search index (search/…): sharded so that a query reads a few small files whatever the collection's
 * size. See docs/data-format.md and src/content/searchText.ts (how text becomes terms).
 */

/**
 * A list of stories as pairs of numbers, flattened: `[story, score, story, score, …]`, best first. A story
 * number is the story's index in the search story files (see SearchStoryShardSchema); the score is the
 * sum of the weights of the fields holding the term (headline, standfirst, people, topics, section, …).
 */
export const SearchPostingsSchema = z.array(z.number().int().nonnegative()).refine((a) => a.length % 2 === 0, {
  message: 'postings come in pairs (story, score)',
});

/** A person found by a term of their name, aliases or role: what the result shows, inline. */
export const SearchPersonSchema = z
  .object({
    id: Slug,
    name: z.string(),
    role: z.string().nullable(),
    /** As Person's: set only when another person has the same name. */
    distinguishedAs: DistinguishedAs,
    quotes: z.number().int().nonnegative(),
    stories: z.number().int().nonnegative(),
  })
  .strict();

/** One term: the stories and people holding it, each list cut to a fixed length (the best first). */
export const SearchTermEntrySchema = z
  .object({
    /** Stories holding the term in the whole collection (the list below may be shorter: it is capped). */
    n: z.number().int().nonnegative(),
    /** The best stories, as flattened (story, score) pairs. */
    s: SearchPostingsSchema,
    /** People whose name, aliases, role or namesake note (distinguishedAs) hold the term, most quoted and named first. */
    p: z.array(SearchPersonSchema).optional(),
  })
  .strict();

export const SearchStorySchema = z
  .object({
    id: Slug,
    headline: z.string(),
    updated: z.string().nullable(),
    section: z.string().nullable(),
    standfirst: z.string(),
  })
  .strict();

/**
 * search/terms/<key>.json: the terms beginning with one prefix. A shard over its size budget is split: it
 * then holds only the term equal to its prefix (if any), the names of the longer prefixes under it, and
 * `split.all`, the best stories and people over every term beginning with its prefix (what a query still
 * being typed, ending in exactly this prefix, shows).
 */
export const SearchTermShardSchema = z
  .object({
    /** The prefix, as text (the file name spells it with `fileKey`). */
    key: z.string().min(1),
    terms: z.record(z.string(), SearchTermEntrySchema),
    split: z
      .object({
        /** The prefixes one character longer that have a shard, sorted. */
        children: z.array(z.string().min(1)),
        /** Over every term beginning with `key`: `n` is an upper bound (the sum over the terms). */
        all: SearchTermEntrySchema,
      })
      .strict()
      .optional(),
    /**
     * What a result shows, by story number, for the first DISPLAYED stories of each term here (and of
     * `split.all`): a one-word query shows its first page from this file alone, one round trip.
     */
    shows: z.record(z.string().regex(/^\d+$/), SearchStorySchema).optional(),
  })
  .strict();

/** One story as a search result shows it. */
/**
 * search/stories/<k>.json: stories numbered k × storiesPerShard onwards. Stories are numbered undated
 * first, then oldest to newest, so a new story appends instead of renumbering the collection.
 */
export const SearchStoryShardSchema = z
  .object({
    first: z.number().int().nonnegative(),
    stories: z.array(SearchStorySchema),
  })
  .strict();

/** search/index.json: what a query needs before it reads any shard. */
export const SearchRootSchema = z
  .object({
    /** Stories in the index (for term weights). */
    stories: z.number().int().nonnegative(),
    storiesPerShard: z.number().int().positive(),
    /** Every shortest prefix (two characters) that has a term shard, sorted. */
    keys: z.array(z.string().min(1)),
    /**
     * Every longer prefix that has a shard of its own (a split's children, at any depth), sorted: a query
     * asks for its word's deepest shard at once instead of walking down the splits.
     */
    deeper: z.array(z.string().min(1)).optional(),
  })
  .strict();

export type SearchPerson = z.infer<typeof SearchPersonSchema>;
export type SearchTermEntry = z.infer<typeof SearchTermEntrySchema>;
export type SearchTermShard = z.infer<typeof SearchTermShardSchema>;
export type SearchStory = z.infer<typeof SearchStorySchema>;
export type SearchStoryShard = z.infer<typeof SearchStoryShardSchema>;
export type SearchRoot = z.infer<typeof SearchRootSchema>;
export type PeopleIndex = z.infer<typeof PeopleIndexSchema>;
export type PeopleLetterPage = z.infer<typeof PeopleLetterPageSchema>;
export type PeopleFindShard = z.infer<typeof PeopleFindShardSchema>;
export type TopicsIndexEntry = z.infer<typeof TopicsIndexEntrySchema>;
export type TopicsIndex = z.infer<typeof TopicsIndexSchema>;
export type TopicsKindPage = z.infer<typeof TopicsKindPageSchema>;
