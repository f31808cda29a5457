/**
 * Shape tests on single lines of page text: does it end like a sentence, is it only a person's name, is it
 * wrapped in quotation marks. All are bounded: long lines are rejected before any pattern runs.
 */

const SENTENCE_FINAL = new Set(['.', '!', '?', '\u2026']);
const TRAILING_CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']']);
const OTHER_FINAL_PUNCTUATION = new Set([',', ';', ':', '-', '\u2013', '\u2014']);

/** The last character that is not a closing quotation mark or bracket (`said." ` → `.`). */
export function finalMark(text: string): string {
  let i = text.length - 1;
  while (i >= 0 && TRAILING_CLOSERS.has(text[i] ?? '')) i--;
  return text[i] ?? '';
}

/** Ends like a sentence: `.`, `!`, `?` or an ellipsis, possibly inside closing quotes. */
export function endsLikeSentence(text: string): boolean {
  return SENTENCE_FINAL.has(finalMark(text));
}

/** Ends with any punctuation a heading would not carry (a full stop, comma, colon, …). */
export function endsWithPunctuation(text: string): boolean {
  const mark = finalMark(text);
  return SENTENCE_FINAL.has(mark) || OTHER_FINAL_PUNCTUATION.has(mark);
}

export function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (const char of text) {
    const space = char === ' ' || char === '\t' || char === '\u00a0';
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

const SINGLE_OPEN = new Set(["'", '\u2018']);
const SINGLE_CLOSE = new Set(["'", '\u2019']);
const DOUBLE_OPEN = new Set(['"', '\u201c']);
const DOUBLE_CLOSE = new Set(['"', '\u201d']);

/** `'Explore links'` → `Explore links`; null when the text is not wrapped in single quotes. */
export function unwrapSingleQuotes(text: string): string | null {
  if (text.length < 3) return null;
  if (!SINGLE_OPEN.has(text[0] ?? '') || !SINGLE_CLOSE.has(text[text.length - 1] ?? '')) return null;
  const inner = text.slice(1, -1).trim();
  return inner === '' ? null : inner;
}

/** `"Words"` or `“Words”` → `Words`; null when the text is not wrapped in double quotes. */
export function unwrapDoubleQuotes(text: string): string | null {
  if (text.length < 3) return null;
  if (!DOUBLE_OPEN.has(text[0] ?? '') || !DOUBLE_CLOSE.has(text[text.length - 1] ?? '')) return null;
  const inner = text.slice(1, -1).trim();
  return inner === '' ? null : inner;
}

export function startsWithDoubleQuote(text: string): boolean {
  return DOUBLE_OPEN.has(text[0] ?? '');
}

export function containsDoubleQuote(text: string): boolean {
  return /["\u201c\u201d]/.test(text);
}

/** Lower-case words that may sit inside a person's name (`Charles de Gaulle`, `Ursula von der Leyen`). */
const NAME_PARTICLES = new Set(['de', 'da', 'di', 'du', 'del', 'della', 'der', 'den', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'le', 'la', 'dos', 'das', 'ter', 'y']);
/** Capitalised words that start headings, not names (`The Plan`, `New Rules`). */
const NOT_NAME_STARTS = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'For', 'Of', 'Our', 'New', 'No', 'Why', 'What', 'How', 'Who', 'When', 'Where', 'Key', 'More', 'Related', 'Top', 'Most', 'BBC', 'Print', 'Sign']);
const MAX_NAME_LENGTH = 60;
/** Lower-case prefixes joined to a capitalised name: `al-Rashid`, `el-Sayed`, `d'Alembert`. */
const PREFIXED_NAME = /^(?:al|el|ad|ash|as|at|an|ar|ul|bin|d|l)['\u2019-]\p{Lu}[\p{L}'\u2019-]*$/u;

function isCapitalisedNameWord(word: string): boolean {
  // `Rasmussen`, `O'Neill`, `Al-Assad`, `McDonald`, `W`, `J.`: an upper-case letter, then letters and joiners.
  return /^\p{Lu}[\p{L}'\u2019.-]*$/u.test(word) && /\p{L}/u.test(word.slice(1) || word);
}

/** The line is only a person's name: two to five words, capitalised apart from name particles, no digits. */
export function isPersonName(text: string): boolean {
  if (text.length > MAX_NAME_LENGTH || text.length < 3) return false;
  const words = text.split(' ').filter((word) => word !== '');
  if (words.length < 2 || words.length > 5) return false;
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  if (NOT_NAME_STARTS.has(first)) return false;
  if (!isCapitalisedNameWord(first) || !isCapitalisedNameWord(last)) return false;
  if (/[.]$/.test(last) && last.length > 2) return false;
  return words.every((word) => isCapitalisedNameWord(word) || NAME_PARTICLES.has(word.toLowerCase()) || PREFIXED_NAME.test(word));
}
