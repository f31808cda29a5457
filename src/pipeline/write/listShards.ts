/**
 * Write stage, app-facing shards: small files that let the first visit to a page read a constant amount
 * of data whatever the collection's size. The public whole-collection files (catalog.json, people.json,
 * topics.json) are still written beside these; see docs/data-format.md.
 *
 *  - list/page-<n>.json: the newest-first list, one page of summaries per file;
 *  - list/facets.json:   the filter columns (section, day, topic and person positions), no headlines;
 *  - people-index.json:  the A–Z index without each person's article list;
 *  - `cast` / `topicNames` on each article: the names its page shows.
 */
import type {
  Article,
  ArticleSummary,
  CastMember,
  FacetValue,
  ListFacets,
  ListPage,
  PeopleIndexEntry,
  Person,
  Topic,
  TopicName,
} from '../../content/schema.ts';
import { LIST_PAGE_SIZE } from '../../content/dataPaths.ts';
import { storyMembers } from '../../content/cast.ts';


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

function nameLookup(items: readonly { id: string; name: string }[]): (id: string) => string {
  const byId = new Map(items.map((item) => [item.id, item.name]));
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

/** The compact A–Z index: what /people shows, in people.json's (name) order. */
export function buildPeopleIndex(people: readonly Person[]): PeopleIndexEntry[] {
  return people.map((p) => ({
    id: p.id,
    name: p.name,
    aliases: p.aliases,
    role: p.role,
    stories: p.articles.length,
    quotes: p.quoteCount,
  }));
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
