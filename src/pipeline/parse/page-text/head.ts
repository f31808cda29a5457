/**
 * What sits between the headline and the first paragraph: nothing, a media caption (a short line with no
 * final full stop, e.g. a video title), or an image alt text + caption pair (alt is often a name).
 *
 * Rules, on the first items after the headline (h0, h1, h2):
 * - h0 ends like a sentence or is long → no caption; h0 is the intro.
 * - h0 is short, unpunctuated, and something follows it → h0 is a caption, unless it opens a pair:
 *   - h1 is also short and unpunctuated (and a paragraph follows) → alt = h0, caption = h1;
 *   - h0 is a person's name, h1 is a short caption sentence directly under it (no blank line) and a
 *     paragraph follows → alt = h0, caption = h1 (the caption may end with a full stop);
 *   - h0 is a few words, h1 a very short sentence directly under it (intros are longer) → alt + caption.
 */
import type { Item } from './items.ts';
import { endsLikeSentence, endsWithPunctuation, isPersonName, wordCount } from './textShapes.ts';

const MAX_CAPTION_WORDS = 20;
const MAX_CAPTION_SENTENCE_WORDS = 30;
const MAX_ALT_WORDS = 10;
/** An intro is hardly ever this short; a caption sentence often is. */
const MAX_SHORT_CAPTION_SENTENCE_WORDS = 12;
const MAX_SHORT_ALT_WORDS = 6;

export interface Head {
  caption: string | null;
  imageAlt: string | null;
  /** Index of the first body item (the intro). */
  bodyStart: number;
}

function isShortUnpunctuated(text: string, maxWords: number): boolean {
  return wordCount(text) <= maxWords && !endsWithPunctuation(text);
}

/** A caption may end with `?` or `!` (a video title), never with a full stop. */
function isCaptionLine(text: string): boolean {
  return wordCount(text) <= MAX_CAPTION_WORDS && !/[.,;:]$/.test(text.replace(/["'\u201d\u2019)]+$/, ''));
}

/** `from` is the index of the first item after the headline; `end` bounds the body. */
export function readHead(items: readonly Item[], from: number, end: number): Head {
  const none: Head = { caption: null, imageAlt: null, bodyStart: from };
  const h0 = from < end ? items[from] : undefined;
  const h1 = from + 1 < end ? items[from + 1] : undefined;
  const h2 = from + 2 < end ? items[from + 2] : undefined;
  if (!h0 || !h1 || !isCaptionLine(h0.text)) return none;

  if (h2) {
    const altIsName = isPersonName(h0.text);
    const bothShort = isShortUnpunctuated(h0.text, MAX_ALT_WORDS) && isCaptionLine(h1.text);
    const nameOverSentence =
      altIsName && h1.gapBefore === 0 && wordCount(h1.text) <= MAX_CAPTION_SENTENCE_WORDS && endsLikeSentence(h1.text);
    const shortPair =
      isShortUnpunctuated(h0.text, MAX_SHORT_ALT_WORDS) &&
      h1.gapBefore === 0 &&
      wordCount(h1.text) <= MAX_SHORT_CAPTION_SENTENCE_WORDS &&
      endsLikeSentence(h1.text);
    if (bothShort || nameOverSentence || shortPair) {
      return { caption: h1.text, imageAlt: h0.text, bodyStart: from + 2 };
    }
  }
  return { caption: h0.text, imageAlt: null, bodyStart: from + 1 };
}
