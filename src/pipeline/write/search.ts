/**
 * Write stage: the search index, sharded so that a query reads a few small files whatever the size of
 * the collection (docs/data-format.md, "Search index").
 *
 *  - Only what identifies a story is indexed: headline, standfirst, the people it names, its topics and
 *    section, and the names of speakers it quotes who are not in the people index. Not the full text.
 *  - search/terms/<prefix>.json: term → the stories holding it, best first and cut to STORY_CAP (a common
 *    word's list never grows with the collection), plus the people whose name, aliases, role or namesake note hold it
 *    (PEOPLE_CAP). Terms are grouped by their first two characters; a group over SHARD_BUDGET is split by
 *    one more character, recursively, and the split shard keeps a merged list for its prefix.
 *  - search/stories/<k>.json: what a result shows, STORIES_PER_SHARD stories to a file.
 *  - search/index.json: the two-character prefixes that have a shard, and the numbers a query needs.
 *
 * Deterministic: the same collection gives byte-identical files, and an edit to one story changes only
 * the shards of the terms it gained or lost and its own story shard.
 */
import type {
  Article,
  CastMember,
  Person,
  SearchPerson,
  SearchRoot,
  SearchStory,
  SearchStoryShard,
  SearchTermEntry,
  SearchTermShard,
  Topic,
  TopicName,
} from '../../content/schema.ts';
import { SHARD_KEY_MIN, keyPrefix, termLength, tokenize } from '../../content/searchText.ts';
import { castOf, topicNamesOf } from './listShards.ts';
import { contentHash } from '../ids.ts';
import { PackedCounts } from '../packedCounts.ts';
import { sameList } from '../sameList.ts';

/** Field weights: a term's score in a story is the sum of the weights of the fields holding it. */
export const FIELD_WEIGHTS = { headline: 10, people: 5, topics: 4, standfirst: 3, speakers: 2, section: 2 } as const;
export type SearchField = keyof typeof FIELD_WEIGHTS;

/** The longest story list a term keeps: the best stories for it, however common it is. */
export const STORY_CAP = 200;
/** The longest people list a term keeps. */
export const PEOPLE_CAP = 20;
/** A term shard bigger than this (JSON characters) is split by one more character of prefix. */
export const SHARD_BUDGET = 24_000;
/** Stories per search/stories/<k>.json. Small, because a page of results reads one file per story. */
export const STORIES_PER_SHARD = 16;
/**
 * Stories per term whose display travels in the term's shard (`shows`): a page of results, so a one-word
 * query needs no story file.
 */
export const DISPLAYED = 10;
/** The standfirst a result shows, at most this many characters. */
export const STANDFIRST_MAX = 200;
/**
 * Longest term indexed, in code points. Nobody types a longer word, and an unbounded one (a 24,000-letter
 * run in a pasted file) would make shard keys no file system accepts and split chains thousands deep.
 */
export const MAX_TERM_LENGTH = 40;

export interface SearchInput {
  articles: readonly Article[];
  people: readonly Person[];
  topics: readonly Topic[];
  /** Each article's cast and topic names when the caller has made them already (render.ts: once a run, not twice). */
  names?: ReadonlyMap<Article, { cast: CastMember[]; topicNames: TopicName[] }>;
  /**
   * Articles the caller found made from the same people and topic names as last run (render.ts): the same
   * object, so the same indexed fields; their terms are last run's, their fields not made again.
   */
  unchanged?: ReadonlySet<Article>;
}

export interface SearchFiles {
  root: SearchRoot;
  /** The stories in number order: `stories[k]` shows `ordered` from `stories[k].first` (what a memo of the shards keys on). */
  ordered: readonly Article[];
  /** Shard prefix (text, not yet a file key) → shard. */
  terms: Map<string, SearchTermShard>;
  stories: SearchStoryShard[];
}

/** The search index for a collection (articles in any order: they are numbered here). */
export function buildSearchFiles(input: SearchInput, options: SearchOptions = {}): SearchFiles {
  const grouped = searchGroups(input, options);
  const terms = new Map<string, SearchTermShard>();
  for (const group of grouped.groups) for (const [key, shard] of group.build()) terms.set(key, shard);
  const deeper = [...terms.keys()].filter((key) => termLength(key) > SHARD_KEY_MIN).sort(compareText);
  return { root: grouped.root(deeper), ordered: grouped.ordered, terms, stories: grouped.stories };
}

