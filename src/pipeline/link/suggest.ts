/**
 * Computed related stories ("More like this"). A story is related when it shares distinctive
 * words (TF-IDF cosine over each article's strongest terms), people and topics, and is close in
 * time. Candidates come from an inverted index, so the cost grows with the overlap between stories
 * rather than with the square of the collection.
 *
 * One shared thing is never enough: a surname or a single keyword ("Johnson" the athlete and Johnson &
 * Johnson) links unrelated stories. A candidate must show EVIDENCE_NEEDED pieces of evidence, each one
 * of: a person both stories name (one person id: the full identity, never a surname), a topic both carry
 * (sections aside: they say where a story was filed, not what it is about), or TERMS_PER_EVIDENCE
 * distinctive terms both use. And the list never holds the same report twice: a near-duplicate of the
 * story itself or of a story already listed is skipped (nearDuplicates.ts).
 */
import type { SuggestedStory } from '../../content/schema.ts';
import { isNearDuplicate, sketch, type Sketch } from './nearDuplicates.ts';
import { TermCounts } from './termCounts.ts';

/** What a story lends to scoring besides its words. */
export interface SuggestStory {
  id: string;
  headline: string;
  updated: string | null;
  section: string | null;
  people: string[];
  topics: string[];
}

/**
 * A story with its text, or with the term counts and sketch made from it: the link keeps those and not the
 * text (link/index.ts); given both, the counts and sketch are used.
 */
export type SuggestInput = SuggestStory & ({ text: string; tf?: TermCounts; sketch?: Sketch } | { text?: undefined; tf: TermCounts; sketch: Sketch });

export interface SuggestOptions {
  /** Topic ids that are sections: they weigh in the score but are not evidence of a shared subject. */
  sectionTopics?: ReadonlySet<string>;
  /**
   * A story's excluded ids as one key (what `exclude` gives, sorted and joined by line breaks), when the caller
   * keeps them between runs: the incremental path compares every story's key with last run's.
   */
  excludedKey?: (id: string) => string;
}

/** A story's excluded ids as one key: sorted, joined by line breaks. */
export function excludedKeyOf(ids: ReadonlySet<string>): string {
  return [...ids].sort().join('\n');
}

export const SUGGESTIONS_PER_ARTICLE = 5;
/** Terms kept per article vector: enough to characterise it, few enough to keep scoring cheap. */
const TERMS_PER_ARTICLE = 40;
/** Terms found in more than this share of stories say little about any one of them. */
const MAX_DOCUMENT_SHARE = 0.06;

const WEIGHTS = { text: 1, person: 0.12, topic: 0.06, time: 0.08 } as const;
const TIME_SCALE_DAYS = 30;
export const EVIDENCE_NEEDED = 2;
export const TERMS_PER_EVIDENCE = 2;
/** Candidates ranked before the evidence and near-duplicate checks, so that skipping some still fills the list. */
const CANDIDATES_KEPT = SUGGESTIONS_PER_ARTICLE * 4;

export function suggestRelated(
  articles: SuggestInput[],
  exclude: (id: string) => Set<string>,
  options: SuggestOptions = {},
): Map<string, SuggestedStory[]> {
  return suggestRelatedFrom(articles, exclude, options).result;
}

/**
 * What the last scoring rested on, per story (in the collection's order): a rebuild re-scores only the
 * stories whose result could differ (see suggestRelatedFrom).
 */
export interface SuggestState {
  ids: string[];
  tfs: TermCounts[];
  df: Map<string, number>;
  vectors: Array<Map<string, number>>;
  /** Everything else a story lends to other stories' scores and lists: people, topics, headline, date, section, sketch. */
  lent: Array<{ people: string; topics: string; headline: string; updated: string | null; section: string | null; sketch: Sketch }>;
  excluded: string[];
  sectionTopics: string;
  /** Each story's related list, by position. */
  lists: SuggestedStory[][];
  /**
   * Each story's ranked candidates before the near-duplicate check (CANDIDATES_KEPT slots a story, -1 where it
   * had fewer) and the last one's score (NaN when it had fewer): a story's list can change only when a changed
   * story is among them or would now enter them, which a rebuild tells from that one pair's score.
   */
  candidates: Int32Array;
  lastCandidateScores: Float64Array;
}

