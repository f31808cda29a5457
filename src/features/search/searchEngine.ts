/**
 * Querying the sharded search index (docs/data-format.md, "Search index"). A query reads
 * search/index.json once per session, then for each word the one term shard holding it (a step deeper
 * where a prefix was split), then the story files of the results it shows: a few small files, however big
 * the collection. Every file read is kept for the session, so the next keystroke usually reads nothing.
 *
 * The reading is injected (`SearchSource`), so the ranking is tested without a network.
 */
import { SHARD_KEY_MIN, keyPrefix, parseQuery, stem, termLength, words, type ParsedQuery } from '../../content/searchText';
import type { SearchPerson, SearchRoot, SearchStory, SearchStoryShard, SearchTermEntry, SearchTermShard } from '../../content/schema';

export interface SearchSource {
  root(): Promise<SearchRoot>;
  /** The root if it has been read already: a query then asks for its shards without waiting a tick. */
  rootNow?(): SearchRoot | undefined;
  /** The term shard of a prefix (text, not file key). */
  terms(prefix: string): Promise<SearchTermShard>;
  stories(shard: number): Promise<SearchStoryShard>;
}

/** A source that reads each file once and keeps it; a failed read is forgotten, so Retry reads again. */
export function cachedSource(read: {
  root: () => Promise<SearchRoot>;
  terms: (prefix: string) => Promise<SearchTermShard>;
  stories: (shard: number) => Promise<SearchStoryShard>;
}): SearchSource & { reads: string[] } {
  const cache = new Map<string, Promise<unknown>>();
  const reads: string[] = [];
  let rootValue: SearchRoot | undefined;
  const once = <T>(key: string, load: () => Promise<T>): Promise<T> => {
    let pending = cache.get(key) as Promise<T> | undefined;
    if (!pending) {
      reads.push(key);
      pending = load();
      cache.set(key, pending);
      pending.catch(() => cache.delete(key));
    }
    return pending;
  };
  return {
    reads,
    root: () =>
      once('root', () =>
        read.root().then((root) => {
          rootValue = root;
          return root;
        }),
      ),
    rootNow: () => rootValue,
    terms: (prefix) => once(`terms:${prefix}`, () => read.terms(prefix)),
    stories: (shard) => once(`stories:${shard}`, () => read.stories(shard)),
  };
}

/** What one word of the query found. */
export interface WordMatch {
  word: string;
  prefix: boolean;
  entry: SearchTermEntry;
  /** The entry is one term's, so `entry.n` counts its stories exactly (a merge only bounds them). */
  single: boolean;
  /** Displays of stories the shard carries (its terms' first results), by story number. */
  shows?: SearchTermShard['shows'];
}

const own = (terms: SearchTermShard['terms'], term: string): SearchTermEntry | undefined =>
  Object.hasOwn(terms, term) ? terms[term] : undefined;

/**
 * The shard to read first for a word: with the root's list of deeper shards, the deepest one whose prefix
 * begins the word (one request); without it (an older index), the two-character one, walked down.
 */
export function firstShardKey(root: SearchRoot, word: string): string | null {
  const first = keyPrefix(word, SHARD_KEY_MIN);
  if (!root.keys.includes(first)) return null;
  if (!root.deeper) return first;
  const deeper = deeperKeys(root);
  for (let length = termLength(word); length > SHARD_KEY_MIN; length--) {
    const key = keyPrefix(word, length);
    if (deeper.has(key)) return key;
  }
  return first;
}

const deeperSets = new WeakMap<SearchRoot, ReadonlySet<string>>();
function deeperKeys(root: SearchRoot): ReadonlySet<string> {
  let set = deeperSets.get(root);
  if (!set) deeperSets.set(root, (set = new Set(root.deeper ?? [])));
  return set;
}

/**
 * The entry for one word: the term itself, or (a prefix) every term beginning with it — from a leaf shard's
 * terms, or from a split shard's merged list when the prefix is exactly that shard's. Null: nothing.
 */