export interface SearchOptions {
  shardBudget?: number;
  storiesPerShard?: number;
  /** Keep each story's terms for the next build (the dev server's rebuilds). */
  remember?: boolean;
}

/**
 * The search index in parts: term shards grouped by their two-character prefix (a group is one shard, or one
 * split into deeper ones), each group built only when asked. Given the memo of the last build (the dev
 * server's rebuild), each group carries a generation that moves only when something it is made from may have
 * changed — a term of a story whose indexed fields or number changed, or a person's hits for one of its
 * terms — so the caller keeps an unchanged group's files without building them.
 */
export function searchGroups(input: SearchInput, options: SearchOptions = {}, memo?: SearchMemo): {
  groups: Array<{ key: string; generation: number; build: () => Map<string, SearchTermShard> }>;
  root: (deeper: string[]) => SearchRoot;
  ordered: Article[];
  stories: SearchStoryShard[];
} {
  const budget = options.shardBudget ?? SHARD_BUDGET;
  const perShard = options.storiesPerShard ?? STORIES_PER_SHARD;
  const ordered = numberStories(input.articles);
  const peopleById = new Map(input.people.map((p) => [p.id, p]));
  const topicsById = new Map(input.topics.map((t) => [t.id, t]));
  const remember = options.remember ?? false;
  const settings = `${budget} ${perShard}`;
  // Everything is new without a memo of the same kind of build over as many stories (a story added or removed
  // renumbers the ones after it).
  const comparable = memo !== undefined && memo.settings === settings && memo.ordered.length === ordered.length;
  const dirty = new Set<string>();

  // Each story's terms, and the stories whose terms may have moved since the memo's build.
  const termsByStory: Array<Iterable<[string, number]>> = [];
  const changes: Array<{ story: number; previous: Iterable<[string, number]> | undefined; terms: Iterable<[string, number]> }> = [];
  ordered.forEach((article, story) => {
    const kept = remember && input.unchanged?.has(article) ? storyTermsMemo.get(article) : undefined;
    const terms = kept ? kept.terms : termsOf(article, storyFields(article, peopleById, topicsById, input.names?.get(article)), remember);
    termsByStory.push(terms);
    // What this memo's postings hold for the story last at this number (its own record, not the story's latest
    // terms: another build may have seen the same article object since).
    const previous = comparable ? memo.terms.get(memo.ordered[story]!) : undefined;
    if (comparable && (memo.ordered[story] !== article || previous !== terms)) {
      // A story new at this number, or one whose indexed fields changed: its terms, old and new, may have moved.
      if (previous) for (const [term] of previous) dirty.add(term);
      else memo.everything = true;
      for (const [term] of terms) dirty.add(term);
      changes.push({ story, previous, terms });
    }
  });
  // The people hits are last build's when the people are the same objects (an edit that names no one new).
  const samePeople = memo?.peopleHits !== undefined && sameList(memo.peopleList, input.people);
  const people = samePeople ? memo.peopleHits! : peoplePostings(input.people);
  const peopleJson = samePeople ? memo.people : new Map([...people].map(([term, hits]) => [term, JSON.stringify(hits)]));
  if (comparable && !samePeople) {
    for (const [term, json] of peopleJson) if (memo.people.get(term) !== json) dirty.add(term);
    for (const term of memo.people.keys()) if (!peopleJson.has(term)) dirty.add(term);
  }
  // term → flattened (story, score) pairs in story order. A rebuild over the same numbering changes last build's
  // postings story by story, and its terms' grouping term by term, instead of gathering every story's terms and
  // sorting every term again (a second at 100,000 stories for the handful of groups an edit touches).
  const incremental = remember && comparable && !memo.everything && memo.postings !== undefined && memo.byPrefix !== undefined;
  let postings: Map<string, number[]>;
  let byPrefix: Map<string, string[]>;
  if (incremental) {
    postings = memo.postings!;
    const lastGroups = memo.byPrefix!;
    // Detached while changed (postings and their grouping): a build that stopped half way leaves nothing
    // half-changed to build on.
    memo.postings = undefined;
    memo.byPrefix = undefined;
    const touched = new Set<string>();
    for (const { story, previous, terms } of changes) {
      for (const [term] of previous!) if (removePosting(postings, term, story)) touched.add(term);
      for (const [term, score] of terms) if (addPosting(postings, term, story, score)) touched.add(term);
    }
    byPrefix = samePeople ? regroup(lastGroups, touched, (term) => postings.has(term) || people.has(term)) : groupTerms(postings, people);
  } else {
    postings = new Map();
    termsByStory.forEach((terms, story) => {
      for (const [term, score] of terms) {
        const list = postings.get(term);
        if (list) list.push(story, score);
        else postings.set(term, [story, score]);
      }
    });
    byPrefix = groupTerms(postings, people);
  }
  const shows = displays(ordered);
  const entryOf = (term: string): SearchTermEntry => {
    const list = postings.get(term) ?? [];
    const entry: SearchTermEntry = { n: list.length / 2, s: bestStories(list) };
    const found = people.get(term);
    if (found) entry.p = found;
    return entry;
  };
  const everything = !comparable || memo.everything;
  const generations = new Map<string, number>();
  const dirtyGroups = new Set([...dirty].map((term) => keyPrefix(term, SHARD_KEY_MIN)));
  const groups = [...byPrefix].map(([key, group]) => {
    const last = memo?.generations.get(key);
    const generation = everything || last === undefined || dirtyGroups.has(key) ? (memo?.next ?? 0) : last;
    generations.set(key, generation);
    return {
      key,
      generation,
      build: () => {
        const entries = new Map(group.map((term) => [term, entryOf(term)]));
        const out = new Map<string, SearchTermShard>();
        buildShard(key, group, entries, budget, out, shows);
        return out;
      },
    };
  });
  if (memo) {
    // Only now: the memo's last numbering and terms were read above.
    memo.settings = settings;
    memo.ordered = ordered;
    memo.people = peopleJson;
    // A copy: the caller may change its list in place (a person replaced), and the next build compares item by item.
    memo.peopleList = [...input.people];
    memo.peopleHits = people;
    memo.postings = remember ? postings : undefined;
    memo.byPrefix = remember ? byPrefix : undefined;
    memo.generations = generations;
    memo.next += 1;
    memo.everything = false;
    // What the postings now hold, story by story (none kept without remembering: the next build starts afresh).
    memo.terms = new WeakMap();
    if (remember) ordered.forEach((article, story) => memo.terms.set(article, termsByStory[story]!));
  }

  const stories: SearchStoryShard[] = [];
  for (let first = 0; first < ordered.length; first += perShard) {
    stories.push({ first, stories: ordered.slice(first, first + perShard).map(remember ? keptSearchStory : searchStory) });
  }
  return {
    groups,
    root: (deeper) => ({ stories: ordered.length, storiesPerShard: perShard, keys: [...byPrefix.keys()], deeper }),
    ordered,
    stories,
  };
}

