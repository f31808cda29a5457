/**
 * A name an editor completed in brackets inside a quotation: `"… stars like Jo Roe and (Kell) Vantry …"`,
 * `"… there was me and Kell (Vantry) …"`. The speaker said a given name or a surname alone; the bracket adds
 * the rest, so the two words are one person's full name, found as such. Only inside a quotation, and only a
 * given name (one a names list knows, or a word no list knows) beside a capitalised word that is no
 * dictionary word, place or body: "(Tarnco) Awards", "Roe (Quayside)" on a team sheet stay as they are.
 */
import { ORG_WORDS } from './lexicon.ts';
import { firstNameGender, isCommonWord, isKnownOrganisation, isKnownPlace, isKnownSurname, isUnknownWord } from './nameLexicon.ts';
import type { NameCandidate } from './names.ts';
import { isEnglishWord } from './wordList.ts';

const GIVEN_THEN_SURNAME = /\((\p{Lu}\p{Ll}+)\)\s(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}'\u2019-])/gu;
const NAME_THEN_BRACKET = /(?<![\p{L}'\u2019-])(\p{Lu}\p{Ll}+)\s\((\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\)/gu;

function givenName(word: string): boolean {
  return firstNameGender(word) !== undefined || (isUnknownWord(word) && !isEnglishWord(word.toLowerCase()));
}

function surname(word: string): boolean {
  return !isCommonWord(word) && !isEnglishWord(word.toLowerCase()) && !isKnownPlace(word) && !isKnownOrganisation(word) && !ORG_WORDS.has(word);
}

/** True when `at` lies inside a quotation of its paragraph (an odd number of quotation marks before it). */
function insideQuotation(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  const before = text.slice(start, at);
  const straight = (before.match(/"/g) ?? []).length;
  const open = (before.match(/\u201c/g) ?? []).length;
  const close = (before.match(/\u201d/g) ?? []).length;
  return straight % 2 === 1 || open > close;
}

function candidate(tokens: string[], start: number, end: number, nameStart: number): NameCandidate {
  return { tokens, start, end, nameStart, honorific: null, style: null, title: null, possessive: false, certain: true };
}

/** `Jo "Quill" Roe`: a nickname in quotation marks between a given name and a surname. */
const NICKNAMED = /(?<![\p{L}'\u2019-])(\p{Lu}\p{Ll}+)\s["\u201c]\p{Lu}[\p{L}'\u2019-]*(?:\s\p{Lu}[\p{L}'\u2019-]*)?["\u201d]\s(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}'\u2019-])/gu;

/**
 * The full names a nickname in quotation marks splits (`Jo "Quill" Roe` is Jo Roe), anywhere: only a given name
 * a names list knows, before a capitalised word that is no place, no body and no common word of the lexicon
 * ("Knight", a noun only, is a surname here; "Marion "Suge" Knight").
 */
export function nicknamedNames(text: string): NameCandidate[] {
  const found: NameCandidate[] = [];
  for (const m of text.matchAll(NICKNAMED)) {
    const [, given, last] = m as unknown as [string, string, string];
    const lastOk = surname(last) || ((isKnownSurname(last) || !isCommonWord(last)) && !isKnownPlace(last) && !isKnownOrganisation(last) && !ORG_WORDS.has(last));
    if (firstNameGender(given) !== undefined && lastOk) found.push(candidate([given, last], m.index, m.index + m[0].length, m.index));
  }
  return found;
}

/** The full names an editor's bracket completes inside quotations (see the file comment). */
export function bracketedNames(text: string): NameCandidate[] {
  const found: NameCandidate[] = [];
  for (const m of text.matchAll(GIVEN_THEN_SURNAME)) {
    const [, given, last] = m as unknown as [string, string, string];
    if (givenName(given) && surname(last) && insideQuotation(text, m.index)) found.push(candidate([given, last], m.index, m.index + m[0].length, m.index + 1));
  }
  for (const m of text.matchAll(NAME_THEN_BRACKET)) {
    const [, given, last] = m as unknown as [string, string, string];
    if (givenName(given) && surname(last) && insideQuotation(text, m.index)) found.push(candidate([given, last], m.index, m.index + m[0].length, m.index));
  }
  return found;
}