export async function lookupWord(source: SearchSource, root: SearchRoot, word: string, prefix: boolean): Promise<WordMatch | null> {
  if (termLength(word) < SHARD_KEY_MIN) return null;
  const first = firstShardKey(root, word);
  if (first === null) return null;
  let shard = await source.terms(first);
  while (shard.split && termLength(word) > termLength(shard.key)) {
    const next = keyPrefix(word, termLength(shard.key) + 1);
    // With the deeper list, the shard read is already the deepest: no child holds the word.
    if (root.deeper || !shard.split.children.includes(next)) return null;
    shard = await source.terms(next);
  }
  const shows = shard.shows;
  if (!prefix) {
    const entry = own(shard.terms, word);
    return entry ? { word, prefix, entry, single: true, shows } : null;
  }
  if (shard.split) return { word, prefix, entry: shard.split.all, single: false, shows };
  const matching = Object.keys(shard.terms)
    .filter((term) => term.startsWith(word))
    .map((term) => shard.terms[term]!);
  if (matching.length === 0) return null;
  return { word, prefix, entry: matching.length === 1 ? matching[0]! : mergeEntries(matching), single: matching.length === 1, shows };
}

/** Many terms' entries as one: each story at its best score; `n` the sum (an upper bound). */
export function mergeEntries(entries: readonly SearchTermEntry[]): SearchTermEntry {
  const best = new Map<number, number>();
  const people = new Map<string, SearchPerson>();
  let n = 0;
  for (const entry of entries) {
    n += entry.n;
    for (let i = 0; i < entry.s.length; i += 2) {
      const story = entry.s[i]!;
      const score = entry.s[i + 1]!;
      if ((best.get(story) ?? -1) < score) best.set(story, score);
    }
    for (const person of entry.p ?? []) if (!people.has(person.id)) people.set(person.id, person);
  }
  const s = [...best].sort((a, b) => b[1] - a[1] || b[0] - a[0]).flat();
  return people.size > 0 ? { n, s, p: [...people.values()] } : { n, s };
}

export interface RankedStory {
  story: number;
  score: number;
  /** How many of the query's words the story holds (as far as the capped lists tell). */
  words: number;
}

/**
 * Stories holding every word first, then by score — each word's score weighted by how rare the word is
 * (a rare word says more) — then the newer story (the higher number). `wordCount` counts the words
 * that found nothing too: then no story holds them all.
 */
export function rankStories(matches: readonly WordMatch[], wordCount: number, totalStories: number): { all: RankedStory[]; some: RankedStory[] } {
  const byStory = new Map<number, RankedStory>();
  for (const { entry } of matches) {
    const weight = Math.log(1 + totalStories / Math.max(1, entry.n));
    for (let i = 0; i < entry.s.length; i += 2) {
      const story = entry.s[i]!;
      const ranked = byStory.get(story) ?? { story, score: 0, words: 0 };
      ranked.score += weight * entry.s[i + 1]!;
      ranked.words += 1;
      byStory.set(story, ranked);
    }
  }
  const ranked = [...byStory.values()].sort((a, b) => b.words - a.words || b.score - a.score || b.story - a.story);
  const all = ranked.filter((r) => r.words === wordCount);
  return { all, some: all.length > 0 ? [] : ranked };
}

/** Whether a folded word of a name matches a query word (a whole term, or the prefix being typed). */
function wordMatches(query: ParsedQuery, word: string, folded: readonly string[]): boolean {
  const isPrefix = word === query.prefix;
  return folded.some((f) => (isPrefix ? f.startsWith(word) || stem(f).startsWith(word) : stem(f) === word));
}

/**
 * People matching every word: found under the word in the index, or (the index keeps only the best
 * people per word) with the word in their name or role. Those matching on their name come first, then
 * the most quoted and named.
 */