/** What a search build keeps for the next (searchGroups): kept by the dev server's Pipeline, through render.ts. */
export interface SearchMemo {
  settings: string;
  /** The last build's stories by number, and each one's terms as indexed then. */
  ordered: readonly Article[];
  terms: WeakMap<Article, Iterable<[string, number]>>;
  /** Each term's people hits as JSON, the people they were made from, and the hits. */
  people: Map<string, string>;
  peopleList: readonly Person[];
  peopleHits: Map<string, SearchPerson[]> | undefined;
  /** Kept when the build remembers its work: term → (story, score) pairs as last built, and the terms by prefix group. */
  postings: Map<string, number[]> | undefined;
  byPrefix: Map<string, string[]> | undefined;
  /** Each prefix group's generation in the last build, and the next number to give a changed group. */
  generations: Map<string, number>;
  next: number;
  /** A story's old terms could not be told: every group is new. */
  everything: boolean;
  /** Each prefix group's split keys as last written (render.ts: an unchanged group's are listed in the index). */
  deeper: Map<string, string[]>;
}

export function newSearchMemo(): SearchMemo {
  return { settings: '', ordered: [], terms: new WeakMap(), people: new Map(), peopleList: [], peopleHits: undefined, postings: undefined, byPrefix: undefined, generations: new Map(), next: 0, everything: false, deeper: new Map() };
}

