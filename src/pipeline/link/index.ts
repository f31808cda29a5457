/**
 * Link stage: the work that needs the whole collection. Gives every article its id, merges people
 * across stories, resolves related-story titles, and fills in speakers' person ids.
 */
import type { Article, Block, Person, Quote, Speaker, Topic } from '../../content/schema.ts';
import type { EnrichedArticle, TopicCandidate } from '../types.ts';
import { articleId } from '../ids.ts';
import { slugify } from '../../content/slug.ts';
import { mergePeopleOf, type PeopleMemo } from './peopleMemo.ts';
import { buildTitleIndex, resolveRelated, type TitleIndex } from './related.ts';
import { buildTopics, type TopicInput, type WordCaseState } from './topics.ts';
import type { ThemeState } from './themes.ts';
import type { TopicsMemo } from './topicsMemo.ts';
import { resolveSections } from './sections.ts';
import type { SectionNames } from '../read/siteSettings.ts';
import { excludedKeyOf, suggestRelatedFrom, termCounts, type SuggestState } from './suggest.ts';
import { articleText } from './text.ts';
import { sketch, type Sketch } from './nearDuplicates.ts';
import type { TermCounts } from './termCounts.ts';
import { blocksOf, packBlocks, unpackBlocks } from '../packedBlocks.ts';
import { sameList } from '../sameList.ts';

export interface LinkedCollection {
  articles: Article[];
  people: Person[];
  topics: Topic[];
  /**
   * By article id, the whole blocks of the articles whose `blocks` hold only their first paragraph (a one-off
   * run packs them: packedBlocks.ts), speakers linked. The write stage unpacks each for the article's file.
   */
  bodies?: Map<string, Uint8Array>;
}

export interface LinkOptions {
  /**
   * Topics, computed related stories and the people merge need the whole collection; a check of one article
   * on its own (processFile's schema check, in the worker) skips them: they only ever add ids to valid lists
   * (speakers get an id of the same form, made from their name).
   */
  collectionWide?: boolean;
  /** site.json's section names by folder (see sections.ts). */
  sectionNames?: SectionNames;
  /** Keep each article's link work for the next link (the dev server's rebuilds); a one-off link does not. */
  remember?: boolean;
  /**
   * The enriched articles are the link's to change and are not read again (a one-off run): speakers get their
   * person id in place instead of every quote and speaker being copied.
   */
  consume?: boolean;
}

/** What a link keeps for the next one over the same collection (the dev server's rebuild): see suggest.ts. */
export interface LinkState {
  suggest: SuggestState;
  /**
   * Each article as linked last time, by id, with the enriched article it was made from and the person id
   * each name it uses was given (what the dev server's first phase links an edited story with: edited.ts).
   */
  articles: Map<string, LinkedEntry>;
  /** The people merge's input and result (peopleMemo.ts): a rebuild whose edits it does not read reuses it. */
  people?: PeopleMemo;
  /** The topics as last linked, by id. */
  topics?: ReadonlyMap<string, Topic>;
  /** The title index related-story lines were last resolved with, and the ids and headlines it was made of. */
  titles?: TitlesMemo;
  /** The collection's word-case sums (topics.ts): a rebuild changes them by the edited stories only. */
  wordCase?: WordCaseState;
  /** The collection's theme phrase counts (themes.ts): a rebuild changes them by the edited stories only. */
  themes?: ThemeState;
  /** The topics as last built and what they were made from (topicsMemo.ts): reused when an edit cannot change them. */
  topicsLast?: TopicsMemo;
}

export interface TitlesMemo {
  ids: readonly string[];
  headlines: readonly string[];
  index: TitleIndex;
}

/** One article of a link's state. */
export interface LinkedEntry {
  from: EnrichedArticle;
  article: Article;
  names: ReadonlyMap<string, string | null>;
}

export interface LinkRun {
  collection: LinkedCollection;
  state: LinkState | undefined;
  /** 'incremental' when the last state was used (only stories whose related list could change were re-scored). */
  mode: 'full' | 'incremental';
  /** Stories whose related stories were scored this time. */
  rescored: number;
  /** Whether the last people merge was used as it was (peopleMemo.ts): the edits gave it the same input. */
  peopleReused: boolean;
}

export function linkCollection(enriched: EnrichedArticle[], options: LinkOptions = {}): LinkedCollection {
  return linkCollectionFrom(enriched, options).collection;
}

