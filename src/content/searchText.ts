/**
 * How text becomes search terms, shared by the pipeline (which writes the sharded search index) and the
 * app (which turns a query into the same terms and knows which shard files hold them). Both sides must
 * agree byte for byte, so everything here is pure and has no dependency.
 *
 * A term is a word lower-cased, with diacritics folded ("Zoë" → "zoe"), apostrophes dropped ("O'Neill" →
 * "oneill", "board's" → "board") and a light plural stemming (Harman's S-stemmer: "policies" → "policy",
 * "harbours" → "harbour"). Stop words and one-letter words are not terms.
 */

/** Letters that Unicode decomposition leaves alone, spelled out in Latin letters. */
const SPELLED: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** Lower case, diacritics removed, a few letters spelled out. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (c) => SPELLED[c] ?? c);
}

/** Words too common to say what a story is about; not indexed, and ignored in a query. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about after again all also am an and any are as at be been before being but by can could did do does ' +
    'for from had has have he her here hers him his how i if in into is it its me more most mr mrs ms my no ' +
    'nor not of off on once only or other our out over own same she should so some such than that the their ' +
    'them then there these they this those through to too under until up very was we were what when where ' +
    'which while who whom why will with would you your'
  ).split(' '),
);

/** A word as it appears in text: letters and digits, with apostrophes inside (O'Neill, board's). */
const WORD = /[\p{L}\p{N}]+(?:['’‘][\p{L}\p{N}]+)*/gu;

/** Harman's S-stemmer: plural endings only, so a stem stays a prefix of what the reader types. */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && !word.endsWith('eies') && !word.endsWith('aies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('es') && !word.endsWith('aes') && !word.endsWith('ees') && !word.endsWith('oes')) return word.slice(0, -1);
  if (word.endsWith('s') && !word.endsWith('us') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** A folded word (see `words`) as a term, or null when it is not one (stop word, one letter). */
export function termOf(folded: string): string | null {
  if (STOP_WORDS.has(folded)) return null;
  const term = stem(folded);
  return term.length >= 2 ? term : null;
}

/** One word of a text: where it is (UTF-16 offsets into the original text) and its folded form. */
export interface TextWord {
  start: number;
  end: number;
  /** Folded, possessive "'s" and apostrophes removed; not stemmed. */
  folded: string;
}

/** The words of a text, in order, with offsets into the original (for highlighting). */
export function words(text: string): TextWord[] {
  const out: TextWord[] = [];
  for (const match of text.matchAll(WORD)) {
    const folded = foldForSearch(match[0])
      .replace(/['’‘]s$/, '')
      .replace(/['’‘]/g, '');
    if (folded) out.push({ start: match.index, end: match.index + match[0].length, folded });
  }
  return out;
}

/** The terms of a text, in order, repeats kept. */
export function tokenize(text: string): string[] {
  const terms: string[] = [];
  for (const word of words(text)) {
    const term = termOf(word.folded);
    if (term) terms.push(term);
  }
  return terms;
}

export interface ParsedQuery {
  /** Whole words: a story must hold the term itself. Unique, in query order. */
  terms: string[];
  /**
   * The word being typed (the query does not end in a space): any term beginning with it matches. At
   * least two letters; may be a stop word's beginning ("th" → "thatcher").
   */
  prefix: string | null;
}

/** A query as terms. A last word still being typed is a prefix; every other word must match whole. */
export function parseQuery(query: string): ParsedQuery {
  const all = words(query);
  const typing = all.length > 0 && !/\s$/.test(query) && all[all.length - 1]!.end === query.length;
  const last = typing ? all.pop()! : null;
  const terms = [...new Set(all.map((w) => termOf(w.folded)).filter((t): t is string => t !== null))];
  let prefix: string | null = null;
  if (last) {
    // A finished word's plural still finds its singular ("harbours" → "harbour*").
    const candidate = STOP_WORDS.has(last.folded) ? last.folded : stem(last.folded);
    if (candidate.length >= 2) prefix = candidate;
  }
  if (prefix && terms.includes(prefix)) prefix = null;
  return { terms, prefix };
}

/** Shortest shard key: every term shard covers the terms beginning with at least these many letters. */
export const SHARD_KEY_MIN = 2;

// fileKey lives in its own module: the data paths need it on every page, the rest of this file only search.
export { fileKey } from './fileKey';

/** The first `length` characters (code points) of a term: the term's shard at that depth. */
export function keyPrefix(term: string, length: number): string {
  return [...term].slice(0, length).join('');
}

/** Whether a term has at least `length` characters (code points). */
export function termLength(term: string): number {
  return [...term].length;
}
