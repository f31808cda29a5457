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
  /** Matched gold quotes credited to a wrong named speaker (the worst error). */
  wrongName: number;
  /** Matched gold quotes with a speaker in gold but left unknown. */
  leftUnknown: number;
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

export function speakerMatches(gold: GoldQuote, predicted: PredictedQuote, goldPeople: readonly GoldPerson[]): boolean {
  if (gold.speakerType === 'unknown') return predicted.speaker.type === 'unknown';
  if (predicted.speaker.type !== gold.speakerType || !predicted.speaker.name || !gold.speaker) return false;
  const name = normaliseName(predicted.speaker.name);
  if (name === normaliseName(gold.speaker)) return true;
  if (gold.speakerType === 'organisation') return sameOrganisation(name, normaliseName(gold.speaker));
  // "firms" / "two firms", "critics" / "some critics": a group is its head noun.
  if (gold.speakerType === 'group') return name.split(' ').at(-1) === normaliseName(gold.speaker).split(' ').at(-1);
  const person = goldPeople.find((p) => p.name === gold.speaker);
  return person !== undefined && person.mentions.some((m) => normaliseName(m) === name);
}

const ORG_GLUE = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'at', 'de']);

/**
 * One body under a short and a full name: the short one starts the full one ("Daiwa" / "Daiwa
 * Securities", "Labour" / "Labour Party") or is its initials ("FBI" / "Federal Bureau of Investigation").
 * A name that only ends another ("Sport" / "Department for Media, Culture and Sport") is not the body.
 */
export function sameOrganisation(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const s = short.split(' ');
  const l = long.split(' ');
  if (s.every((w, i) => l[i] === w)) return true;
  const initials = l.filter((w) => !ORG_GLUE.has(w)).map((w) => w[0]).join('');
  return s.length === 1 && short.length >= 2 && short === initials;
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
  let wrongName = 0;
  let leftUnknown = 0;
  for (const [g, p] of pairs) {
    const goldQuote = goldSpeech[g]!;
    const predictedQuote = predicted.quotes[p]!;
    if (speakerMatches(goldQuote, predictedQuote, gold.people)) attributionCorrect++;
    else {
      if (predictedQuote.speaker.type === 'unknown') leftUnknown++;
      else wrongName++;
      errors.push(
        `wrong speaker: "${clip(goldQuote.text)}" → ${predictedQuote.speaker.name ?? 'null'} (${predictedQuote.speaker.type}), gold ${goldQuote.speaker ?? 'null'} (${goldQuote.speakerType})`,
      );
    }
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
    wrongName,
    leftUnknown,
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
  wrongNameRate: number;
  unknownRate: number;
  peopleRecall: number;
  peoplePrecision: number;
  counts: { goldQuotes: number; predictedQuotes: number; matchedQuotes: number; attributionCorrect: number; wrongName: number; leftUnknown: number; goldPeople: number; predictedPeople: number; matchedGoldPeople: number; matchedPredictedPeople: number };
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
    wrongName: sum('wrongName'),
    leftUnknown: sum('leftUnknown'),
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
    wrongNameRate: counts.matchedQuotes === 0 ? 0 : ratio(counts.wrongName, counts.matchedQuotes),
    unknownRate: counts.matchedQuotes === 0 ? 0 : ratio(counts.leftUnknown, counts.matchedQuotes),
    peopleRecall: ratio(counts.matchedGoldPeople, counts.goldPeople),
    peoplePrecision: ratio(counts.matchedPredictedPeople, counts.predictedPeople),
    counts,
  };
}

// ---------------------------------------------------------------------------------------------
// PolNeAR (US 2016): gold direct quotes derived from attributions, speakers derived automatically.

export interface UsGoldQuote {
  text: string;
  /** `apostrophes` marks ''…'' quotes (New York Times style), counted apart from " and curly marks. */
  mark: 'straight' | 'curly' | 'apostrophes';
  sourceType: string;
  name: string | null;
  fullName: string | null;
}

