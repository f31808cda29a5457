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
import { isNearDuplicate, sketch } from './nearDuplicates.ts';
import { terms } from './text.ts';

export interface SuggestInput {
  id: string;
  headline: string;
  updated: string | null;
  section: string | null;
  text: string;
  people: string[];
  topics: string[];
}

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
  { sectionTopics = new Set() }: SuggestOptions = {},
): Map<string, SuggestedStory[]> {
  const vectors = buildVectors(articles);
  const sketches = articles.map((a) => sketch(a.text));
  const postings = new Map<string, { docs: number[]; weights: number[] }>();
  vectors.forEach((vector, doc) => {
    for (const [term, weight] of vector) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = { docs: [], weights: [] }));
      list.docs.push(doc);
      list.weights.push(weight);
    }
  });
  const maxDf = maxDocumentFrequency(articles.length);
  const byPerson = invert(articles.map((a) => a.people), maxDf);
  const byTopic = invert(articles.map((a) => a.topics), maxDf);
  const times = articles.map((a) => (a.updated ? Date.parse(a.updated) : null));

  // One score slot per story, reused for every article: only the slots an article touched are read
  // and reset, so each article costs its candidates, not the collection (a Map per article was the
  // slowest part of the link stage at 10,000 stories).
  const scores = new Float64Array(articles.length);
  // Beside each score, what it rests on: shared terms, and shared people plus shared topics.
  const sharedTerms = new Uint16Array(articles.length);
  const sharedThings = new Uint16Array(articles.length);
  const touched: number[] = [];
  const add = (other: number, value: number) => {
    if (scores[other] === 0) touched.push(other);
    scores[other] = scores[other]! + value;
  };

  const result = new Map<string, SuggestedStory[]>();
  articles.forEach((article, doc) => {
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
      for (const other of byPerson.get(person) ?? []) {
        add(other, WEIGHTS.person);
        sharedThings[other]!++;
      }
    }
    for (const topic of new Set(article.topics)) {
      const isSection = sectionTopics.has(topic);
      for (const other of byTopic.get(topic) ?? []) {
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
    result.set(
      article.id,
      chosen.map(([other, score]) => {
        const a = articles[other]!;
        return { id: a.id, headline: a.headline, updated: a.updated, section: a.section, score: round(score) };
      }),
    );
  });
  return result;
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

function buildVectors(articles: SuggestInput[]): Array<Map<string, number>> {
  const counts = articles.map((a) => {
    const tf = new Map<string, number>();
    for (const term of terms(a.text)) tf.set(term, (tf.get(term) ?? 0) + 1);
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of counts) for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = articles.length;
  const maxDf = maxDocumentFrequency(n);
  return counts.map((tf) => {
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
  });
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

function invert(lists: string[][], maxDf: number): Map<string, number[]> {
  const index = new Map<string, number[]>();
  lists.forEach((list, doc) => {
    for (const key of list) {
      let docs = index.get(key);
      if (!docs) index.set(key, (docs = []));
      docs.push(doc);
    }
  });
  for (const [key, docs] of index) if (docs.length > maxDf) index.delete(key);
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
