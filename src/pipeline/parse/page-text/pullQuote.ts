/**
 * Pull quotes: a line of quoted words (printed without quotation marks) followed by a line that is only the
 * speaker's name — usually on the very next line. With a blank line between, the words must not end like a
 * finished sentence, so a paragraph followed by a name-like crosshead is not mistaken for one.
 */
import type { PullQuoteBlock } from '../../../content/schema.ts';
import type { Item } from './items.ts';
import { endsLikeSentence, isPersonName, unwrapDoubleQuotes, wordCount } from './textShapes.ts';

const MIN_WORDS = 3;
const MAX_WORDS = 80;

export function matchPullQuote(items: readonly Item[], index: number, end: number): PullQuoteBlock | null {
  const words = index < end ? items[index] : undefined;
  const name = index + 1 < end ? items[index + 1] : undefined;
  if (!words || !name || !isPersonName(name.text) || isPersonName(words.text)) return null;
  const count = wordCount(words.text);
  if (count < MIN_WORDS || count > MAX_WORDS) return null;
  const unquoted = unwrapDoubleQuotes(words.text);
  if (name.gapBefore > 0 && unquoted === null && endsLikeSentence(words.text)) return null;
  return {
    type: 'pullquote',
    text: unquoted ?? words.text,
    speaker: { name: name.text, personId: null, type: 'person' },
  };
}
