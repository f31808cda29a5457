/**
 * "Crossing the Marsh director Jo Roe", "Birds in Winter star Jo Roe": a work's title with a small word
 * inside it, before the role. The walk back over the role (descriptions.ts) stops at the small word, so
 * the phrase it kept opens with the title's tail ("Marsh director", "Winter star"): that tail is no part
 * of the role, which starts at its first lower-case word, as after any name the walk cut.
 *
 * Only when a capitalised word stands right before the small word, in the middle of a sentence, and
 * names no date, place or sentence opener: "In March the Tarnco chief", "in Tarnbury the Tarnco chief"
 * and "Yesterday the Tarnco chief" keep their firm. Prepositions a club or a firm takes ("a bid from Quayside
 * for Tarnland captain X", "sold by Harbourside to Tarnland captain X": "for", "with", "at", "from", "to") are
 * not read as inside a title; "of the" is read by
 * the caller; "and" is left out ("Jo Doe and Quayside Nights star X" has the whole title in the role).
 */
import { CLAUSE_OPENERS, DATE_WORDS } from './lexicon.ts';
import { isKnownPlace } from './nameLexicon.ts';

// A word of the sentence must stand before the capitalised word: at the start of the text given (which the
// caller may have cut mid-word) nothing shows the title is mid-sentence.
const TITLE_TAIL_BEFORE = /[^.!?:;"\u201c\s]\s(\p{Lu}[\p{L}'\u2019-]*)\s(?:the|in|on|a|an)\s$/u;

/** Whether the text before a role phrase ends inside a work's title ("… Crossing the "). */
export function workTitleCutBefore(before: string): boolean {
  const m = TITLE_TAIL_BEFORE.exec(before);
  if (!m) return false;
  const word = m[1]!;
  return !CLAUSE_OPENERS.has(word) && !DATE_WORDS.has(word) && !isKnownPlace(word);
}