/**
 * Related stories for every article, from scratch or — given the state of the last run over the same
 * stories in the same order — by re-scoring only the stories whose result can have changed: a story is
 * re-scored when what it lends to scores changed (its term vector, people, topics, headline, date,
 * section, sketch or id), when its own exclusions changed, or when a story that changed was among its
 * ranked candidates last time or would enter them now (the one pair's score, against the last candidate
 * kept). Any other story's candidates, scores and near-duplicate checks read only unchanged values, so its
 * last result stands; the output is the same as a full scoring. A different number of stories (an
 * addition or removal changes every term's weight) scores everything.
 *
 * Term weights rest on bucketed document frequencies (weightedFrequency), so an edit that moves a term's
 * frequency by one changes the vectors of the stories using it only when the bucket changes: a few
 * stories a term on average, whatever its frequency, instead of every story that uses it.
 */
export function suggestRelatedFrom(
  articles: SuggestInput[],
  exclude: (id: string) => Set<string>,
  { sectionTopics = new Set(), excludedKey = (id) => excludedKeyOf(exclude(id)) }: SuggestOptions = {},
  previous?: SuggestState,
): { result: Map<string, SuggestedStory[]>; state: SuggestState; rescored: number; incremental: boolean } {
  const n = articles.length;
  const ids = articles.map((a) => a.id);
  const sectionKey = [...sectionTopics].sort().join('\n');
  // The same number of stories (each term's weight rests on it) and the same section topics (they weigh differently).
  const same = previous !== undefined && previous.ids.length === n && previous.sectionTopics === sectionKey;
  const tfs = articles.map((a) => (a.text === undefined ? a.tf : (a.tf ?? termCounts(a.text))));
  const df = same ? previous.df : new Map<string, number>();
  const maxDf = maxDocumentFrequency(n);
  let vectors: Array<Map<string, number>>;
  const changed = new Set<number>();
  if (same) {
    // Document frequencies follow the stories whose terms changed; a vector is recomputed only where its
    // terms' weights can have moved (a frequency change that stays above maxDf weighs nothing either way).
    const moved = new Set<string>();
    const bump = (term: string, by: number) => {
      const before = df.get(term) ?? 0;
      const after = before + by;
      if (after === 0) df.delete(term);
      else df.set(term, after);
      moved.add(term);
    };
    const retokenised: number[] = [];
    tfs.forEach((tf, i) => {
      const old = previous.tfs[i]!;
      if (old === tf) return;
      retokenised.push(i);
      for (const term of old.keys()) bump(term, -1);
      for (const term of tf.keys()) bump(term, 1);
    });
    const original = new Map<string, number>();
    for (const i of retokenised) for (const term of previous.tfs[i]!.keys()) original.set(term, (original.get(term) ?? 0) + 1);
    for (const i of retokenised) for (const term of tfs[i]!.keys()) original.set(term, (original.get(term) ?? 0) - 1);
    const reweighted = new Set([...moved].filter((term) => {
      const now = df.get(term) ?? 0;
      const before = now + (original.get(term) ?? 0);
      return now !== before && weightedFrequency(now, maxDf) !== weightedFrequency(before, maxDf);
    }));
    const redo = new Set(retokenised);
    if (reweighted.size > 0) {
      tfs.forEach((tf, i) => {
        if (redo.has(i)) return;
        for (const term of tf.keys()) {
          if (reweighted.has(term)) {
            redo.add(i);
            return;
          }
        }
      });
    }
    vectors = previous.vectors.slice();
    for (const i of redo) {
      const vector = vectorOf(tfs[i]!, df, n, maxDf);
      if (!sameVector(vector, previous.vectors[i]!)) {
        vectors[i] = vector;
        changed.add(i);
      }
    }
  } else {
    for (const tf of tfs) for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
    vectors = tfs.map((tf) => vectorOf(tf, df, n, maxDf));
  }
  const sketches = articles.map((a) => (a.text === undefined ? a.sketch : (a.sketch ?? sketch(a.text))));
  const lent = articles.map((a, i) => ({
    people: a.people.join('\n'),
    topics: a.topics.join('\n'),
    headline: a.headline,
    updated: a.updated,
    section: a.section,
    sketch: sketches[i]!,
  }));
  const excluded = articles.map((a) => excludedKey(a.id));
  const postings = new Map<string, { docs: number[]; weights: number[] }>();
  vectors.forEach((vector, doc) => {
    for (const [term, weight] of vector) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = { docs: [], weights: [] }));
      list.docs.push(doc);
      list.weights.push(weight);
    }
  });
  // Whole lists: one longer than maxDf is skipped when scoring, but a change to it still reaches its stories.
  const byPerson = invert(articles.map((a) => a.people));
  const byTopic = invert(articles.map((a) => a.topics));
  const times = articles.map((a) => (a.updated ? Date.parse(a.updated) : null));

  // One score slot per story, reused for every article: only the slots an article touched are read
  // and reset, so each article costs its candidates, not the collection (a Map per article was the
  // slowest part of the link stage at 10,000 stories).
  const scores = new Float64Array(n);
  // Beside each score, what it rests on: shared terms, and shared people plus shared topics.
  const sharedTerms = new Uint16Array(n);
  const sharedThings = new Uint16Array(n);
  const touched: number[] = [];
  const add = (other: number, value: number) => {
    if (scores[other] === 0) touched.push(other);
    scores[other] = scores[other]! + value;
  };

  // Copies: the last state stays whole until this scoring is done (8 MB at 100,000 stories).
  const candidates = same ? previous.candidates.slice() : new Int32Array(n * CANDIDATES_KEPT);
  const lastCandidateScores = same ? previous.lastCandidateScores.slice() : new Float64Array(n);

  const suggestFor = (article: SuggestInput, doc: number): SuggestedStory[] => {
    for (const [term, weight] of vectors[doc]!) {
      const list = postings.get(term);
      if (!list) continue;
      for (let i = 0; i < list.docs.length; i++) {
        const other = list.docs[i]!;
        add(other, WEIGHTS.text * weight * list.weights[i]!);
        sharedTerms[other]!++;
      }
    }
    for (const person of new Set(article.people)) {
      const list = byPerson.get(person);
      if (!list || list.length > maxDf) continue;
      for (const other of list) {
        add(other, WEIGHTS.person);
        sharedThings[other]!++;
      }
    }
    for (const topic of new Set(article.topics)) {
      const isSection = sectionTopics.has(topic);
      const list = byTopic.get(topic);
      if (!list || list.length > maxDf) continue;
      for (const other of list) {
        add(other, WEIGHTS.topic);
        if (!isSection) sharedThings[other]!++;
      }
    }
    const skip = exclude(article.id);
    const best = new TopK(CANDIDATES_KEPT);
    for (const other of touched) {
      const score = scores[other]!;
      const evidence = sharedThings[other]! + Math.floor(sharedTerms[other]! / TERMS_PER_EVIDENCE);
      scores[other] = 0;
      sharedTerms[other] = 0;
      sharedThings[other] = 0;
      if (other === doc || skip.has(articles[other]!.id) || evidence < EVIDENCE_NEEDED) continue;
      best.offer(other, score + WEIGHTS.time * closeness(times[doc] ?? null, times[other] ?? null));
    }
    touched.length = 0;
    const ranked = best.ranked();
    const slots = doc * CANDIDATES_KEPT;
    for (let k = 0; k < CANDIDATES_KEPT; k++) candidates[slots + k] = ranked[k]?.[0] ?? -1;
    lastCandidateScores[doc] = ranked.length === CANDIDATES_KEPT ? ranked[CANDIDATES_KEPT - 1]![1] : NaN;
    const chosen: Array<[number, number]> = [];
    for (const candidate of ranked) {
      if (chosen.length === SUGGESTIONS_PER_ARTICLE) break;
      const other = sketches[candidate[0]]!;
      if (isNearDuplicate(sketches[doc]!, other) || chosen.some(([kept]) => isNearDuplicate(sketches[kept]!, other))) continue;
      chosen.push(candidate);
    }
    return chosen.map(([other, score]) => {
      const a = articles[other]!;
      return { id: a.id, headline: a.headline, updated: a.updated, section: a.section, score: round(score) };
    });
  };

  const wasCandidate = (doc: number, other: number): boolean => {
    const slots = doc * CANDIDATES_KEPT;
    for (let k = 0; k < CANDIDATES_KEPT; k++) if (candidates[slots + k] === other) return true;
    return false;
  };
  // Whether `other` would now rank among `doc`'s candidates: the same sums suggestFor makes for the pair, in the
  // same order, compared with the last candidate doc kept (a hair's margin: re-scoring more is always safe).
  const mayEnter = (doc: number, other: number, otherPeople: ReadonlyMap<string, number>, otherTopics: ReadonlyMap<string, number>): boolean => {
    if (doc === other) return false;
    let score = 0;
    let terms = 0;
    let things = 0;
    const otherVector = vectors[other]!;
    for (const [term, weight] of vectors[doc]!) {
      const otherWeight = otherVector.get(term);
      if (otherWeight === undefined) continue;
      score += WEIGHTS.text * weight * otherWeight;
      terms++;
    }
    const article = articles[doc]!;
    for (const person of new Set(article.people)) {
      const list = byPerson.get(person);
      if (!list || list.length > maxDf) continue;
      // suggestFor adds once for each time the other story is listed under the person.
      for (let k = otherPeople.get(person) ?? 0; k > 0; k--) {
        score += WEIGHTS.person;
        things++;
      }
    }
    for (const topic of new Set(article.topics)) {
      const list = byTopic.get(topic);
      if (!list || list.length > maxDf) continue;
      for (let k = otherTopics.get(topic) ?? 0; k > 0; k--) {
        score += WEIGHTS.topic;
        if (!sectionTopics.has(topic)) things++;
      }
    }
    if (things + Math.floor(terms / TERMS_PER_EVIDENCE) < EVIDENCE_NEEDED) return false;
    const last = lastCandidateScores[doc]!;
    if (Number.isNaN(last)) return true;
    return score + WEIGHTS.time * closeness(times[doc] ?? null, times[other] ?? null) >= last - 1e-9;
  };

  let rescore: Set<number> | null = null;
  if (same) {
    rescore = new Set<number>();
    lent.forEach((l, i) => {
      const before = previous.lent[i]!;
      const differs =
        ids[i] !== previous.ids[i] ||
        l.people !== before.people ||
        l.topics !== before.topics ||
        l.headline !== before.headline ||
        l.updated !== before.updated ||
        l.section !== before.section ||
        !sameSketch(l.sketch, before.sketch);
      if (differs) changed.add(i);
      if (excluded[i] !== previous.excluded[i]) rescore!.add(i);
    });
    for (const doc of changed) rescore.add(doc);
    // A person or topic whose story count crossed maxDf starts or stops counting for every pair of its stories.
    for (const listed of [...crossedLimit(changed, previous.lent, lent, 'people', byPerson, maxDf), ...crossedLimit(changed, previous.lent, lent, 'topics', byTopic, maxDf)]) {
      for (const other of listed) rescore.add(other);
    }
    // Every other story that shares a term, a person or a topic with a changed story: re-scored only when the
    // changed story was among its candidates or would enter them now.
    const seenFor = new Int32Array(n).fill(-1);
    for (const doc of changed) {
      const neighbours: number[] = [];
      const visit = (other: number) => {
        if (seenFor[other] === doc || rescore!.has(other)) return;
        seenFor[other] = doc;
        neighbours.push(other);
      };
      for (const term of vectors[doc]!.keys()) for (const other of postings.get(term)?.docs ?? []) visit(other);
      for (const term of previous.vectors[doc]!.keys()) for (const other of postings.get(term)?.docs ?? []) visit(other);
      const things = (list: string, index: Map<string, number[]>) => {
        for (const key of list ? list.split('\n') : []) {
          const listed = index.get(key);
          if (listed && listed.length <= maxDf) for (const other of listed) visit(other);
        }
      };
      things(lent[doc]!.people, byPerson);
      things(previous.lent[doc]!.people, byPerson);
      things(lent[doc]!.topics, byTopic);
      things(previous.lent[doc]!.topics, byTopic);
      const people = occurrences(articles[doc]!.people);
      const topics = occurrences(articles[doc]!.topics);
      for (const other of neighbours) {
        if (wasCandidate(other, doc) || mayEnter(other, doc, people, topics)) rescore.add(other);
      }
    }
  }

  const lists = articles.map((article, doc) => (rescore && !rescore.has(doc) ? previous!.lists[doc]! : suggestFor(article, doc)));
  const result = new Map<string, SuggestedStory[]>();
  articles.forEach((article, doc) => result.set(article.id, lists[doc]!));
  return {
    result,
    state: { ids, tfs, df, vectors, lent, excluded, sectionTopics: sectionKey, lists, candidates, lastCandidateScores },
    rescored: rescore ? rescore.size : n,
    incremental: same,
  };
}

