/**
 * Which body spoke last before an "it said": the last place a body's name stands before a verb of saying, read
 * off the text rather than the name finder's list (which may hold only a body's first few mentions: "In a
 * statement Kestrel said …" later on is still Kestrel speaking). A name that only completes someone's role or
 * place ("founder of Ardent Media, which backs …, said") is not the verb's subject.
 */
import { escapeRegExp } from '../../content/escapeRegExp.ts';

/** A verb of saying right after a body's name; an apposition may stand between ("Kestrel Re, a leading insurer, said"). */
export const BODY_SPEAKS = /^\)?(?:,[^,.;"\u201c\u201d]{1,60},)?\s+(?:has\s+|had\s+|also\s+)?(?:said|says|warned|added|forecasts|predicted|noted|argued|reported|believes|claimed)\b/;

/**
 * "founder of ", "analyst at the ", "a spokesman for ": the name after is a complement, not a subject. (Not after a
 * capitalised word: "Ministry of " is the start of the body's own name, which the name finder may have cut.)
 */
const COMPLEMENT_BEFORE = /(?:^|[^\p{L}])\p{Ll}+\s+(?:of|at|for|from|with|by)\s+(?:the\s+)?$/u;

/** The name (of `names`) that last stands as the subject of a verb of saying in `text` before `end`, with where. */
/** `quoted` says whether an offset lies inside a quotation: a body named there is spoken of, not speaking. */
export function lastSpeakingBody(
  text: string,
  names: readonly string[],
  from: number,
  end: number,
  quoted: (at: number) => boolean = () => false,
): { name: string; at: number } | null {
  let best: { name: string; at: number } | null = null;
  for (const name of new Set(names)) {
    for (const m of text.slice(from, end).matchAll(new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'gu'))) {
      const at = from + m.index;
      if ((best && at < best.at) || quoted(at)) continue;
      if (COMPLEMENT_BEFORE.test(text.slice(Math.max(0, at - 20), at))) continue;
      if (BODY_SPEAKS.test(text.slice(at + name.length, at + name.length + 90))) best = { name, at };
    }
  }
  return best;
}