/**
 * Story numbers: undated stories first, then dated ones oldest first (ties and undated ones by id), so
 * the numbering depends only on the stories, and the usual addition — a new story — appends and leaves
 * every other number (and file) as it was.
 */
export function numberStories(articles: readonly Article[]): Article[] {
  const byId = (a: Article, b: Article) => compareText(a.id, b.id);
  const undated = articles.filter((a) => !a.updated).sort(byId);
  const dated = articles.filter((a) => a.updated).sort((a, b) => compareText(a.updated!, b.updated!) || byId(a, b));
  return [...undated, ...dated];
}

/** The indexed text of a story, field by field. */
export function storyFields(
  article: Article,
  peopleById: ReadonlyMap<string, Person>,
  topicsById: ReadonlyMap<string, Topic>,
  known?: { cast: CastMember[]; topicNames: TopicName[] },
): Record<SearchField, string[]> {
  const intro = article.blocks.find((b) => b.type === 'paragraph');
  const cast = known?.cast ?? article.cast ?? castOf(article, peopleById);
  const topicNames = known?.topicNames ?? article.topicNames ?? topicNamesOf(article, topicsById);
  const castIds = new Set(cast.map((c) => c.id));
  const speakers = article.quotes
    .filter((q) => q.speaker.name && q.speaker.type !== 'group' && q.speaker.type !== 'unknown' && !(q.speaker.personId && castIds.has(q.speaker.personId)))
    .map((q) => q.speaker.name!);
  return {
    headline: [article.headline],
    standfirst: intro ? [intro.text] : [],
    people: cast.map((c) => c.name),
    topics: topicNames.map((t) => t.name),
    speakers: [...new Set(speakers)],
    section: article.section ? [article.section] : [],
  };
}

/**
 * Each story's terms as last computed, with a hash of the fields they came from: a rebuild tokenises the changed
 * ones only. Kept small, since the dev server keeps one per story: the fields as a hash (the same content hash
 * as the pipeline's file cache keys), not their text, and the terms packed (PackedCounts).
 */
const storyTermsMemo = new WeakMap<Article, { fields: string; terms: Iterable<[string, number]> }>();

/** A story's terms; remembering, the same object as last time when its fields did not change. */
function termsOf(article: Article, fields: Record<SearchField, string[]>, remember: boolean): Iterable<[string, number]> {
  if (!remember) return storyTerms(fields);
  const key = contentHash(JSON.stringify(fields));
  const known = storyTermsMemo.get(article);
  if (known?.fields === key) return known.terms;
  const terms = PackedCounts.of(storyTerms(fields));
  storyTermsMemo.set(article, { fields: key, terms });
  return terms;
}


/** Each term of a story once, with its score (the sum of the weights of the fields holding it). */
export function storyTerms(fields: Record<SearchField, string[]>): Map<string, number> {
  const scores = new Map<string, number>();
  for (const field of Object.keys(FIELD_WEIGHTS) as SearchField[]) {
    const seen = new Set(fields[field].flatMap(tokenize));
    for (const term of seen) scores.set(term, (scores.get(term) ?? 0) + FIELD_WEIGHTS[field]);
  }
  return scores;
}

/** Best first (higher score, then the newer story: the higher number), cut to `cap` pairs. */
export function bestStories(pairs: readonly number[], cap = STORY_CAP): number[] {
  const order: number[] = [];
  for (let i = 0; i < pairs.length; i += 2) order.push(i);
  order.sort((a, b) => pairs[b + 1]! - pairs[a + 1]! || pairs[b]! - pairs[a]!);
  return order.slice(0, cap).flatMap((i) => [pairs[i]!, pairs[i + 1]!]);
}