export interface UsArticleScore {
  id: string;
  /** Gold quotes marked with " or curly marks, and how many of them were found. */
  directGold: number;
  directMatched: number;
  /** Gold quotes marked with two apostrophes, and how many were found. */
  apostropheGold: number;
  apostropheMatched: number;
  predictedQuotes: number;
  /** Predicted quotes equal to any quoted stretch (gold quote or a stretch outside every attribution). */
  predictedMatched: number;
  /** Over matched gold quotes whose source is a named person. */
  personMatched: number;
  personCorrect: number;
  personWrongName: number;
  personUnknown: number;
  errors: string[];
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sen', 'senator', 'rep', 'gov', 'governor', 'president', 'gen', 'lt', 'sir', 'dame', 'rev', 'judge', 'justice']);

function nameTokens(name: string): string[] {
  const tokens = normaliseName(name.replace(/['\u2019]s$/, '')).split(' ').filter(Boolean);
  while (tokens.length > 1 && HONORIFICS.has(tokens[0]!)) tokens.shift();
  // "Jr" and initials carry no identity of their own.
  return tokens.filter((t, i) => i === 0 || !/^(jr|sr|ii|iii|[a-z])$/.test(t));
}

/**
 * A predicted name names the gold person when, titles and initials aside, the surnames agree and the
 * first names do too where both are given ("Trump" and "Donald J. Trump" name Donald Trump; "Ivanka
 * Trump" does not).
 */
export function sameUsPerson(predicted: string, gold: readonly (string | null)[]): boolean {
  const p = nameTokens(predicted);
  if (p.length === 0) return false;
  return gold.some((g) => {
    if (!g) return false;
    const t = nameTokens(g);
    if (t.length === 0 || t[t.length - 1] !== p[p.length - 1]) return false;
    // A multi-word surname, or a title left in the gold source span: one name ends the other
    // ("Wasserman Schultz" in "Debbie Wasserman Schultz", "Sidney Blumenthal" in "Clinton Senior Adviser
    // Sidney Blumenthal").
    const [shorter, longer] = p.length <= t.length ? [p, t] : [t, p];
    if (shorter.length > 1 && shorter.every((token, i) => token === longer[longer.length - shorter.length + i])) return true;
    return p.length === 1 || t.length === 1 || t[0] === p[0];
  });
}

export function scoreUsArticle(
  id: string,
  gold: { quotes: readonly UsGoldQuote[]; otherStretches: readonly string[] },
  predicted: { quotes: readonly PredictedQuote[] },
): UsArticleScore {
  const errors: string[] = [];
  const pairs = matchQuotes(
    gold.quotes.map((q) => q.text),
    predicted.quotes.map((q) => q.text),
  );
  const matchedPredicted = new Set(pairs.map(([, p]) => p));
  const rest = predicted.quotes.map((q, i) => ({ q, i })).filter(({ i }) => !matchedPredicted.has(i));
  const restPairs = matchQuotes(
    gold.otherStretches,
    rest.map(({ q }) => q.text),
  );
  const score: UsArticleScore = {
    id,
    directGold: 0,
    directMatched: 0,
    apostropheGold: 0,
    apostropheMatched: 0,
    predictedQuotes: predicted.quotes.length,
    predictedMatched: pairs.length + restPairs.length,
    personMatched: 0,
    personCorrect: 0,
    personWrongName: 0,
    personUnknown: 0,
    errors,
  };
  const byGold = new Map(pairs);
  gold.quotes.forEach((q, gi) => {
    const apostrophes = q.mark === 'apostrophes';
    if (apostrophes) score.apostropheGold++;
    else score.directGold++;
    const pi = byGold.get(gi);
    if (pi === undefined) {
      errors.push(`missed quote${apostrophes ? " (two apostrophes)" : ''}: "${clip(q.text)}" (${q.name ?? q.sourceType})`);
      return;
    }
    if (apostrophes) score.apostropheMatched++;
    else score.directMatched++;
    if (q.sourceType !== 'person') return;
    score.personMatched++;
    const speaker = predicted.quotes[pi]!.speaker;
    if (speaker.type === 'person' && speaker.name && sameUsPerson(speaker.name, [q.name, q.fullName])) score.personCorrect++;
    else {
      if (speaker.type === 'unknown') score.personUnknown++;
      else score.personWrongName++;
      errors.push(`wrong speaker: "${clip(q.text)}" → ${speaker.name ?? 'null'} (${speaker.type}), gold ${q.fullName ?? q.name ?? 'null'}`);
    }
  });
  const restMatched = new Set(restPairs.map(([, p]) => p));
  rest.forEach(({ q }, ri) => {
    if (!restMatched.has(ri)) errors.push(`extra quote: "${clip(q.text)}" → ${q.speaker.name ?? 'unknown'}`);
  });
  return score;
}

export interface UsTotals {
  articles: number;
  directRecall: number;
  apostropheRecall: number;
  /** Share of predicted quotes that are some quoted stretch of the text. */
  quotePrecision: number;
  personAttribution: number;
  wrongNameRate: number;
  unknownRate: number;
  counts: Omit<UsArticleScore, 'id' | 'errors'>;
}

export function usTotals(scores: readonly UsArticleScore[]): UsTotals {
  const keys = ['directGold', 'directMatched', 'apostropheGold', 'apostropheMatched', 'predictedQuotes', 'predictedMatched', 'personMatched', 'personCorrect', 'personWrongName', 'personUnknown'] as const;
  const counts = Object.fromEntries(keys.map((k) => [k, scores.reduce((acc, s) => acc + s[k], 0)])) as UsTotals['counts'];
  const share = (a: number, b: number): number => (b === 0 ? 0 : a / b);
  return {
    articles: scores.length,
    directRecall: ratio(counts.directMatched, counts.directGold),
    apostropheRecall: ratio(counts.apostropheMatched, counts.apostropheGold),
    quotePrecision: ratio(counts.predictedMatched, counts.predictedQuotes),
    personAttribution: ratio(counts.personCorrect, counts.personMatched),
    wrongNameRate: share(counts.personWrongName, counts.personMatched),
    unknownRate: share(counts.personUnknown, counts.personMatched),
    counts,
  };
}