export function rankPeople(query: ParsedQuery, matches: readonly WordMatch[]): SearchPerson[] {
  const queryWords = [...query.terms, ...(query.prefix ? [query.prefix] : [])];
  if (queryWords.length === 0) return [];
  const found = new Map<string, Set<string>>();
  const people = new Map<string, SearchPerson>();
  for (const match of matches) {
    for (const person of match.entry.p ?? []) {
      people.set(person.id, person);
      const under = found.get(person.id) ?? new Set<string>();
      under.add(match.word);
      found.set(person.id, under);
    }
  }
  const ranked: Array<{ person: SearchPerson; byName: boolean }> = [];
  for (const person of people.values()) {
    const nameWords = words(person.name).map((w) => w.folded);
    const roleWords = words(person.role ?? '').map((w) => w.folded);
    let byName = true;
    let ok = true;
    for (const word of queryWords) {
      const inName = wordMatches(query, word, nameWords);
      if (!inName) byName = false;
      if (!(inName || found.get(person.id)!.has(word) || wordMatches(query, word, roleWords))) ok = false;
    }
    if (ok) ranked.push({ person, byName });
  }
  return ranked
    .sort(
      (a, b) =>
        Number(b.byName) - Number(a.byName) ||
        b.person.quotes + b.person.stories - (a.person.quotes + a.person.stories) ||
        (a.person.name < b.person.name ? -1 : a.person.name > b.person.name ? 1 : 0),
    )
    .map((r) => r.person);
}

export interface StoryHit extends SearchStory {
  number: number;
}

export interface SearchResults {
  /** The text searched for, as typed. */
  text: string;
  query: ParsedQuery;
  /** The stories to show (up to the limit asked for), best first. */
  stories: StoryHit[];
  /** False when no story holds every word: `stories` then hold some of them. */
  allWords: boolean;
  /** Stories found: exact when `exact`, else a lower bound (the index keeps only each word's best). */
  count: number;
  exact: boolean;
  /** Stories ranked, of which `stories` are the first: more can be shown up to this. */
  available: number;
  people: SearchPerson[];
}

export const PEOPLE_SHOWN = 8;

/** Runs a query: the words' shards in parallel, then the story files of the first `limit` results. */
export async function runSearch(source: SearchSource, text: string, limit: number): Promise<SearchResults> {
  const query = parseQuery(text);
  const wanted: Array<[string, boolean]> = [...query.terms.map((t): [string, boolean] => [t, false]), ...(query.prefix ? [[query.prefix, true] as [string, boolean]] : [])];
  if (wanted.length === 0) return { text, query, stories: [], allWords: true, count: 0, exact: true, available: 0, people: [] };
  // With the root already read, the shard requests go out now, before the caller's render.
  const root = source.rootNow?.() ?? (await source.root());
  const found = await Promise.all(wanted.map(([word, prefix]) => lookupWord(source, root, word, prefix)));
  const matches = found.filter((m): m is WordMatch => m !== null);
  const { all, some } = rankStories(matches, wanted.length, root.stories);
  const ranked = all.length > 0 ? all : some;
  const shown = ranked.slice(0, limit);
  // The term shards carry their first results' displays: story files are read only for the others
  // (results further down, or stories that rank high only by holding several words).
  const carried = (story: number) => {
    for (const match of matches) {
      const hit = match.shows?.[String(story)];
      if (hit) return hit;
    }
    return undefined;
  };
  const missing = shown.filter((r) => !carried(r.story));
  const shards = [...new Set(missing.map((r) => Math.floor(r.story / root.storiesPerShard)))];
  const loaded = new Map(await Promise.all(shards.map(async (k) => [k, await source.stories(k)] as const)));
  const stories = shown.flatMap((r) => {
    const shard = loaded.get(Math.floor(r.story / root.storiesPerShard));
    const story = carried(r.story) ?? shard?.stories[r.story - shard.first];
    return story ? [{ ...story, number: r.story }] : [];
  });
  // One word that is one term: the index knows exactly how many stories hold it.
  const single = wanted.length === 1 && matches.length === 1 && matches[0]!.single;
  const capped = matches.some((m) => m.entry.n > m.entry.s.length / 2);
  return {
    text,
    query,
    stories,
    allWords: all.length > 0 || ranked.length === 0,
    count: single ? matches[0]!.entry.n : all.length,
    exact: single || !capped,
    available: ranked.length,
    people: rankPeople(query, matches).slice(0, PEOPLE_SHOWN),
  };
}
