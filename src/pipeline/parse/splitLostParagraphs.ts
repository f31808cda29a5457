/**
 * Plain articles sometimes lost their paragraph breaks, so one line can hold several paragraphs. The only
 * boundary we trust is a new quotation opening right after a finished sentence: `. "We`, `." "We`, `?" "We`.
 * A linear scan, no regex, so any line length is safe.
 */

const SENTENCE_END = new Set(['.', '?', '!']);
const CLOSING_QUOTES = new Set(['"', '\u201d', "'", '\u2019']);
const OPENING_DOUBLE_QUOTES = new Set(['"', '\u201c']);

function isLetterOrDigit(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

/** True when the sentence that ends before the white space at `spaceIndex` is finished. */
function sentenceEndsBefore(text: string, spaceIndex: number): boolean {
  let i = spaceIndex;
  // A run of spaces (double spacing after a full stop) counts as one; the scan back is bounded by it.
  while (i > 0 && /\s/.test(text[i - 1] ?? '')) i--;
  const before = text[i - 1];
  if (before !== undefined && SENTENCE_END.has(before)) return true;
  // `." "We`: a closing quotation mark right after the sentence's final punctuation.
  const beforeThat = text[i - 2];
  return before !== undefined && CLOSING_QUOTES.has(before) && beforeThat !== undefined && SENTENCE_END.has(beforeThat);
}

/** Start offsets of each paragraph hidden in `text` (always includes 0). */
export function lostParagraphStarts(text: string): number[] {
  const starts = [0];
  for (let i = 1; i < text.length; i++) {
    const char = text[i] ?? '';
    if (!OPENING_DOUBLE_QUOTES.has(char)) continue;
    if (!/\s/.test(text[i - 1] ?? '') || !isLetterOrDigit(text[i + 1])) continue;
    if (sentenceEndsBefore(text, i - 1)) starts.push(i);
  }
  return starts;
}

/** Split one line into its paragraphs, each trimmed and otherwise exactly as written. */
export function splitLostParagraphs(text: string): string[] {
  const starts = lostParagraphStarts(text);
  const pieces: string[] = [];
  for (let k = 0; k < starts.length; k++) {
    const piece = text.slice(starts[k], starts[k + 1] ?? text.length).trim();
    if (piece !== '') pieces.push(piece);
  }
  return pieces;
}
