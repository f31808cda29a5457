/**
 * Link stage: the work that needs the whole collection. Gives every article its id, merges people
 * across stories, resolves related-story titles, and fills in speakers' person ids.
 */
import type { Article, Block, Person, Quote, Speaker, Topic } from '../../content/schema.ts';
import type { EnrichedArticle } from '../types.ts';
import { articleId } from '../ids.ts';
import { mergePeople } from './people.ts';
import { buildTitleIndex, resolveRelated } from './related.ts';
import { buildTopics } from './topics.ts';
import { resolveSections } from './sections.ts';
import type { SectionNames } from '../read/siteSettings.ts';
import { suggestRelated } from './suggest.ts';
import { articleText } from './text.ts';

export interface LinkedCollection {
  articles: Article[];
  people: Person[];
  topics: Topic[];
}

export interface LinkOptions {
  /**
   * Topics and computed related stories need the whole collection; a check of one article on its own
   * (processFile's schema check, in the worker) skips them: they only ever add ids to valid lists.
   */
  collectionWide?: boolean;
  /** site.json's section names by folder (see sections.ts). */
  sectionNames?: SectionNames;
}

export function linkCollection(enriched: EnrichedArticle[], { collectionWide = true, sectionNames = {} }: LinkOptions = {}): LinkedCollection {
  const sections = resolveSections(enriched, sectionNames);
  const ids = uniqueIds(enriched.map((a) => articleId(a.headline, a.source)));
  const titles = buildTitleIndex(enriched.map((a, i) => ({ id: ids[i]!, headline: a.headline })));
  const { people, personIdFor } = mergePeople(
    enriched.map((a, i) => ({ articleId: ids[i]!, people: a.people, quotes: a.quotes, blocks: a.blocks })),
  );

  const articles = enriched.map((a, i): Article => {
    const id = ids[i]!;
    const withPersonId = (speaker: Speaker): Speaker =>
      speaker.type === 'person' && speaker.name
        ? { ...speaker, personId: personIdFor(id, speaker.name) }
        : speaker;
    const blocks = a.blocks.map((block): Block =>
      block.type === 'pullquote' ? { ...block, speaker: withPersonId(block.speaker) } : block,
    );
    const quotes = a.quotes.map((q): Quote => ({ ...q, speaker: withPersonId(q.speaker) }));
    const personIds = unique(a.people.map((p) => personIdFor(id, p.name)).filter((p): p is string => !!p));
    return {
      id,
      source: a.source,
      format: a.format,
      headline: a.headline,
      updated: a.updated,
      section: sections[i]!,
      caption: a.caption,
      imageAlt: a.imageAlt,
      blocks,
      related: resolveRelated(a.related, id, titles),
      suggested: [],
      quotes,
      people: personIds,
      topics: [],
      wordCount: a.wordCount,
    };
  });
  if (!collectionWide) return { articles, people, topics: [] };
  const texts = articles.map((a) => articleText(a.headline, a.blocks));
  const { topics, topicsFor } = buildTopics(
    articles.map((a, i) => ({ id: a.id, section: a.section, candidates: enriched[i]!.topicCandidates, text: texts[i]! })),
    { people: people.map((p) => p.name) },
  );
  for (const article of articles) article.topics = topicsFor(article.id);

  const ownRelated = new Map(articles.map((a) => [a.id, new Set([a.id, ...a.related.flatMap((r) => (r.id ? [r.id] : []))])]));
  const suggestions = suggestRelated(
    articles.map((a, i) => ({ ...a, text: texts[i]! })),
    (id) => ownRelated.get(id) ?? new Set([id]),
    { sectionTopics: new Set(topics.filter((t) => t.kind === 'section').map((t) => t.id)) },
  );
  for (const article of articles) article.suggested = suggestions.get(article.id) ?? [];
  return { articles, people, topics };
}

/**
 * Ids carry a hash of the source path, so a clash needs the same headline and a hash collision; were
 * it ever to happen, the later article is numbered rather than silently overwriting the earlier file.
 */
function uniqueIds(ids: string[]): string[] {
  const taken = new Set<string>();
  return ids.map((id) => {
    let unique = id;
    for (let n = 2; taken.has(unique); n++) unique = `${id}-${n}`;
    taken.add(unique);
    return unique;
  });
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
