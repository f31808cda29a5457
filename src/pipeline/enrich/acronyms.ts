/**
 * "the United Nations Economic Commission for Europe (UNECE)": later "the UNECE said" credits the
 * organisation by its full name, as the annotation conventions ask.
 *
 * Linear on purpose: find each "(ACRONYM)" first, then walk back over at most a few words before it
 * (a single regex that starts at every capitalised word is quadratic on long capitalised runs).
 */
import { ORG_WORDS } from './lexicon.ts';

const ACRONYM_IN_BRACKETS = /\(([\p{Lu}][\p{Lu}\p{Ll}&]{1,9})\)/gu;
const JOINERS = new Set(['of', 'for', 'and', 'on', 'the', '&']);

export function findAcronyms(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of text.matchAll(ACRONYM_IN_BRACKETS)) {
    const acronym = m[1]!;
    if (map.has(acronym)) continue;
    // "Nato", "Ferom": the BBC writes a spoken acronym with one capital, and its letters need not match the
    // English words (a foreign body's own initials): the whole capitalised run before it is the name.
    const spoken = /^\p{Lu}\p{Ll}+$/u.test(acronym);
    const capitals = spoken ? acronym.length : acronym.replace(/[^\p{Lu}]/gu, '').length;
    const before = text.slice(Math.max(0, m.index - 160), m.index);
    if (!/\s$/.test(before)) continue;
    const words = before.trimEnd().split(/\s+/).slice(-(capitals * 2 + 2));
    // Keep only as many trailing words as it takes to cover the acronym's capitals.
    let count = 0;
    let from = words.length;
    while (from > 0 && count < capitals) {
      const word = words[from - 1]!;
      // A spoken acronym's name starts after "the" ("Yesterday the Marvelian … (Ferom)").
      if (spoken && /^(?:the|The)$/.test(word)) break;
      // "UK Independence Party (UKIP)": an initialism inside the name gives the acronym all its letters.
      if (!spoken && /^\p{Lu}{2,}$/u.test(word)) count += word.length;
      else if (/^[\p{Lu}]/u.test(word)) count++;
      else if (!JOINERS.has(word)) break;
      from--;
    }
    while (spoken && from < words.length && JOINERS.has(words[from]!)) from++;
    // A spoken acronym looks like any word in brackets ("Jo Roe (Labour)"): only a body's name, ending in a
    // body word, is taken.
    if (spoken && (count < 2 || !ORG_WORDS.has(words[words.length - 1]!))) continue;
    if (!spoken && count < capitals) continue;
    const name = words.slice(from).join(' ').replace(/^(?:The|the)\s+/, '');
    if (name && !/[,.;:()"]/.test(name)) map.set(acronym, name);
  }
  return map;
}
