/**
 * Slugs: the ids in every address and data file name (`/topics/<id>`, `data/people/<id>.json`). Shared by
 * the pipeline, which makes them, and the app, which checks an address before it asks for a file.
 *
 * Any script's letters are kept (a folder named in Cyrillic, Greek, Chinese or Arabic names its own topic
 * instead of all of them collapsing into one): lower-case letters, marks and digits in runs joined by single
 * hyphens. Latin text folds to ASCII as before (`Café` → `cafe`, `Søren` → `soren`). A link percent-encodes
 * the non-ASCII ones (the browser does it for `href` and `fetch`); servers decode before they look for the file.
 */

/** One slug character: a lower-case or uncased letter, a combining mark or a digit, of any script. */
const SLUG_CHAR = String.raw`[\p{Ll}\p{Lm}\p{Lo}\p{M}\p{Nd}]`;
export const SLUG_PATTERN = new RegExp(`^${SLUG_CHAR}+(?:-${SLUG_CHAR}+)*$`, 'u');
const NOT_SLUG_CHARS = new RegExp(`(?:(?!${SLUG_CHAR}).)+`, 'gsu');

export const isSlug = (id: string | undefined): id is string => id !== undefined && SLUG_PATTERN.test(id);

/** Latin letters that do not decompose into a base letter and an accent. */
const LATIN_LETTERS: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/**
 * Lower case, Latin accents and ligatures folded to ASCII, NFC. Accents are removed only from Latin letters:
 * in Cyrillic `й` is not `и`, so other scripts keep their marks.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/([a-z])[\u0300-\u036f]+/g, '$1')
    .replace(/[øæœßłđðþı]/g, (c) => LATIN_LETTERS[c] ?? c)
    .normalize('NFC');
}

/** `text` folded, with every run of other characters (spaces, punctuation, symbols) as one `joiner`. */
export function foldWords(text: string, joiner: string): string {
  return foldText(text).replace(NOT_SLUG_CHARS, joiner);
}

/** A slug of at most `maxLength` code points, cut at a hyphen when one is near the end. */
export function slugify(text: string, maxLength = 60): string {
  // Apostrophes vanish rather than split a word: `owner's` → `owners`.
  const slug = foldWords(text.replace(/['’‘]/g, ''), '-').replace(/^-+|-+$/g, '');
  const points = Array.from(slug);
  if (points.length <= maxLength) return slug;
  const cut = points.slice(0, maxLength).join('');
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > cut.length / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/g, '');
}
