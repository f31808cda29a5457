/**
 * A person the article names only by a surname ("Tolland said he would stay"). Such a lone word is a
 * person only when the text ties it to one, because bodies are named by one word just as often
 * ("Deloitte said", "Arsenal, who …"). Ties that only a person takes:
 * - the subject of a speech or thought verb whose clause goes on with "he" or "she":
 *   `Tolland claims he …`, `Tolland said that she …`;
 * - a relative of theirs: `Tolland's wife`, `Tolland's son`;
 * - a role noun before it, across a first name a source left in lower case: `coach jo Tolland`
 *   (the role alone, `coach Tolland`, is already read where the word is found).
 * A word the same text writes in lower case, a place, a known body, a plural or a word beside a number
 * ("50 Cent") is never confirmed.
 */
import { ATTRIBUTION_VERBS, FIRST_PERSON_SINGULAR, GROUP_NOUNS, ORG_WORDS, ROLE_NOUNS, isDemonym } from './lexicon.ts';
import { firstNameGender, isKnownOrganisation, isKnownPlace } from './nameLexicon.ts';
import type { NameCandidate } from './names.ts';
import { isEnglishWord } from './wordList.ts';
import { escapeRegExp } from '../../content/escapeRegExp.ts';

/** Verbs of thinking that take a "he said"-like clause but are not in the attribution list. */
const THOUGHT_VERBS = new Set(['thinks', 'thought', 'feels', 'felt', 'knows', 'knew', 'hopes', 'hoped', 'expects', 'expected', 'fears', 'feared']);
const FAMILY = /^(?:wife|husband|son|daughter|father|mother|brother|sister|girlfriend|boyfriend|fiancee|fiancée|widow|parents|children|family)$/;

/** True when the text ties the lone word to a person (see the file comment). */
export function tiedToPerson(text: string, word: string): boolean {
  const w = escapeRegExp(word);
  const verbClause = new RegExp(`(?<![\\p{L}-])${w}\\s+(?:(?:has|had|also|now|then|[a-z]+ly)\\s+)?([a-z]+)\\s+(?:that\\s+)?(?:he|she)\\b`, 'gu');
  for (const m of text.matchAll(verbClause)) {
    const verb = m[1]!;
    if (ATTRIBUTION_VERBS.has(verb) || THOUGHT_VERBS.has(verb)) return true;
  }
  const possessive = new RegExp(`(?<![\\p{L}-])${w}['\u2019]s\\s+([a-z]+)`, 'gu');
  for (const m of text.matchAll(possessive)) if (FAMILY.test(m[1]!)) return true;
  // `Mido said: "I am sorry …"`, `"… I was wrong," Mido said`: a lone word speaking in the first person
  // singular right beside its quotation is a person (a mononym); a body speaks as "we".
  const speaksFirst = new RegExp(`(?<![\\p{L}-]|\\bof\\s|\\b[Tt]he\\s)${w}\\s+(?:said|says|told\\s+[^"\u201c.]{1,40}?|added)[:,]?\\s+["\u201c]([^"\u201d]{1,300})`, 'gu');
  for (const m of text.matchAll(speaksFirst)) if (FIRST_PERSON_SINGULAR.test(m[1]!)) return true;
  const speaksBefore = new RegExp(`["\u201c]([^"\u201c\u201d]{1,300}),["\u201d]\\s+(?:said\\s+${w}|${w}\\s+(?:said|says|added))(?![\\p{L}-])`, 'gu');
  for (const m of text.matchAll(speaksBefore)) if (FIRST_PERSON_SINGULAR.test(m[1]!)) return true;
  const roleAcrossFirstName = new RegExp(`\\b([a-z]+)\\s+([a-z]+)\\s+${w}(?![\\p{L}-])`, 'gu');
  for (const m of text.matchAll(roleAcrossFirstName)) {
    const first = m[2]!;
    if (ROLE_NOUNS.has(m[1]!) && firstNameGender(first[0]!.toUpperCase() + first.slice(1)) !== undefined) return true;
  }
  return false;
}

/** A lone word that could never be a person's surname here, whatever the text says around it. */
function neverAPerson(word: string, text: string): boolean {
  const lower = word.toLowerCase();
  if (/^\p{Lu}+$/u.test(word) || ORG_WORDS.has(word) || GROUP_NOUNS.has(lower) || isDemonym(word)) return true;
  // "Prosecutors said he …": the plural of a dictionary noun opening a sentence.
  if (/[^s]s$/.test(lower) && (ROLE_NOUNS.has(lower.slice(0, -1)) || isEnglishWord(lower.slice(0, -1)))) return true;
  if (isKnownPlace(word) || isKnownOrganisation(word)) return true;
  // "50 Cent", "Blink 182": a number beside the word makes it part of a stage name or a title.
  if (new RegExp(`\\d\\s+${escapeRegExp(word)}(?![\\p{L}-])|(?<![\\p{L}-])${escapeRegExp(word)}\\s+\\d`, 'u').test(text)) return true;
  return new RegExp(`(?<![\\p{L}-])${escapeRegExp(lower)}(?![\\p{L}-])`, 'u').test(text);
}

/**
 * Marks as certain the lone, untitled candidates whose word the text ties to a person, so that
 * people.ts makes them a person even with no full name in the article. Changes `people` in place.
 */
export function confirmLoneNames(text: string, people: NameCandidate[], fullNameWords: ReadonlySet<string>): void {
  const verdicts = new Map<string, boolean>();
  for (const c of people) {
    if (c.certain || c.tokens.length !== 1 || c.honorific !== null || c.style !== null || c.listed) continue;
    const word = c.tokens[0]!;
    // Someone's full name holds the word: people.ts joins it to that person already.
    if (fullNameWords.has(word)) continue;
    let verdict = verdicts.get(word);
    if (verdict === undefined) {
      verdict = !neverAPerson(word, text) && tiedToPerson(text, word);
      verdicts.set(word, verdict);
    }
    if (verdict) c.certain = true;
  }
}
