/**
 * "Tarnby coach tom Quellan said …": a given name typed in lower case between a role and the surname. The name
 * finder reads capitals, so it would keep "Quellan" alone and a second story's "Tom Quellan" would be another
 * entry. The word is read as capitalised when
 *   - a role noun in lower case stands right before it ("coach", "striker"), and a capitalised word right after it;
 *   - a names list knows it as a given name, and it is no word of the sentence's grammar there ("will", "may",
 *     "can" before a name are verbs, as is a past tense: "drew");
 *   - the story names the surname again on its own, so the surname is someone's.
 * The text keeps its length, so every offset stays as it was.
 */
import { ROLE_NOUNS } from './lexicon.ts';
import { firstNameGender } from './nameLexicon.ts';
import { escapeRegExp } from '../../content/escapeRegExp.ts';

/** Given names that are also words a sentence may put between a role and a name. */
const GRAMMAR_WORDS = new Set(['will', 'may', 'can', 'drew', 'sue', 'bill', 'rob', 'grant', 'said', 'says', 'and', 'hope', 'pat', 'chase', 'ray', 'rich', 'early', 'young']);

const TYPED = /(?<=(?:^|[^\p{L}-])(\p{Ll}[\p{L}-]*) )(\p{Ll}{2,})(?= (\p{Lu}[\p{L}'\u2019-]+))/gu;

export function withTypedGivenNames(text: string): string {
  if (!/\s\p{Ll}{2,} \p{Lu}/u.test(text)) return text;
  return text.replace(TYPED, (word: string, role: string, _w: string, surname: string) => {
    const given = word.charAt(0).toUpperCase() + word.slice(1);
    if (!ROLE_NOUNS.has(role) || GRAMMAR_WORDS.has(word) || /ed$/.test(word) || firstNameGender(given) === undefined) return word;
    const bare = surname.replace(/['\u2019]s?$/, '');
    // The surname a second time: this mention and one more.
    const again = [...text.matchAll(new RegExp(String.raw`(?<!\p{L})${escapeRegExp(bare)}(?!\p{L})`, 'gu'))].length >= 2;
    return again ? given : word;
  });
}
