/**
 * A firm named once in full and then by its first word ("Kestrel Group" … "Kestrel will have to …"): each
 * later short form is a mention of the body too, so "'…,' it said" and "the company" reach back to it and
 * not to a body named in passing in between. Only a full name whose other words are company words
 * (BODY_NAME_TAIL) gives a short form, never a place's name, and a dictionary word only inside a sentence.
 */
import { isKnownPlace } from './nameLexicon.ts';
import type { OrgName } from './rules/types.ts';
import { isEnglishWord } from './wordList.ts';
import { escapeRegExp } from '../../content/escapeRegExp.ts';

/** Words a body's full name adds to its short form: "Highfields Capital Management", "Tolley Stores". */
export const BODY_NAME_TAIL: ReadonlySet<string> = new Set([
  'Group', 'Holdings', 'Management', 'Capital', 'Partners', 'Stores', 'Inc', 'Corp', 'Corporation', 'Company', 'Co', 'Ltd',
  'Limited', 'plc', 'PLC', 'LLC', 'International', 'Industries', 'Enterprises', 'Associates', 'Investments', 'Securities',
  'Airlines', 'Airways', 'Motors', 'Studios', 'Pictures', 'Records', 'Films', 'Media', 'Entertainment', 'Communications',
  'Systems', 'Technologies', 'Networks', 'Pharmaceuticals', 'Foods', 'Brands',
]);

export function withShortForms(text: string, organisations: readonly OrgName[]): OrgName[] {
  const added: OrgName[] = [];
  const heads = new Map<string, OrgName>();
  for (const o of organisations) {
    const [head, ...tail] = o.name.split(/\s+/);
    if (!head || tail.length === 0 || !tail.every((w) => BODY_NAME_TAIL.has(w)) || heads.has(head)) continue;
    if (!/^\p{Lu}[\p{L}-]+$/u.test(head) || isKnownPlace(head)) continue;
    heads.set(head, o);
  }
  for (const [head, full] of heads) {
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}-])${escapeRegExp(head)}(?![\\p{L}-])(?!\\s+${escapeRegExp(full.name.split(/\s+/)[1]!)})`, 'gu'))) {
      if (m.index <= full.start) continue;
      if (organisations.some((o) => o.start <= m.index && m.index < o.end)) continue;
      // ("Continental", "Multiplex": a word the dictionary knows counts only where its capital is not the sentence's.)
      if (isEnglishWord(head.toLowerCase()) && /(?:^|[.!?:]["\u201d]?\s+|\n\s*|["\u201c]\s*)$/.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
      added.push({ name: full.name, start: m.index, end: m.index + head.length });
    }
  }
  if (added.length === 0) return [...organisations];
  return [...organisations, ...added].sort((a, b) => a.start - b.start);
}