/**
 * What one enriched article gives every link, whatever the rest of the collection: its text, term counts
 * and sketch. Keyed by the article object, which the pipeline's per-file cache keeps for as long as its
 * source is unchanged, so a rebuild computes these for the edited story only.
 */
const articleWork = new WeakMap<EnrichedArticle, { tf: TermCounts; sketch: Sketch }>();

/** Each enriched article's id (before any clash is numbered): a hash and a slug, made once per article object. */
const articleIds = new WeakMap<EnrichedArticle, string>();

function idOf(article: EnrichedArticle): string {
  let id = articleIds.get(article);
  if (id === undefined) articleIds.set(article, (id = articleId(article.headline, article.source)));
  return id;
}

/**
 * Only the term counts and sketch are kept, never the text: it is a copy of the whole story, and holding every
 * story's at once (54 MB at 10,000 stories in the dev server, hundreds at 100,000) is not worth saving a
 * join; `textOf` makes it again when asked (topics, for stories whose topic work is not kept).
 */
function workOf(article: EnrichedArticle, remember: boolean): { tf: TermCounts; sketch: Sketch } {
  const known = articleWork.get(article);
  if (known) return known;
  const text = textOf(article);
  const work = { tf: termCounts(text), sketch: sketch(text) };
  if (remember) articleWork.set(article, work);
  return work;
}

function textOf(article: EnrichedArticle): string {
  return articleText(article.headline, blocksOf(article));
}

/**
 * A story as topics read it: its text is made again each time it is asked for (see workOf). When the link's
 * work is kept for the next (`remember`), the enriched article owns its topic work: nothing changes it then.
 */
class TopicSource implements TopicInput {
  readonly owner: EnrichedArticle | undefined;

  constructor(
    readonly id: string,
    readonly section: string | null,
    private readonly article: EnrichedArticle,
    remember: boolean,
  ) {
    this.owner = remember ? article : undefined;
  }

  get candidates(): TopicCandidate[] {
    return this.article.topicCandidates;
  }

  get text(): string {
    return textOf(this.article);
  }
}

/**
 * The link, given the state the last link over this collection left (or none: a full link). Sections and
 * topics are redone over the whole collection from each article's cached contribution (a topic equal to last
 * link's keeps its object); the people merge and the title index are last link's when the edits cannot have
 * changed them (peopleMemo.ts; the same ids and headlines), and then so is an unchanged story's linked copy;
 * related stories are re-scored only where they can have changed. The result is the same as a link from scratch.
 */