/** term → people whose name, aliases, role or namesake note hold it, most quoted and named first. */
function peoplePostings(people: readonly Person[]): Map<string, SearchPerson[]> {
  const ranked = [...people].sort(
    (a, b) => b.quoteCount + b.articles.length - (a.quoteCount + a.articles.length) || compareText(a.name, b.name) || compareText(a.id, b.id),
  );
  const byTerm = new Map<string, SearchPerson[]>();
  for (const person of ranked) {
    const note = person.distinguishedAs ? { distinguishedAs: person.distinguishedAs } : {};
    const hit: SearchPerson = { id: person.id, name: person.name, role: person.role, ...note, quotes: person.quoteCount, stories: person.articles.length };
    // The namesake note's words too: "brake sport" finds the Tolan Brake of the sport stories.
    for (const term of new Set([person.name, ...person.aliases, person.role ?? '', person.distinguishedAs ?? ''].flatMap(tokenize))) {
      const list = byTerm.get(term);
      if (!list) byTerm.set(term, [hit]);
      else if (list.length < PEOPLE_CAP) list.push(hit);
    }
  }
  return byTerm;
}

/** Every term a shard lists (postings' and people's, short enough), grouped by prefix, the groups in key order. */
function groupTerms(postings: ReadonlyMap<string, unknown>, people: ReadonlyMap<string, unknown>): Map<string, string[]> {
  const allTerms = [...new Set([...postings.keys(), ...people.keys()])].filter((term) => termLength(term) <= MAX_TERM_LENGTH).sort(compareText);
  return groupByPrefix(allTerms, SHARD_KEY_MIN);
}

/**
 * Last build's groups with the touched terms put in or taken out as `listed` says: what groupTerms gives for the
 * new terms (each group sorted, the groups in key order), made by changing the few groups an edit touches.
 */
function regroup(groups: Map<string, string[]>, touched: Iterable<string>, listed: (term: string) => boolean): Map<string, string[]> {
  let newGroup = false;
  for (const term of touched) {
    if (termLength(term) > MAX_TERM_LENGTH) continue;
    const key = keyPrefix(term, SHARD_KEY_MIN);
    const group = groups.get(key) ?? [];
    const at = sortedIndex(group, term);
    const present = group[at] === term;
    if (listed(term) === present) continue;
    if (present) group.splice(at, 1);
    else group.splice(at, 0, term);
    if (group.length === 0) groups.delete(key);
    else if (!groups.has(key)) {
      groups.set(key, group);
      newGroup = true;
    }
  }
  return newGroup ? new Map([...groups].sort(([a], [b]) => compareText(a, b))) : groups;
}

/** Where `term` is or would go in a sorted list. */
function sortedIndex(list: readonly string[], term: string): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compareText(list[mid]!, term) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Takes a story's pair out of a term's postings; true when the term is left with none. */
function removePosting(postings: Map<string, number[]>, term: string, story: number): boolean {
  const list = postings.get(term);
  if (!list) return false;
  const at = pairIndex(list, story);
  if (list[at] !== story) return false;
  list.splice(at, 2);
  if (list.length > 0) return false;
  postings.delete(term);
  return true;
}

/** Puts a story's pair into a term's postings at its place in story order (its score, if there); true when the term is new. */
function addPosting(postings: Map<string, number[]>, term: string, story: number, score: number): boolean {
  const list = postings.get(term);
  if (!list) {
    postings.set(term, [story, score]);
    return true;
  }
  const at = pairIndex(list, story);
  if (list[at] === story) list[at + 1] = score;
  else list.splice(at, 0, story, score);
  return false;
}

/** The index of the first pair whose story is at least `story` (pairs are in story order). */
function pairIndex(list: readonly number[], story: number): number {
  let low = 0;
  let high = list.length / 2;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (list[mid * 2]! < story) low = mid + 1;
    else high = mid;
  }
  return low * 2;
}

function groupByPrefix(sortedTerms: readonly string[], length: number): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const term of sortedTerms) {
    const key = keyPrefix(term, length);
    const group = groups.get(key);
    if (group) group.push(term);
    else groups.set(key, [term]);
  }
  return groups;
}

function entrySize(term: string, entry: SearchTermEntry): number {
  return term.length + 4 + JSON.stringify(entry).length;
}

/** Each story's display and its JSON size, made on first use. */
interface Displays {
  of(story: number): SearchStory;
  size(story: number): number;
}

function displays(ordered: readonly Article[]): Displays {
  const made = new Map<number, { story: SearchStory; size: number }>();
  const get = (n: number) => {
    let hit = made.get(n);
    if (!hit) {
      const story = searchStory(ordered[n]!);
      made.set(n, (hit = { story, size: JSON.stringify(story).length + String(n).length + 4 }));
    }
    return hit;
  };
  return { of: (n) => get(n).story, size: (n) => get(n).size };
}

