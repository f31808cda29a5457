/**
 * Scoring predicted quotes, speakers and people against gold annotations. Pure: run.ts does the
 * file handling. Quotes are matched by normalised text, in order; people by names and mentions.
 */

export interface GoldQuote {
  text: string;
  kind: 'speech' | 'other';
  speaker: string | null;
  speakerType: 'person' | 'organisation' | 'group' | 'unknown';
}

export interface GoldPerson {
  name: string;
  mentions: string[];
}

export interface PredictedQuote {
  text: string;
  speaker: { name: string | null; type: string };
}

export interface PredictedPerson {
  name: string;
  mentions: string[];
}

export interface ArticleScore {
  id: string;
  goldQuotes: number;
  predictedQuotes: number;
  matchedQuotes: number;
  attributionCorrect: number;
  goldPeople: number;
  predictedPeople: number;
  matchedGoldPeople: number;
  matchedPredictedPeople: number;
  errors: string[];
}

export function normaliseText(text: string): string {
  return text
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^[\s,.;:!?'"-]+|[\s,.;:!?'"-]+$/g, '')
    .toLowerCase();
}

export function normaliseName(name: string): string {
  return name
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/^the\s+/i, '')
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Pairs gold and predicted quotes with equal normalised text, keeping reading order (greedy). */
export function matchQuotes(gold: readonly string[], predicted: readonly string[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  const used = new Set<number>();
  let from = 0;
  gold.forEach((g, gi) => {
    const key = normaliseText(g);
    let found = -1;
    for (let pi = from; pi < predicted.length && found < 0; pi++) if (!used.has(pi) && normaliseText(predicted[pi]!) === key) found = pi;
    for (let pi = 0; pi < from && found < 0; pi++) if (!used.has(pi) && normaliseText(predicted[pi]!) === key) found = pi;
    if (found >= 0) {
      used.add(found);
      pairs.push([gi, found]);
      from = found + 1;
    }
  });
  return pairs;
}

function speakerMatches(gold: GoldQuote, predicted: PredictedQuote, goldPeople: readonly GoldPerson[]): boolean {
  if (gold.speakerType === 'unknown') return predicted.speaker.type === 'unknown';
  if (predicted.speaker.type !== gold.speakerType || !predicted.speaker.name || !gold.speaker) return false;
  const name = normaliseName(predicted.speaker.name);
  if (name === normaliseName(gold.speaker)) return true;
  const person = goldPeople.find((p) => p.name === gold.speaker);
  return person !== undefined && person.mentions.some((m) => normaliseName(m) === name);
}

function personMatches(gold: GoldPerson, predicted: PredictedPerson): boolean {
  const goldNames = new Set([gold.name, ...gold.mentions].map(normaliseName));
  return [predicted.name, ...predicted.mentions].some((n) => goldNames.has(normaliseName(n)));
}

export function scoreArticle(
  id: string,
  gold: { quotes: readonly GoldQuote[]; people: readonly GoldPerson[] },
  predicted: { quotes: readonly PredictedQuote[]; people: readonly PredictedPerson[] },
): ArticleScore {
  const errors: string[] = [];
  const goldSpeech = gold.quotes.filter((q) => q.kind === 'speech');
  const pairs = matchQuotes(
    goldSpeech.map((q) => q.text),
    predicted.quotes.map((q) => q.text),
  );
  const matchedGold = new Set(pairs.map(([g]) => g));
  const matchedPredicted = new Set(pairs.map(([, p]) => p));
  goldSpeech.forEach((q, i) => {
    if (!matchedGold.has(i)) errors.push(`missed quote: "${clip(q.text)}" (${q.speaker ?? 'unknown'})`);
  });
  predicted.quotes.forEach((q, i) => {
    if (!matchedPredicted.has(i)) errors.push(`extra quote: "${clip(q.text)}" → ${q.speaker.name ?? 'unknown'}`);
  });
  let attributionCorrect = 0;
  for (const [g, p] of pairs) {
    const goldQuote = goldSpeech[g]!;
    const predictedQuote = predicted.quotes[p]!;
    if (speakerMatches(goldQuote, predictedQuote, gold.people)) attributionCorrect++;
    else
      errors.push(
        `wrong speaker: "${clip(goldQuote.text)}" → ${predictedQuote.speaker.name ?? 'null'} (${predictedQuote.speaker.type}), gold ${goldQuote.speaker ?? 'null'} (${goldQuote.speakerType})`,
      );
  }
  const goldMatched = new Set<number>();
  const predictedMatched = new Set<number>();
  gold.people.forEach((g, gi) => {
    const pi = predicted.people.findIndex((p, i) => !predictedMatched.has(i) && personMatches(g, p));
    if (pi >= 0) {
      goldMatched.add(gi);
      predictedMatched.add(pi);
    } else errors.push(`missed person: ${g.name}`);
  });
  predicted.people.forEach((p, i) => {
    if (!predictedMatched.has(i) && !gold.people.some((g) => personMatches(g, p))) errors.push(`extra person: ${p.name}`);
  });
  const extraButDuplicate = predicted.people.filter((p, i) => !predictedMatched.has(i) && gold.people.some((g) => personMatches(g, p))).length;
  if (extraButDuplicate > 0) errors.push(`split person: ${extraButDuplicate} duplicate(s) of a gold person`);
  return {
    id,
    goldQuotes: goldSpeech.length,
    predictedQuotes: predicted.quotes.length,
    matchedQuotes: pairs.length,
    attributionCorrect,
    goldPeople: gold.people.length,
    predictedPeople: predicted.people.length,
    matchedGoldPeople: goldMatched.size,
    matchedPredictedPeople: predictedMatched.size,
    errors,
  };
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export interface Totals {
  articles: number;
  quoteRecall: number;
  quotePrecision: number;
  attribution: number;
  peopleRecall: number;
  peoplePrecision: number;
  counts: { goldQuotes: number; predictedQuotes: number; matchedQuotes: number; attributionCorrect: number; goldPeople: number; predictedPeople: number; matchedGoldPeople: number; matchedPredictedPeople: number };
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

export function totals(scores: readonly ArticleScore[]): Totals {
  const sum = (key: keyof ArticleScore): number => scores.reduce((acc, s) => acc + (s[key] as number), 0);
  const counts = {
    goldQuotes: sum('goldQuotes'),
    predictedQuotes: sum('predictedQuotes'),
    matchedQuotes: sum('matchedQuotes'),
    attributionCorrect: sum('attributionCorrect'),
    goldPeople: sum('goldPeople'),
    predictedPeople: sum('predictedPeople'),
    matchedGoldPeople: sum('matchedGoldPeople'),
    matchedPredictedPeople: sum('matchedPredictedPeople'),
  };
  return {
    articles: scores.length,
    quoteRecall: ratio(counts.matchedQuotes, counts.goldQuotes),
    quotePrecision: ratio(counts.matchedQuotes, counts.predictedQuotes),
    attribution: ratio(counts.attributionCorrect, counts.matchedQuotes),
    peopleRecall: ratio(counts.matchedGoldPeople, counts.goldPeople),
    peoplePrecision: ratio(counts.matchedPredictedPeople, counts.predictedPeople),
    counts,
  };
}