export function linkCollectionFrom(
  enriched: EnrichedArticle[],
  { collectionWide = true, sectionNames = {}, remember = false, consume = false }: LinkOptions = {},
  previous?: LinkState,
): LinkRun {
  const sections = resolveSections(enriched, sectionNames);
  const ids = uniqueIds(enriched.map(idOf));
  // The people merge's indexes (every story's names, every group) are needed only to link the articles: made
  // and let go in a function of their own, so they are not held while topics and related stories are worked out.
  const { people, articles, bodies, names, peopleMemo, peopleReused, titles } = linkArticles(enriched, ids, sections, consume, remember, collectionWide, previous);
  if (consume) {
    // What only the people merge and the articles' own fields read: a one-off run lets it go here, not after
    // topics and related stories (the linked articles hold their own copies of what the write needs).
    for (const a of enriched) {
      a.people = [];
      a.related = [];
      a.warnings = [];
    }
  }
  const packed = bodies.size > 0 ? { bodies } : {};
  if (!collectionWide) return { collection: { articles, people, topics: [], ...packed }, state: undefined, mode: 'full', rescored: 0, peopleReused: false };
  const works = enriched.map((a) => workOf(a, remember));
  const { topics: built, topicsFor, wordCase, themes: themeState, last: topicsLast } = buildTopics(
    articles.map((a, i) => new TopicSource(a.id, a.section, enriched[i]!, remember)),
    { people: people.map((p) => p.name), remember, ...(previous?.wordCase ? { wordCase: previous.wordCase } : {}), ...(previous?.themes ? { themes: previous.themes } : {}), ...(previous?.topicsLast ? { last: previous.topicsLast } : {}) },
  );
  // A topic equal to last link's is last link's object: the write stage joins topics.json from the JSON it
  // made of each (render.ts putList) and tells unchanged topic names by identity.
  const topics = built.map((topic) => {
    const before = previous?.topics?.get(topic.id);
    return before && sameTopic(before, topic) ? before : topic;
  });
  for (const article of articles) article.topics = topicsFor(article.id);

  // A story's own related stories, made when asked (suggest asks for the stories it scores), and their key, kept
  // by the story's related list: an unchanged story keeps its list object, so a rebuild makes no key again.
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const ownRelated = (id: string) => new Set([id, ...(articleById.get(id)?.related.flatMap((r) => (r.id ? [r.id] : [])) ?? [])]);
  const ownRelatedKey = (id: string) => {
    const related = articleById.get(id)?.related;
    const known = related && relatedKeys.get(related);
    if (known?.id === id) return known.key;
    const key = excludedKeyOf(ownRelated(id));
    if (related) relatedKeys.set(related, { id, key });
    return key;
  };
  const suggestions = suggestRelatedFrom(
    // What scoring reads, and no more: the story's text is not needed beside its term counts and sketch.
    articles.map((a, i) => ({
      id: a.id,
      headline: a.headline,
      updated: a.updated,
      section: a.section,
      people: a.people,
      topics: a.topics,
      tf: works[i]!.tf,
      sketch: works[i]!.sketch,
    })),
    ownRelated,
    { sectionTopics: new Set(topics.filter((t) => t.kind === 'section').map((t) => t.id)), excludedKey: ownRelatedKey },
    previous?.suggest,
  );
  for (const article of articles) article.suggested = suggestions.result.get(article.id) ?? [];
  // An article equal to last time's is last time's object, so the write stage can tell it is unchanged
  // by identity (render.ts keeps its JSON) instead of serialising it again.
  const linked = new Map<string, LinkedEntry>();
  articles.forEach((article, i) => {
    const before = previous?.articles.get(article.id);
    const same = before !== undefined && before.from === enriched[i] && sameLinks(before.article, article);
    if (same) articles[i] = before.article;
    if (remember) linked.set(article.id, { from: enriched[i]!, article: articles[i]!, names: names[i]! });
  });
  return {
    collection: { articles, people, topics, ...packed },
    // Only kept when asked: the state holds every story's enriched form, term vector and lists, which a
    // one-off run would otherwise carry through its write stage.
    state: remember ? { suggest: suggestions.state, articles: linked, topics: new Map(topics.map((t) => [t.id, t])), titles, ...(wordCase ? { wordCase } : {}), ...(themeState ? { themes: themeState } : {}), ...(topicsLast ? { topicsLast } : {}), ...(peopleMemo ? { people: peopleMemo } : {}) } : undefined,
    mode: suggestions.incremental ? 'incremental' : 'full',
    rescored: suggestions.rescored,
    peopleReused,
  };
}

/** Each article with its id, section, related titles and speakers' person ids; the people they name, merged. */
function linkArticles(
  enriched: EnrichedArticle[],
  ids: string[],
  sections: Array<string | null>,
  consume: boolean,
  remember: boolean,
  mergeAcrossStories: boolean,
  previous: LinkState | undefined,
): { people: Person[]; articles: Article[]; bodies: Map<string, Uint8Array>; names: Array<ReadonlyMap<string, string | null>>; peopleMemo: PeopleMemo | undefined; peopleReused: boolean; titles: TitlesMemo } {
  // The same ids and headlines as last link: last link's title index, and an unchanged story's related titles
  // resolve as they did.
  const headlines = enriched.map((a) => a.headline);
  const lastTitles = previous?.titles;
  const titlesSame = lastTitles !== undefined && sameList(lastTitles.ids, ids) && sameList(lastTitles.headlines, headlines);
  const titles = titlesSame ? lastTitles.index : buildTitleIndex(enriched.map((a, i) => ({ id: ids[i]!, headline: a.headline })));
  // The check of one article on its own (processFile) needs speakers' ids of the right form, not the people
  // merge, which is about the collection and took a tenth of each worker's time there.
  const lastPeople = previous?.people;
  const { people, personIdFor, memo: peopleMemo, reused: peopleReused } = mergeAcrossStories
    ? mergePeopleOf(enriched, ids, sections, remember, lastPeople && { memo: lastPeople, idsGiven: (id) => previous.articles.get(id)?.names })
    : { people: [], personIdFor: (_article: string, name: string) => slugify(name) || null, memo: undefined, reused: false };

  const bodies = new Map<string, Uint8Array>();
  const names: Array<ReadonlyMap<string, string | null>> = [];
  const articles = enriched.map((a, i): Article => {
    const id = ids[i]!;
    const last = previous?.articles.get(id);
    const related = titlesSame && last?.from === a ? last.article.related : resolveRelated(a.related, id, titles);
    // The same enriched story under the same people merge: last link's copy with its person ids, not a new
    // copy of every block and quote (a second of a rebuild at 100,000 stories). Topics and related stories
    // are filled in on the copy, as on a new one.
    const before = peopleReused ? last : undefined;
    if (before && before.from === a && !a.packedBlocks && before.article.section === sections[i] && sameRelatedIds(before.article.related, related)) {
      if (remember) names.push(before.names);
      return { ...before.article, related: before.article.related, suggested: [], topics: [] };
    }
    // Each name's id, kept (when asked) for the next rebuild's first phase (edited.ts).
    const given = new Map<string, string | null>();
    const idFor = (name: string): string | null => {
      const known = given.get(name);
      if (known !== undefined) return known;
      const personId = personIdFor(id, name);
      if (remember) given.set(name, personId);
      return personId;
    };
    if (remember) names.push(given);
    if (a.packedBlocks) {
      // Unpacked objects are this link's own: their speakers are linked in place and the body packed again.
      const whole = unpackBlocks(a.packedBlocks);
      for (const block of whole) if (block.type === 'pullquote' && block.speaker.type === 'person' && block.speaker.name) block.speaker.personId = idFor(block.speaker.name);
      bodies.set(id, packBlocks(whole));
    }
    return linkedArticle(a, id, sections[i]!, related, idFor, consume);
  });
  return { people, articles, bodies, names, peopleMemo, peopleReused, titles: { ids, headlines, index: titles } };
}

