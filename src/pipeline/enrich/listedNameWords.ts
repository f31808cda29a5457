/**
 * "Kylie Roe, Joss Cotton and Ann Doe": an item of a list of people whose surname is also an English word
 * ("Cotton", "Stone", "West") and whose given name no dictionary holds but the people-names list does. The
 * list's neighbours confirm name-like items (names.ts, confirmByContext); such an item did not look like a
 * name there, as its surname is a dictionary word, and was left out of a list of singers it belongs to.
 *
 * Only two words, and only when the given name is no English word: "Snow Patrol", "Will Young", "Velvet
 * Lantern" in a list of performers stay out (a band named by dictionary words; a given name that is also a
 * verb is left to the context of its own mention).
 */
import { isKnownPlace } from './nameLexicon.ts';
import { isEnglishWord, isPersonalName } from './wordList.ts';

export function personalNameWithWordSurname(tokens: readonly string[], nameLike: (word: string) => boolean): boolean {
  if (tokens.length !== 2) return false;
  const [given, surname] = tokens as [string, string];
  if (isEnglishWord(given.toLowerCase()) || !(nameLike(given) || isPersonalName(given))) return false;
  return isEnglishWord(surname.toLowerCase()) && isPersonalName(surname) && !isKnownPlace(surname) && /^\p{Lu}\p{Ll}+$/u.test(surname);
}
