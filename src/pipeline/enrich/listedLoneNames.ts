/**
 * One-word names in a list of people: "beating Ada Penhallow, Quessa, Tam Dorrit and Jo Vell". A lone
 * word with no title, role or verb of its own is a person when the list joins it right to someone named in
 * full ("Ada Penhallow, Quessa"), as a two-word item already is (`confirmByContext` in names.ts): a stage
 * name, a mononymous artist or player. Only words that could be no body or thing: no dictionary word (a
 * band or a show in a list of performers is often made of them), no place, no known body, no organisation
 * word, nothing the same text writes in lower case, gives a plural verb or shows to be a title, and no word
 * beside a number ("50 Cent"). Confirmed lone items confirm no further neighbours: only full names do.
 */
import { GROUP_NOUNS, ORG_WORDS, isDemonym } from './lexicon.ts';
import { firstNameGender, isCommonWord, isKnownOrganisation, isKnownPlace } from './nameLexicon.ts';
import type { NameCandidate } from './names.ts';
import { isEnglishWord } from './wordList.ts';

/** What may follow an item of a list: the next separator or the sentence's end. */
const ITEM_END = /^(?:,\s|\s+and\s|\s*&\s|[.;]|$)/;
/** Between two items of one list of names: ", ", " and ", ", and ", " & ". */
const LIST_JOIN = /^(?:,\s*|,?\s+and\s+|\s*&\s*)$/;

function couldBeAThing(word: string, text: string, c: NameCandidate, notPeople: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  if (!/^\p{Lu}\p{Ll}[\p{L}'\u2019-]*$/u.test(word) || ORG_WORDS.has(word) || GROUP_NOUNS.has(lower) || isDemonym(word)) return true;
  if (isCommonWord(word) || isEnglishWord(lower) || isKnownPlace(word) || /shire$/.test(word) || isKnownOrganisation(word) || notPeople.has(word)) return true;
  // "the Quessa", "50 Quessa", "Quessa's Hopes", "Quessa/NetFigures", "Quessa managers Jo Roe": only an item that
  // ends where the list goes on or stops is one.
  if (/(?:\b[Tt]he|\d)\s+$/.test(text.slice(Math.max(0, c.start - 6), c.start)) || !ITEM_END.test(text.slice(c.end, c.end + 6))) return true;
  return new RegExp(`(?<![\\p{L}])${lower}(?![\\p{L}])`, 'u').test(text);
}

/** Marks as certain the lone list items joined to a full name (see the file comment). Changes `people` in place. */
export function confirmListedLoneNames(text: string, people: NameCandidate[], notPeople: ReadonlySet<string>, pluralBodies: ReadonlySet<string>): void {
  // ("Boing Boing": a full name whose given name no list knows may itself be a thing in a list of things.)
  const fullPerson = (o: NameCandidate | undefined): boolean => o !== undefined && o.certain && o.tokens.length >= 2 && (o.style !== null || firstNameGender(o.tokens[0]!) !== undefined);
  // An item of the list: someone named in full, or a lone word that could be no thing ("Trinidad and Tobago, Jo
  // Roe": a place is no item of a list of people).
  const item = (o: NameCandidate | undefined): boolean => o !== undefined && ((o.certain && o.tokens.length >= 2) || (o.tokens.length === 1 && !couldBeAThing(o.tokens[0]!, text, o, notPeople)));
  const joined = (from: number, to: number): boolean => to >= from && LIST_JOIN.test(text.slice(from, to));
  const confirm: NameCandidate[] = [];
  for (let k = 0; k < people.length; k++) {
    const c = people[k]!;
    if (c.certain || c.tokens.length !== 1 || c.honorific !== null || c.style !== null || c.possessive || c.listed || c.title !== null) continue;
    const word = c.tokens[0]!;
    if (pluralBodies.has(word) || couldBeAThing(word, text, c, notPeople)) continue;
    // A list of three items at least ("Trinidad and Tobago" is two): the lone word between two items, or its
    // full-named neighbour joined on to a third.
    const at = (i: number): NameCandidate | undefined => people[i];
    const link = (i: number): boolean => item(at(i)) && item(at(i + 1)) && joined(at(i)!.end, at(i + 1)!.start);
    const besidePerson = (fullPerson(at(k - 1)) && link(k - 1)) || (fullPerson(at(k + 1)) && link(k));
    // ("Tarnia and Quessa, Jo Roe": an "and" closes a list, so a comma after it starts something else.)
    const andLink = (i: number): boolean => /\band\b|&/.test(text.slice(at(i)!.end, at(i + 1)!.start));
    const pair = (i: number): boolean => link(i) && link(i + 1) && !(andLink(i) && !andLink(i + 1));
    const threeItems = pair(k - 1) || pair(k - 2) || pair(k);
    if (besidePerson && threeItems) confirm.push(c);
  }
  for (const c of confirm) c.certain = true;
}
