/**
 * "Prince Tarquin", "Crown Princess Ilse", "King Olav V": a royal title before a lone given name (and a
 * regnal number) is how the person is named, as "Lord Tolley" is a peer's name: the index shows "Prince
 * Tarquin", not a bare "Tarquin" with the role "Prince", and two royals of one given name ("Queen Ilse" of
 * one country and "Crown Princess Ilse" of another) are no longer one "Ilse". The names finder keeps the
 * title as a style (names.ts), which people.ts already puts in front of the name; a title before a full name
 * ("Prince Tarquin Vollmer") stays a title. "Princes Tarquin and Rolf": the plural title makes the first
 * name after it a prince too (the second is joined to its full mention by people.ts, or stays a given name).
 */
import { firstNameGender } from './nameLexicon.ts';
import { isEnglishWord } from './wordList.ts';

const ROYAL = /^(?:(?:Crown\s+)?(?:Prince|Princess)|King|Queen)$/;
/** A regnal number, I to XXXIX ("Louis XIV", "Gustaf XVI"). */
const REGNAL = /^(?=[IVX]+$)X{0,3}(?:IX|IV|V?I{0,3})$/;

/** Whether a style is a royal one ("Prince", "Crown Princess", "Queen"), not a peer's or a knight's. */
export function isRoyalStyle(style: string | null): boolean {
  return style !== null && ROYAL.test(style);
}

/** The royal style the title words before a name make of it, or null. */
export function royalStyle(titleWords: readonly string[], nameWords: readonly string[]): string | null {
  const title = titleWords.join(' ').replace(/^Princes$/, 'Prince');
  if (!ROYAL.test(title)) return null;
  const lone = nameWords.length === 1 || (nameWords.length === 2 && REGNAL.test(nameWords[1]!));
  const given = nameWords[0]!.replace(/['\u2019]s?$/, '');
  // ("London's King Cross station", "the Queen Phoenix": a word of the dictionary that no list gives as a
  // given name is a place's or a thing's name after the title, left to the finder's other rules.)
  const named = firstNameGender(given) !== undefined || !isEnglishWord(given.toLowerCase());
  return lone && named && /^\p{Lu}\p{Ll}+$/u.test(given) ? title : null;
}
