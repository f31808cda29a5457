/**
 * Which nation a story ties a person to, and whether a nationality word fits it. "There was a row as Roe
 * lost the point. The Tarnish captain stepped in": a description that opens with a nationality takes up the
 * person named last only when that person is not tied, in the same story, to another nation ("Roe of the
 * USA", "Ruritania's Jo Roe", "American Jo Roe", "Jo Roe (US)"). In live commentary and lists the phrase
 * often means someone else: the other side's captain, the other player.
 */
import { isDemonym } from './lexicon.ts';
import { isKnownPlace } from './nameLexicon.ts';
import { escapeRegExp } from '../../content/escapeRegExp.ts';

/** Nation words whose letters do not give the nation away ("US", "Britain"). */
const NATION_KEYS: ReadonlyMap<string, string> = new Map([
  ['US', 'amer'], ['USA', 'amer'], ['America', 'amer'], ['American', 'amer'], ['UK', 'brit'], ['Britain', 'brit'], ['British', 'brit'],
  ['Holland', 'neth'], ['Dutch', 'neth'], ['Netherlands', 'neth'], ['Wales', 'wels'], ['Welsh', 'wels'], ['Ireland', 'iris'], ['Irish', 'iris'],
  ['Swiss', 'swit'], ['Switzerland', 'swit'], ['Greek', 'gree'], ['Greece', 'gree'], ['Spaniard', 'spai'], ['Spanish', 'spai'], ['Spain', 'spai'],
  ['French', 'fran'], ['Frenchman', 'fran'], ['France', 'fran'], ['Scots', 'scot'], ['Scot', 'scot'], ['Scottish', 'scot'], ['Scotland', 'scot'],
]);

/** A nation's key: its own for the irregular ones, else its first four letters ("Ruritan" of both forms). */
function nationKey(word: string): string {
  return NATION_KEYS.get(word) ?? word.slice(0, 4).toLowerCase();
}

function isNationWord(word: string): boolean {
  return NATION_KEYS.has(word) || isDemonym(word) || isKnownPlace(word);
}

/** The nationality a phrase opens with ("Tarnish captain" → "Tarnish"), if any. */
export function nationalityOf(phrase: string): string | undefined {
  const word = /^(?:former\s+|new\s+)?(\p{Lu}\p{Ll}+)\s/u.exec(phrase)?.[1];
  return word !== undefined && (NATION_KEYS.has(word) || isDemonym(word)) ? word : undefined;
}

/** Whether the text ties the person of this surname to a nation other than the nationality's. */
export function tiedToOtherNation(text: string, surname: string, nationality: string): boolean {
  const s = escapeRegExp(surname);
  const name = String.raw`(?:\p{Lu}[\p{L}'\u2019-]+\s+)?${s}(?![\p{L}])`;
  const ties = [
    new RegExp(String.raw`(\p{Lu}[\p{L}]+)['\u2019]s\s+${name}`, 'gu'),
    new RegExp(String.raw`(?<![\p{L}])${s}\s+(?:of|from)\s+(?:the\s+)?(\p{Lu}[\p{L}]+)`, 'gu'),
    new RegExp(String.raw`(?<![\p{L}])${s}\s+\((\p{Lu}[\p{L}]+)\)`, 'gu'),
    new RegExp(String.raw`(?<![\p{L}])(\p{Lu}\p{Ll}+)\s+${name}`, 'gu'),
  ];
  const key = nationKey(nationality);
  return ties.some((re) => [...text.matchAll(re)].some((m) => isNationWord(m[1]!) && nationKey(m[1]!) !== key));
}

/** The nations a description names ("Iran's president", "Iranian President" → both "iran"), as keys. */
export function nationsIn(phrase: string): Set<string> {
  const keys = new Set<string>();
  for (const m of phrase.matchAll(/\p{Lu}[\p{L}]+/gu)) {
    const word = m[0];
    if (isNationWord(word)) keys.add(nationKey(word));
  }
  return keys;
}
