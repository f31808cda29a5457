/**
 * "After the final in Portugla Roe said …": a place name (here one letter off) after "in", "at" or "from",
 * run together with the surname of a person the story names in full ("Martina Roe"), is read as a
 * first name and makes a second person. The place is no part of the name: the run is the bare surname,
 * which then joins that person.
 *
 * Kept narrow, since places are given names too ("Milan Baros", "Rio Ferdinand", "Indiana Jones"): the word
 * must be a place no list knows as a given name, or a word no list knows at all one letter off a country;
 * a location preposition must come before it; and the story must name someone in full with the surname.
 */
import { firstNameGender, isKnownCountry, isKnownPlace, isUnknownWord } from './nameLexicon.ts';
import { isEnglishWord, isPersonalName } from './wordList.ts';
import { escapeRegExp } from '../../content/escapeRegExp.ts';

const LOCATION_BEFORE = /(?:^|[^\p{L}])(?:in|at|from)\s+$/u;
/** Shorter words are too often other names one letter off a country ("Irma", "Cuba"). */
const MIN_MISSPELT = 6;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** A word no list knows that one changed, added, dropped or swapped letter makes a country ("Portugla"). */
export function misspeltCountry(word: string): boolean {
  if (word.length < MIN_MISSPELT || !isUnknownWord(word) || isEnglishWord(word.toLowerCase())) return false;
  const w = word.toLowerCase();
  const variants = new Set<string>();
  for (let i = 0; i <= w.length; i++) {
    if (i < w.length) variants.add(w.slice(0, i) + w.slice(i + 1));
    if (i < w.length - 1) variants.add(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
    for (const c of LETTERS) {
      variants.add(w.slice(0, i) + c + w.slice(i));
      if (i < w.length) variants.add(w.slice(0, i) + c + w.slice(i + 1));
    }
  }
  variants.delete(w);
  return [...variants].some((v) => v[0] === w[0] && isKnownCountry(v.charAt(0).toUpperCase() + v.slice(1)));
}

function placeWord(word: string): boolean {
  if (firstNameGender(word) !== undefined || isPersonalName(word)) return false;
  return isKnownPlace(word) || misspeltCountry(word);
}

/** Whether the story names someone in full with this surname after a listed given name ("Martina Roe"). */
function namedInFull(text: string, surname: string): boolean {
  const escaped = escapeRegExp(surname);
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])(\\p{Lu}\\p{Ll}+)\\s+${escaped}(?![\\p{L}])`, 'gu'))) {
    if (firstNameGender(m[1]!) !== undefined) return true;
  }
  return false;
}

/** Whether `word`, opening a two-word run at `start` before `surname`, is a place glued to that surname. */
export function gluedPlace(text: string, start: number, word: string, surname: string): boolean {
  if (!LOCATION_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return false;
  return placeWord(word) && namedInFull(text, surname);
}
