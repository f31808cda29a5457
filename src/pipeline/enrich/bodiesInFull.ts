/**
 * A body that speaks is shown under the fullest name the story writes for it (the annotation conventions
 * ask the same): "the Commission said" in a story that once wrote "the European Commission" is the
 * European Commission; "DrKW said" after "Dresdner Kleinwort Wasserstein" is the bank by its full name;
 * "the Film Guild of Eastmarch's (FGE)" read as the body's name keeps no possessive.
 *
 * Only a form the story itself writes is taken, and only when it is the one such form: a short name two
 * longer names end with ("Commission" beside "European Commission" and "Competition Commission") stays
 * as it is, and so does a longer form that is a person's name.
 */
import type { Speaker } from '../../content/schema.ts';
import { isPartyName } from './partyNames.ts';
import { escapeRegExp } from '../../content/escapeRegExp.ts';
import { isEnglishWord } from './wordList.ts';

const JOINERS = new Set(['of', 'for', 'and', 'on', 'de', '&']);

/** Capitalised words that open sentences or clauses and never begin a body's name. */
const NOT_NAME_START = new Set([
  'The', 'A', 'An', 'But', 'And', 'Or', 'So', 'Yet', 'If', 'When', 'While', 'As', 'At', 'In', 'On', 'For', 'From', 'By', 'With',
  'To', 'Of', 'After', 'Before', 'Since', 'Until', 'Although', 'Though', 'However', 'Meanwhile', 'Now', 'Then', 'Last', 'This',
  'That', 'These', 'Those', 'Its', 'His', 'Her', 'Their', 'Our', 'Your', 'My', 'It', 'He', 'She', 'They', 'We', 'I', 'You',
  'New', 'Old', 'Former', 'Rival', 'Both', 'All', 'Some', 'Many', 'Most', 'Every', 'Each', 'No', 'Not', 'Mr', 'Mrs', 'Ms', 'Dr',
  'Sir', 'Lord', 'Lady', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Yesterday', 'Today',
  'According', 'Under', 'Over', 'About', 'Against', 'Why', 'What', 'How', 'Where', 'Who', 'Which', 'Did', 'Does', 'Do', 'Is', 'Was',
]);

const WORD = String.raw`\p{Lu}[\p{L}\p{N}&'\u2019-]*`;

/** The organisation speaker under its fullest name in the story; any other speaker as it is. */
export function bodyInFull(speaker: Speaker, text: string, personNames: readonly string[]): Speaker {
  if (speaker.type !== 'organisation' || !speaker.name) return speaker;
  const full = fullestForm(speaker.name, text, new Set(personNames));
  return full === speaker.name ? speaker : { ...speaker, name: full };
}

function fullestForm(name: string, text: string, people: ReadonlySet<string>): string {
  const bare = withoutPossessive(name, text);
  if (isPartyName(bare) || !/^\p{Lu}/u.test(bare)) return bare;
  const forms = new Set<string>();
  for (const form of [...longerEndingWith(bare, text), ...spelledOut(bare, text)]) if (!people.has(form)) forms.add(form);
  return forms.size === 1 ? [...forms][0]! : bare;
}

/** A possessive the name finder kept, taken off. */
function withoutPossessive(name: string, text: string): string {
  const m = /^(.+?)['\u2019]s$/u.exec(name);
  if (!m) return name;
  const stem = m[1]!;
  // A name of several words ending in a possessive ("… for Ruritania's (RFA)") is a cut phrase, unless it
  // is a trading name like "Ben & Jerry's".
  if (/\s/.test(stem) && !/&|\band\b/.test(stem)) return stem;
  return new RegExp(`${escapeRegExp(stem)}(?!['\\u2019\\p{L}])`, 'u').test(text) ? stem : name;
}

/** "European Commission" for "Commission": one to three name words right before the short name. */
function longerEndingWith(name: string, text: string): string[] {
  if (name.split(/\s+/).length > 2) return [];
  const found: string[] = [];
  const re = new RegExp(`((?:${WORD}\\s+){1,3})${escapeRegExp(name)}(?![\\p{L}\\p{N}-])`, 'gu');
  for (const m of text.matchAll(re)) {
    // A longer name that goes on ("… Airlines Association", "… News & Media") is another body.
    if (/^(?:\s+&|\s+\p{Lu}|-)/u.test(text.slice(m.index + m[0].length))) continue;
    const words = m[1]!.trim().split(/\s+/);
    // The name starts after any sentence opener, article or title ("But European Commission" → "European"),
    // and not on a dictionary word that opens the sentence ("Another Kestrel shareholder …").
    let from = 0;
    for (let i = 0; i < words.length; i++) if (NOT_NAME_START.has(words[i]!)) from = i + 1;
    if (from === 0 && /(?:^|[.!?]["\u201d]?\s+|\n\s*)$/.test(text.slice(0, m.index)) && words[0]!.split('-').every(isEnglishWord)) from = 1;
    const prefix = words.slice(from);
    // A station's call sign before a network's name ("WXYZ-TV Kestrel affiliate") names no other body.
    if (prefix.length === 0 || prefix.some((w) => /['\u2019]s$/u.test(w) || /-\p{Lu}/u.test(w))) continue;
    found.push(`${prefix.join(' ')} ${name}`);
  }
  return found;
}

/** "Dresdner Kleinwort Wasserstein" for "DrKW": a one-word name whose capitals are the initials of a run. */
function spelledOut(name: string, text: string): string[] {
  if (/\s/.test(name)) return [];
  const capitals = name.replace(/[^\p{Lu}]/gu, '');
  if (capitals.length < 3 || capitals.length > 6) return [];
  const found: string[] = [];
  const re = new RegExp(`${WORD}(?:\\s+(?:(?:of|for|and|on|de|&)\\s+)?${WORD})+`, 'gu');
  for (const m of text.matchAll(re)) {
    const words = m[0].split(/\s+/);
    // Any stretch of the run whose initials spell the capitals, starting and ending on a name word.
    for (let i = 0; i < words.length; i++) {
      if (JOINERS.has(words[i]!) || NOT_NAME_START.has(words[i]!)) continue;
      let initials = '';
      for (let j = i; j < words.length && initials.length < capitals.length; j++) {
        const w = words[j]!;
        if (JOINERS.has(w)) continue;
        initials += w[0];
        if (initials === capitals && j > i) found.push(words.slice(i, j + 1).join(' '));
      }
    }
  }
  return found.filter((f) => f !== name);
}