/**
 * People or topics of the changed stories whose story count is now on the other side of maxDf than before:
 * each with every story listed under it now (a story that left the list changed itself).
 */
function crossedLimit(
  changed: ReadonlySet<number>,
  before: SuggestState['lent'],
  after: SuggestState['lent'],
  field: 'people' | 'topics',
  index: ReadonlyMap<string, number[]>,
  maxDf: number,
): number[][] {
  // Counted as invert() lists them: once for each time a story names the key.
  const delta = new Map<string, number>();
  const keysOf = (list: string) => (list ? list.split('\n') : []);
  for (const doc of changed) {
    for (const key of keysOf(after[doc]![field])) delta.set(key, (delta.get(key) ?? 0) + 1);
    for (const key of keysOf(before[doc]![field])) delta.set(key, (delta.get(key) ?? 0) - 1);
  }
  const crossed: number[][] = [];
  for (const [key, by] of delta) {
    const listed = index.get(key) ?? [];
    if (by !== 0 && listed.length <= maxDf !== listed.length - by <= maxDf) crossed.push(listed);
  }
  return crossed;
}

/** How many times each key is in the list. */
function occurrences(list: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of list) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

function sameVector(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  if (a.size !== b.size) return false;
  // Order matters too: postings are filled in each vector's order, which sets the order scores are summed in.
  const bi = b.entries();
  for (const [term, weight] of a) {
    const [otherTerm, otherWeight] = bi.next().value as [string, number];
    if (term !== otherTerm || weight !== otherWeight) return false;
  }
  return true;
}

