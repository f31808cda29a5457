/**
 * A person the article names only by a surname ("Tolland said he would stay"). Such a lone word is a
 * person only when the text ties it to one, because bodies are named by one word just as often
 * ("Deloitte said", "Arsenal, who …"). Ties that only a person takes:
 * - the subject of a speech or thought verb whose clause goes on with "he" or "she":
 *   `Tolland claims he …`, `Tolland said that she …`;
 * - a relative of theirs: `Tolland's wife`, `Tolland's son`;
 * - speaking in the first person singular beside its quotation: `Tolland said: "I …"`, `Tolland shrugged it
 *   off, adding: "I …"`;
 * - a role noun before it, across a first name a source left in lower case: `coach jo Tolland`
 *   (the role alone, `coach Tolland`, is already read where the word is found).
 * A word the same text writes in lower case, a place, a known body, a plural or a word beside a number
 * ("50 Cent") is never confirmed.
 */
import { ATTRIBUTION_VERBS, FIRST_PERSON_SINGULAR, GROUP_NOUNS, ORG_WORDS, ROLE_NOUNS, isDemonym } from './lexicon.ts';
import { firstNameGender, isKnownOrganisation, isKnownPlace } from './nameLexicon.ts';
import type { NameCandidate } from './names.ts';
import { isEnglishWord } from './wordList.ts';

/** Verbs of thinking that take a "he said"-like clause but are not in the attribution list. */
const THOUGHT_VERBS = new Set(['thinks', 'thought', 'feels', 'felt', 'knows', 'knew', 'hopes', 'hoped', 'expects', 'expected', 'fears', 'feared']);
const FAMILY = /^(?:wife|husband|son|daughter|father|mother|brother|sister|girlfriend|boyfriend|fiancee|fiancée|widow|parents|children|family)$/;

/**
 * Where `word` stands whole in the text (no letter or hyphen either side). The tests below look only around
 * these places: a lone word is rare in its article, and scanning the whole text with one pattern per word
 * cost a third of the enrich stage.
 */
function wholeWordAt(text: string, word: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (!WORD_EDGE.test(text[i - 1] ?? ' ') && !WORD_EDGE.test(text[i + word.length] ?? ' ')) at.push(i);
  }
  return at;
}

const WORD_EDGE = /[\p{L}-]/u;
/** `"…," said ` and `"…," ` right before the word: the quotation's words in group 1. */
const QUOTE_THEN_SAID = /["\u201c]([^"\u201c\u201d]{1,300}),["\u201d]\s+said\s+$/u;
const QUOTE_BEFORE = /["\u201c]([^"\u201c\u201d]{1,300}),["\u201d]\s+$/u;
const TWO_WORDS_BEFORE = /\b([a-z]+)\s+([a-z]+)\s+$/u;

/*
 * What may follow the word where it stands (matched from the word's end, so no pattern is built per word):
 * a speech or thought verb and "he"/"she", a possessive and a relative, a speech verb and a quotation.
 */
const VERB_CLAUSE_AFTER = /\s+(?:(?:has|had|also|now|then|[a-z]+ly)\s+)?([a-z]+)\s+(?:that\s+)?(?:he|she)\b/y;
const POSSESSIVE_AFTER = /['\u2019]s\s+([a-z]+)/y;
const SPEAKS_AFTER = /\s+(?:said|says|told\s+[^"\u201c.]{1,40}?|added)[:,]?\s+["\u201c]([^"\u201d]{1,300})/y;
const SAID_AFTER = /\s+(?:said|says|added)(?![\p{L}-])/uy;
/** `Mido tried to calm things, adding: "I …"`: a clause of its own, then a participle of saying and the quotation. */
const CLAUSE_THEN_ADDING = /\s+[a-z][a-z ]{0,60}?,\s+(?:adding|saying|insisting|explaining)[:,]?\s+["\u201c]([^"\u201d]{1,300})/y;

/** True when the text ties the lone word to a person (see the file comment). */
export function tiedToPerson(text: string, word: string): boolean {
  const from = (re: RegExp, i: number): RegExpExecArray | null => {
    re.lastIndex = i + word.length;
    return re.exec(text);
  };
  for (const i of wholeWordAt(text, word)) {
    const verb = from(VERB_CLAUSE_AFTER, i)?.[1];
    if (verb !== undefined && (ATTRIBUTION_VERBS.has(verb) || THOUGHT_VERBS.has(verb))) return true;
    const relative = from(POSSESSIVE_AFTER, i)?.[1];
    if (relative !== undefined && FAMILY.test(relative)) return true;
    // `Mido said: "I am sorry …"`, `"… I was wrong," Mido said`: a lone word speaking in the first person
    // singular right beside its quotation is a person (a mononym); a body speaks as "we".
    const before = text.slice(Math.max(0, i - 330), i);
    const first = /(?:\bof|\b[Tt]he)\s$/.test(before) ? null : (from(SPEAKS_AFTER, i) ?? from(CLAUSE_THEN_ADDING, i));
    if (first && FIRST_PERSON_SINGULAR.test(first[1]!)) return true;
    const quoted = QUOTE_THEN_SAID.exec(before) ?? (from(SAID_AFTER, i) ? QUOTE_BEFORE.exec(before) : null);
    if (quoted && FIRST_PERSON_SINGULAR.test(quoted[1]!)) return true;
    const role = TWO_WORDS_BEFORE.exec(before.slice(-80));
    if (role && ROLE_NOUNS.has(role[1]!) && firstNameGender(role[2]![0]!.toUpperCase() + role[2]!.slice(1)) !== undefined) return true;
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
  if (wholeWordAt(text, word).some((i) => /\d\s+$/.test(text.slice(Math.max(0, i - 12), i)) || /^\s+\d/.test(text.slice(i + word.length, i + word.length + 12)))) return true;
  return wholeWordAt(text, lower).length > 0;
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
