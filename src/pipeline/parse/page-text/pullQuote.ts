/**
 * Pull quotes: a line of quoted words (printed without quotation marks) followed by a line that is only the
 * speaker's name (perhaps with a short description after a comma) — usually on the very next line. With a blank line between, the words must not end like a
 * finished sentence, so a paragraph followed by a name-like crosshead is not mistaken for one.
 */
import type { PullQuoteBlock } from '../../../content/schema.ts';
import type { Item } from './items.ts';
import { endsLikeSentence, isPersonName, unwrapDoubleQuotes, wordCount } from './textShapes.ts';

const MIN_WORDS = 3;
const MAX_SPEAKER_LINE_WORDS = 12;

/**
 * The speaker line: only a name (`Marta Kellgren`), or a name then a short description after a comma
 * (`Marta Kellgren, council leader`). A description naming the BBC is a correspondent's box, not a speaker.
 */
export function speakerName(text: string): string | null {
  if (isPersonName(text)) return text;
  const comma = text.indexOf(',');
  if (comma < 0 || wordCount(text) > MAX_SPEAKER_LINE_WORDS || endsLikeSentence(text) || /\bBBC\b/.test(text)) return null;
  const name = text.slice(0, comma).trim();
  return isPersonName(name) ? name : null;
}
const MAX_WORDS = 80;

export function matchPullQuote(items: readonly Item[], index: number, end: number): PullQuoteBlock | null {
  const words = index < end ? items[index] : undefined;
  const name = index + 1 < end ? items[index + 1] : undefined;
  if (!words || !name || isPersonName(words.text)) return null;
  const speaker = speakerName(name.text);
  if (speaker === null) return null;
  const count = wordCount(words.text);
  if (count < MIN_WORDS || count > MAX_WORDS) return null;
  const unquoted = unwrapDoubleQuotes(words.text);
  if (name.gapBefore > 0 && unquoted === null && endsLikeSentence(words.text)) return null;
  return {
    type: 'pullquote',
    text: unquoted ?? words.text,
    speaker: { name: speaker, personId: null, type: 'person' },
  };
}