function sameSketch(a: Sketch, b: Sketch): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The k best (id, score) pairs seen, highest score first, lower id first on a tie. */
class TopK {
  private readonly items: Array<[number, number]> = [];
  constructor(private readonly k: number) {}

  offer(id: number, score: number): void {
    const items = this.items;
    if (items.length === this.k && !better(id, score, items[items.length - 1]!)) return;
    let at = items.length;
    while (at > 0 && better(id, score, items[at - 1]!)) at--;
    items.splice(at, 0, [id, score]);
    if (items.length > this.k) items.pop();
  }

  ranked(): Array<[number, number]> {
    return this.items;
  }
}

function better(id: number, score: number, than: [number, number]): boolean {
  return score > than[1] || (score === than[1] && id < than[0]);
}

/** How often each term occurs in a text. */
export function termCounts(text: string): TermCounts {
  return TermCounts.of(text);
}

/** A story's TF-IDF vector over its strongest terms, normalised; terms in one story or in too many weigh nothing. */
function vectorOf(tf: TermCounts, df: ReadonlyMap<string, number>, n: number, maxDf: number): Map<string, number> {
  const weighted: Array<[string, number]> = [];
  for (const [term, count] of tf) {
    const docs = weightedFrequency(df.get(term)!, maxDf);
    if (docs === 0) continue;
    weighted.push([term, (1 + Math.log(count)) * Math.log(n / docs)]);
  }
  weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const top = weighted.slice(0, TERMS_PER_ARTICLE);
  const norm = Math.hypot(...top.map(([, w]) => w)) || 1;
  return new Map(top.map(([term, w]) => [term, w / norm]));
}

