/**
 * "Tarnby sporting director Jo Roe", "the visiting professor Jo Roe": a word in -ing right before a role
 * noun qualifies the noun when what comes before it can only open a noun phrase (a determiner, an opening
 * bracket, the sentence's start, a speech verb; a capitalised body or owner when the word is also an
 * adjective). After a verb, a preposition or
 * a subject ("after beating keeper Jo Roe", "was facing striker Jo Roe") it is the verb, and the role is
 * the noun alone.
 */
import { ROLE_NOUNS, SPEECH_VERBS } from './lexicon.ts';
import { isNominal } from './nameLexicon.ts';

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);
/** The word (or bracket) right before a position, with what lies between. */
const TOKEN_BEFORE = /(\p{L}[\p{L}\p{N}'\u2019.-]*|[(\u2013\u2014:;"\u201c])\s*$/u;

/** Whether `word` (an -ing word starting at `wordStart` in `text`) qualifies the role noun `head` after it. */
export function participleBeforeRole(text: string, wordStart: number, word: string, head: string): boolean {
  if (!/^[a-z]{4,}ing$/.test(word) || !ROLE_NOUNS.has(head.trim())) return false;
  const before = text.slice(Math.max(0, wordStart - 40), wordStart);
  // The sentence's (or the paragraph's) start.
  if (/(?:^|[.!?]["\u201d]?\s+|\n\s*)$/.test(before)) return true;
  const token = TOKEN_BEFORE.exec(before)?.[1];
  if (token === undefined) return false;
  if (/^[(\u2013\u2014:;"\u201c]$/.test(token)) return true;
  if (DETERMINERS.has(token.toLowerCase())) return true;
  // "said housing minister Jo Roe": right after a speech verb the role's subject follows, never a second verb.
  if (/^\p{Ll}/u.test(token) && SPEECH_VERBS.has(token)) return true;
  // After a capitalised word (a club, a firm, an owner's possessive) only a word the lexicon also knows as an
  // adjective ("sporting", "presiding"): "the All Blacks including captain Jo Roe", "Reporters covering singer
  // Jo Roe" are a subject and its verb.
  return /^\p{Lu}/u.test(token) && !/^(?:I|He|She|They|We|It)$/.test(token) && isNominal(word);
}
