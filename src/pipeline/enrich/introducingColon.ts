/**
 * A sentence of narration that ends with a colon and introduces the quotation after it (speakers.ts,
 * narrationEvent): "Jo Roe echoed:", and, as US news writes before a statement or a long passage quoted in a
 * paragraph of its own, "As the Courier's Jo Roe reported after the vote in Lowell:", "Governor Jo Roe released
 * the following statement:", "as Jo Roe observed, the winner was the stage itself:".
 */
import { ATTRIBUTION_VERBS } from './lexicon.ts';

/** Verbs that put out a document: "released the following statement:", "posted this message:". */
const PUT_OUT = /^(?:released|issued|posted|published|sent|tweeted|put)$/;
const DOCUMENT_AFTER = /^\s+(?:out\s+)?(?:the|a|an|this|his|her|their)\s+(?:following\s+)?(?:[a-z-]+\s+)?(?:statement|tweet|message|letter|note|post|response)\b[^.!?"\u201c\u201d:]{0,60}:\s*$/;

/**
 * Whether the word `word` at `index` of `text` (the sentence, up to its end) is a verb whose sentence ends in
 * a colon that introduces what follows: a verb of saying with at most a clause (no stop, quotation or other
 * colon) after it, or a verb that puts out a statement.
 */
export function introducesWithColon(text: string, index: number, word: string): boolean {
  const rest = text.slice(index + word.length);
  if (ATTRIBUTION_VERBS.has(word) || word === 'reported' || word === 'reports') return /^[^.!?"\u201c\u201d:]{0,120}:\s*$/.test(rest);
  return PUT_OUT.test(word) && DOCUMENT_AFTER.test(rest);
}

/** Whether a sentence of narration introduces the next quotation with a colon (any of its words does, above). */
export function endsWithIntroducingColon(sentence: string): boolean {
  if (!/:\s*$/.test(sentence)) return false;
  for (const m of sentence.matchAll(/[a-z]+/g)) if (introducesWithColon(sentence, m.index, m[0])) return true;
  return false;
}
