/**
 * How people are filed and found by name, shared by the pipeline (which writes the A–Z pages and the
 * name-lookup shards of the people index) and the app (which picks the shard to read for what the reader
 * types). Both sides must cut names the same way, so the rules live here once.
 */

/** Letters that carry no combining mark, so NFD alone does not reduce them to a Latin base letter. */
const UNDECOMPOSED: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ð: 'd', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ı: 'i' };

/** Lower-case, accents removed: "Zoë" is found by "zoe" and filed under Z, "Łukasz" under L. */
export const foldName = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en-GB')
    .replace(/[łøđðßæœþı]/g, (c) => UNDECOMPOSED[c] ?? c);

export const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '#'] as const;

/** The index letter for a name: its first letter A–Z, or `#` for anything else (digits, other scripts). */
export function letterOf(name: string): string {
  const first = foldName(name.trim()).charAt(0).toUpperCase();
  return first >= 'A' && first <= 'Z' ? first : '#';
}

/** A letter as it appears in file names and URLs: `a`…`z`, and `other` for `#`. */
export const letterKey = (letter: string) => (letter === '#' ? 'other' : letter.toLowerCase());

/** The letter a key names, or null for anything that is not a letter key. */
export function letterFromKey(key: string | null): string | null {
  if (key === 'other') return '#';
  return key && /^[a-z]$/.test(key) ? key.toUpperCase() : null;
}

const PUNCTUATION = /[^\p{L}\p{N}]+/gu;

/**
 * The words a reader may type the start of: folded, split at spaces, hyphens and slashes, punctuation
 * dropped. "O'Brien" gives `obrien` and also `brien` (the part after the apostrophe), so either finds it.
 */
export function nameWords(name: string): string[] {
  const words = new Set<string>();
  for (const token of foldName(name).split(/[\s\-‐‑–—/]+/)) {
    const joined = token.replace(PUNCTUATION, '');
    if (joined) words.add(joined);
    for (const part of token.split(PUNCTUATION)) if (part && part !== joined) words.add(part);
  }
  return [...words];
}

/** What the reader typed, cut into words the way names are (but without the extra parts). */
export function queryWords(query: string): string[] {
  return foldName(query)
    .split(/[\s\-‐‑–—/]+/)
    .map((token) => token.replace(PUNCTUATION, ''))
    .filter(Boolean);
}

/** Words shorter than this do not choose a lookup shard: "a" would need everyone. */
export const FIND_MIN_LENGTH = 2;

/**
 * The lookup shard that holds every person with a name word starting like `word`: its first two
 * letters when they are plain a–z or digits, `other` for anything else; null when the word is too short.
 */
export function findKey(word: string): string | null {
  if (word.length < FIND_MIN_LENGTH) return null;
  const head = word.slice(0, FIND_MIN_LENGTH);
  return /^[a-z0-9]+$/.test(head) ? head : 'other';
}

/**
 * Titles the pipeline puts in front of surnames in aliases ("Mr Blair"-style). They choose no shard: a
 * shard of everyone called "Mr …" would be a large part of the index, and the surname finds them anyway.
 */
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'lord', 'lady', 'dame', 'prof', 'rev']);

/** The lookup shards a person is filed under: every name word, and every alias word but titles. */
export function findKeysOf(person: { name: string; aliases: readonly string[] }): string[] {
  const words = [...nameWords(person.name), ...person.aliases.flatMap(nameWords).filter((w) => !TITLES.has(w))];
  return [...new Set(words.flatMap((word) => findKey(word) ?? []))];
}

/**
 * The shard to read for a query: that of the first typed word long enough to choose one, titles skipped
 * when another word is there ("mr bl" reads `bl`); null when nothing typed can choose one (keep typing).
 */
export function findKeyForQuery(query: string): string | null {
  const words = queryWords(query).filter((w) => findKey(w));
  const word = words.find((w) => !TITLES.has(w)) ?? words[0];
  return word ? findKey(word) : null;
}

/**
 * True when every word of the query starts a word of the name or of an alias ("mr bl" finds the alias
 * "Mr Blair", "zoe" finds "Zoë Hart"). An empty query matches everyone.
 */
export function matchesName(person: { name: string; aliases: readonly string[] }, query: string): boolean {
  const wanted = queryWords(query);
  if (wanted.length === 0) return true;
  const words = [person.name, ...person.aliases].flatMap(nameWords);
  return wanted.every((w) => words.some((word) => word.startsWith(w)));
}