/** Document frequencies are rounded down to a power of this before weighing (see weightedFrequency). */
const FREQUENCY_STEP = 1.25;
const LOG_FREQUENCY_STEP = Math.log(FREQUENCY_STEP);

/**
 * The document frequency a term is weighed by: 0 when it weighs nothing (a term only one story uses cannot
 * link it to another; one in more than maxDf says little), else its frequency rounded down to a power of
 * FREQUENCY_STEP. The rounding moves a weight by less than log 1.25 out of 5–11 (n / docs at 2,000–100,000
 * stories), and it is what lets a rebuild after one edit re-weigh a handful of stories rather than every
 * story that uses a word of the edit (suggestRelatedFrom).
 */
export function weightedFrequency(docs: number, maxDf: number): number {
  if (docs < 2 || docs > maxDf) return 0;
  return FREQUENCY_STEP ** Math.floor(Math.log(docs) / LOG_FREQUENCY_STEP);
}

/**
 * Terms, people or topics in more than this many stories say little about any one of them, and
 * their postings would make scoring quadratic. Small collections need a looser bound to link at all.
 */
function maxDocumentFrequency(n: number): number {
  const share = n < 200 ? Math.max(2, Math.ceil(n * 0.3)) : Math.floor(n * MAX_DOCUMENT_SHARE);
  // An absolute cap keeps scoring linear in the collection: at 100,000 stories a 6% share would still
  // mean walking lists of 6,000 for every term.
  return Math.min(share, MAX_POSTINGS);
}

const MAX_POSTINGS = 400;

function invert(lists: string[][]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  lists.forEach((list, doc) => {
    for (const key of list) {
      let docs = index.get(key);
      if (!docs) index.set(key, (docs = []));
      docs.push(doc);
    }
  });
  return index;
}

/** 1 for the same day, falling towards 0 over a few months; 0 when either date is unknown. */
function closeness(a: number | null, b: number | null): number {
  if (a === null || b === null) return 0;
  const days = Math.abs(a - b) / 86_400_000;
  return Math.exp(-days / TIME_SCALE_DAYS);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
