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
}

/**
 * Related stories for every article, from scratch or — given the state of the last run over the same
 * stories in the same order — by re-scoring only the stories whose result can have changed: a story is
 * re-scored when what it lends to scores changed (its term vector, people, topics, headline, date,
 * section, sketch or id), when its own exclusions changed, or when it shares a term (in the changed story's
 * old or new vector), a person or a topic with a story that changed. Any other story's candidates,
 * scores and near-duplicate checks read only unchanged values, so its last result stands; the output is
 * the same as a full scoring. A different number of stories (an addition or removal changes every
 * term's weight) scores everything.
 */
export function suggestRelatedFrom(
  articles: SuggestInput[],
  exclude: (id: string) => Set<string>,
  { sectionTopics = new Set() }: SuggestOptions = {},
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
    const weighs = (d: number) => d >= 2 && d <= maxDf;
    const original = new Map<string, number>();
    for (const i of retokenised) for (const term of previous.tfs[i]!.keys()) original.set(term, (original.get(term) ?? 0) + 1);
    for (const i of retokenised) for (const term of tfs[i]!.keys()) original.set(term, (original.get(term) ?? 0) - 1);
    const reweighted = new Set([...moved].filter((term) => {
      const now = df.get(term) ?? 0;
      const before = now + (original.get(term) ?? 0);
      return now !== before && (weighs(now) || weighs(before));
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
  const excluded = articles.map((a) => [...exclude(a.id)].sort().join('\n'));
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
    const chosen: Array<[number, number]> = [];
    for (const candidate of best.ranked()) {
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
    for (const doc of changed) {
      rescore.add(doc);
      for (const term of new Set([...vectors[doc]!.keys(), ...previous.vectors[doc]!.keys()])) {
        for (const other of postings.get(term)?.docs ?? []) rescore.add(other);
      }
      const things = (list: string, index: Map<string, number[]>) => {
        for (const key of list ? list.split('\n') : []) for (const other of index.get(key) ?? []) rescore!.add(other);
      };
      things(lent[doc]!.people, byPerson);
      things(previous.lent[doc]!.people, byPerson);
      things(lent[doc]!.topics, byTopic);
      things(previous.lent[doc]!.topics, byTopic);
    }
  }

  const lists = articles.map((article, doc) => (rescore && !rescore.has(doc) ? previous!.lists[doc]! : suggestFor(article, doc)));
  const result = new Map<string, SuggestedStory[]>();
  articles.forEach((article, doc) => result.set(article.id, lists[doc]!));
  return {
    result,
    state: { ids, tfs, df, vectors, lent, excluded, sectionTopics: sectionKey, lists },
    rescored: rescore ? rescore.size : n,
    incremental: same,
  };
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
    const docs = df.get(term)!;
    // A term only one story uses cannot link it to another.
    if (docs < 2 || docs > maxDf) continue;
    weighted.push([term, (1 + Math.log(count)) * Math.log(n / docs)]);
  }
  weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const top = weighted.slice(0, TERMS_PER_ARTICLE);
  const norm = Math.hypot(...top.map(([, w]) => w)) || 1;
  return new Map(top.map(([term, w]) => [term, w / norm]));
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