/** The story numbers whose display a shard carries: the first DISPLAYED of each entry. */
function displayedStories(entries: Iterable<SearchTermEntry>): Set<number> {
  const numbers = new Set<number>();
  for (const entry of entries) for (let i = 0; i < Math.min(entry.s.length, DISPLAYED * 2); i += 2) numbers.add(entry.s[i]!);
  return numbers;
}

function showsOf(entries: Iterable<SearchTermEntry>, shows: Displays): Record<string, SearchStory> {
  const numbers = [...displayedStories(entries)].sort((a, b) => a - b);
  return Object.fromEntries(numbers.map((n) => [String(n), shows.of(n)]));
}

/**
 * The shard for `key` (all of `group` begins with it), split while over budget. Iterative (a work list, not
 * recursion): how deep a split goes depends on the content, and no content may overflow the stack.
 */
function buildShard(
  rootKey: string,
  rootGroup: readonly string[],
  entries: ReadonlyMap<string, SearchTermEntry>,
  budget: number,
  out: Map<string, SearchTermShard>,
  shows: Displays,
): void {
  const work: Array<[string, readonly string[]]> = [[rootKey, rootGroup]];
  for (let item = work.pop(); item; item = work.pop()) {
    const [key, group] = item;
    const groupEntries = group.map((term) => entries.get(term)!);
    let size = group.reduce((sum, term, i) => sum + entrySize(term, groupEntries[i]!), 0);
    for (const n of displayedStories(groupEntries)) size += shows.size(n);
    const longer = group.filter((term) => term !== key);
    // One term alone gains nothing from a split: it stays a leaf however large its entry.
    if (size <= budget || longer.length === 0 || group.length === 1) {
      out.set(key, { key, terms: Object.fromEntries(group.map((term, i) => [term, groupEntries[i]!])), shows: showsOf(groupEntries, shows) });
      continue;
    }
    const depth = termLength(key) + 1;
    const children = groupByPrefix(longer, depth);
    const own = entries.get(key);
    const all = mergeEntries(groupEntries);
    out.set(key, {
      key,
      terms: own ? { [key]: own } : {},
      split: { children: [...children.keys()], all },
      shows: showsOf(own ? [own, all] : [all], shows),
    });
    for (const child of children) work.push(child);
  }
}

/**
 * One entry for many terms: each story at its best score over the terms, the best STORY_CAP kept (exact
 * from the capped lists: a story cut from every list it is in cannot be among the best of the merge).
 */
export function mergeEntries(list: readonly SearchTermEntry[]): SearchTermEntry {
  const best = new Map<number, number>();
  let n = 0;
  const people = new Map<string, SearchPerson>();
  for (const entry of list) {
    n += entry.n;
    for (let i = 0; i < entry.s.length; i += 2) {
      const story = entry.s[i]!;
      const score = entry.s[i + 1]!;
      if ((best.get(story) ?? -1) < score) best.set(story, score);
    }
    for (const person of entry.p ?? []) people.set(person.id, person);
  }
  const merged: SearchTermEntry = { n, s: bestStories([...best].flat()) };
  if (people.size > 0) {
    merged.p = [...people.values()]
      .sort((a, b) => b.quotes + b.stories - (a.quotes + a.stories) || compareText(a.name, b.name) || compareText(a.id, b.id))
      .slice(0, PEOPLE_CAP);
  }
  return merged;
}

/** Each story's display as last made, by article object (kept only when a build remembers its work). */
const searchStories = new WeakMap<Article, SearchStory>();

function keptSearchStory(article: Article): SearchStory {
  let story = searchStories.get(article);
  if (!story) searchStories.set(article, (story = searchStory(article)));
  return story;
}

function searchStory(article: Article): SearchStory {
  const intro = article.blocks.find((b) => b.type === 'paragraph');
  return {
    id: article.id,
    headline: article.headline,
    updated: article.updated,
    section: article.section,
    standfirst: intro ? truncate(intro.text, STANDFIRST_MAX) : '',
  };
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
