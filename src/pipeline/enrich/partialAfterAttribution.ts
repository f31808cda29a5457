/**
 * `"…," Jo Roe said. Instead, "he just waits."`, `"…," Roe added. But that is not the same as "…"`: a partial
 * quotation in the sentence right after the last quotation's own attribution (same paragraph) goes on with that
 * speaker's words when the sentence around it is bare narration: it names no one (no capital after its first
 * word, and that first word a common word that is no one's name), holds no verb of saying and has no subject
 * pronoun of its own, so nothing in it could introduce another speaker.
 */
import { ATTRIBUTION_VERBS, SPEECH_VERBS } from './lexicon.ts';
import { MASK } from './sentences.ts';
import { isEnglishWord, isPersonalName, isProperNoun } from './wordList.ts';

const SUBJECT_PRONOUN = /\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Yy]ou)\b/;

/** Whether the words of a sentence around a partial quotation (`lead` before it, `rest` after it) are bare narration. */
export function bareNarrationAround(lead: string, rest: string): boolean {
  const words = `${lead} ${rest}`;
  // (The first quotation of its sentence: no other quotation's marks or masked words before it.)
  if (/["\u201c\u201d]|''/.test(lead) || lead.includes(MASK) || rest.includes(MASK) || /["\u201c]/.test(rest)) return false;
  if (SUBJECT_PRONOUN.test(words)) return false;
  const tokens = [...words.matchAll(/\p{L}[\p{L}'\u2019-]*/gu)].map((m) => m[0]);
  if (tokens.length === 0 || tokens.length > 12) return false;
  if (tokens.some((t) => SPEECH_VERBS.has(t.toLowerCase()) || ATTRIBUTION_VERBS.has(t.toLowerCase()))) return false;
  const [first, ...others] = tokens;
  if (others.some((t) => /^\p{Lu}/u.test(t))) return false;
  // (A capitalised first word is a common word and no one's name: "Instead", "But", not "Bracken".)
  return !/^\p{Lu}/u.test(first!) || (isEnglishWord(first!.toLowerCase()) && !isPersonalName(first!) && !isProperNoun(first!));
}
