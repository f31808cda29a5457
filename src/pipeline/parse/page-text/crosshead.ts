/**
 * Crossheads: short headings between paragraphs — a few words, no final punctuation (a short question is
 * allowed), starting with a capital or a quotation mark. In single quotes they quote a speaker
 * (`'Explore links'`) and are kept with `quoted: true` and the marks removed.
 */
import type { CrossheadBlock } from '../../../content/schema.ts';
import { containsDoubleQuote, endsWithPunctuation, finalMark, unwrapDoubleQuotes, unwrapSingleQuotes, wordCount } from './textShapes.ts';

export const MAX_CROSSHEAD_WORDS = 8;
const MAX_CROSSHEAD_LENGTH = 70;

export function asCrosshead(text: string): CrossheadBlock | null {
  if (text.length > MAX_CROSSHEAD_LENGTH + 2) return null;
  const single = unwrapSingleQuotes(text);
  const double = single === null ? unwrapDoubleQuotes(text) : null;
  const inner = single ?? double ?? text;
  const quoted = single !== null || double !== null;
  if (inner.length > MAX_CROSSHEAD_LENGTH || wordCount(inner) > MAX_CROSSHEAD_WORDS) return null;
  if (!/^[\p{Lu}\p{N}]/u.test(inner)) return null;
  // Unbalanced quotation marks mean a quotation paragraph cut short, not a heading.
  if (!quoted && containsDoubleQuote(inner)) return null;
  const question = finalMark(inner) === '?';
  if (endsWithPunctuation(inner) && !(question && wordCount(inner) <= 6)) return null;
  return quoted ? { type: 'crosshead', text: inner, quoted: true } : { type: 'crosshead', text: inner };
}