/**
 * One enriched article linked: its id, section and resolved related titles as given, speakers' person ids
 * from `idFor`; topics and suggested stories are filled in later. Shared with the first phase of a dev
 * rebuild (edited.ts), so an edited story's file has the same fields in the same order as a full link's.
 */
export function linkedArticle(
  a: EnrichedArticle,
  id: string,
  section: string | null,
  related: Article['related'],
  idFor: (name: string) => string | null,
  consume = false,
): Article {
  const withPersonId = (speaker: Speaker): Speaker =>
    speaker.type === 'person' && speaker.name ? { ...speaker, personId: idFor(speaker.name) } : speaker;
  const linkInPlace = (speaker: Speaker): void => {
    if (speaker.type === 'person' && speaker.name) speaker.personId = idFor(speaker.name);
  };
  const blocks = a.blocks.map((block): Block => (block.type === 'pullquote' ? { ...block, speaker: withPersonId(block.speaker) } : block));
  const quotes = consume ? a.quotes.map((q): Quote => (linkInPlace(q.speaker), q)) : a.quotes.map((q): Quote => ({ ...q, speaker: withPersonId(q.speaker) }));
  const personIds = unique(a.people.map((p) => idFor(p.name)).filter((p): p is string => !!p));
  return {
    id,
    source: a.source,
    format: a.format,
    headline: a.headline,
    updated: a.updated,
    section,
    caption: a.caption,
    imageAlt: a.imageAlt,
    blocks,
    related,
    suggested: [],
    quotes,
    people: personIds,
    topics: [],
    wordCount: a.wordCount,
  };
}

/** Each related list's excluded-ids key (suggest.ts excludedKeyOf), with the story it was made for. */
const relatedKeys = new WeakMap<Article['related'], { id: string; key: string }>();

/**
 * Two links of the same enriched article: equal when everything the link adds is equal (the rest is
 * copied from the enriched article, the same object).
 */

function sameLinks(a: Article, b: Article): boolean {
  return (
    a.id === b.id &&
    a.section === b.section &&
    sameList(a.people, b.people) &&
    sameList(a.topics, b.topics) &&
    sameList(a.related, b.related, (p, q) => p.id === q.id) &&
    sameList(a.quotes, b.quotes, (p, q) => p.speaker.personId === q.speaker.personId) &&
    sameList(a.blocks, b.blocks, (p, q) => p.type !== 'pullquote' || (q.type === 'pullquote' && p.speaker.personId === q.speaker.personId)) &&
    sameList(a.suggested, b.suggested, (p, q) => p.id === q.id && p.headline === q.headline && p.updated === q.updated && p.section === q.section && p.score === q.score)
  );
}


function sameTopic(a: Topic, b: Topic): boolean {
  return a.name === b.name && a.kind === b.kind && sameList(a.articles, b.articles);
}

/** Two resolutions of the same page's related list: equal when each title found the same story. */
function sameRelatedIds(a: Article['related'], b: Article['related']): boolean {
  return sameList(a, b, (p, q) => p.id === q.id);
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
