/**
 * Names in lists: team sheets, squads and line-ups ("Dorrit, Halvey (Okafor 67), J Manse, S. Quill."),
 * where each person is a bare surname, an initial and a surname, or a full name, with no title, role or
 * verb to show they are people. The shape is the evidence: a whole paragraph (or the part after a label
 * such as "Subs Not Used:" or "Rovers:") that is nothing but a comma-separated list of name-like items.
 * Lists of places, bodies, products or works do not pass: any item the lexicon knows as a place, or that
 * holds an organisation word, rejects the list, and so does a list in which more than a third of the
 * items are dictionary words, function words or known brands.
 */
import { ORG_WORDS, NOT_NAME_WORDS } from './lexicon.ts';
import { isCommonWord, isKnownOrganisation, isKnownPlace, firstNameGender } from './nameLexicon.ts';
import type { NameCandidate } from './names.ts';

/**
 * One name word: capitalised, at least one lower-case letter after the capital (O'Shea, McManaman,
 * Simpson-Daniel), not cut at a hyphen ("MacLeod- Henderson" is a broken line, not two names).
 */
const WORD = String.raw`\p{Lu}[\p{L}'\u2019-]*\p{Ll}[\p{L}'\u2019-]*(?<!-)`;
/** A lower-case particle inside a surname: "R de Marigny", "CA del Fava", "J van der Berg". */
const PARTICLE = String.raw`(?:de|del|della|di|da|dal|dos|du|van|von|der|den|le|la|ter|ten)\s`;
/**
 * An item: optional initials ("J ", "S. ", "KP ", "J.P. "), one to three name words (particles allowed), an
 * optional substitution "(Okafor 67)".
 */
const NAME = new RegExp(String.raw`^(?:(\p{Lu}{1,2}|\p{Lu}\.\p{Lu})\.?\s)?((?:${PARTICLE})*${WORD}(?:\s(?:${PARTICLE})*${WORD}){0,2})$`, 'u');
const SUBSTITUTE = new RegExp(String.raw`^(${WORD}(?:\s${WORD}){0,2})\s+\d{1,3}$`, 'u');

/** One squad entry: initials, a surname and the club in brackets ("K Roe (Tarnby AC)"). */
const SQUAD_ENTRY = new RegExp(String.raw`^\p{Lu}{1,2}\.?\s(?:${PARTICLE})*${WORD}\s\([^()]{2,40}\)$`, 'u');
/** Least items in a list: fewer could be a sentence fragment ("Smith, Jones"). */
const MIN_ITEMS = 4;
/** After a label ("Subs Not Used:", "Booked:") a shorter list is still a list. */
const MIN_ITEMS_LABELLED = 2;

interface Item {
  text: string;
  start: number;
}

function splitItems(list: string, offset: number): Item[] {
  const items: Item[] = [];
  const separator = /\s*(?:[,;]\s*(?:and\s+)?|\s+and\s+)/g;
  let from = 0;
  for (const m of list.matchAll(separator)) {
    // "J Roe (Tarnby, Ashwell and Dunmore AC), K Doe (Quayside, capt)": a separator inside an item's bracket
    // (a club of several towns, a note after the club) belongs to the note, not to the list.
    if (m.index < from || insideBracket(list, from, m.index)) continue;
    items.push({ text: list.slice(from, m.index), start: offset + from });
    from = m.index + m[0].length;
  }
  items.push({ text: list.slice(from), start: offset + from });
  return items;
}

/** True when `list` has an unclosed "(" between `from` and `at`. */
function insideBracket(list: string, from: number, at: number): boolean {
  let depth = 0;
  for (let i = from; i < at; i++) {
    if (list[i] === '(') depth++;
    else if (list[i] === ')' && depth > 0) depth--;
  }
  return depth > 0;
}

/** An item's names: itself, and a substitute in brackets; null when the item is not name-shaped. */
interface ListedName {
  tokens: string[];
  start: number;
  end: number;
  /** Every word is a dictionary word. */
  common: boolean;
}

function namesOf(item: Item): ListedName[] | null {
  let text = item.text;
  const names: ListedName[] = [];
  // "Gallas (Kezman 74)", "Mills (capt)", "Roe (Kent)": a bracket holds a substitute with a minute, or a note.
  const bracket = /\s*\(([^()]{1,40})\)$/.exec(text);
  // "Priscott for Roberts (71)": a replacement line's item, who came on for whom and the minute; both are names.
  const replacement = bracket && /^\d{1,3}$/.test(bracket[1]!) ? /^(.+?)(\s+for\s+)(.+)$/.exec(text.slice(0, bracket.index)) : null;
  if (replacement) {
    const on = namesOf({ text: replacement[1]!, start: item.start });
    const off = namesOf({ text: replacement[3]!, start: item.start + replacement[1]!.length + replacement[2]!.length });
    return on && off ? [...on, ...off] : null;
  }
  if (bracket) {
    const sub = SUBSTITUTE.exec(bracket[1]!);
    if (sub) {
      const at = item.start + bracket.index + bracket[0].indexOf('(') + 1;
      const tokens = sub[1]!.split(/\s+/);
      if (!tokens.some(notAName)) names.push({ tokens, start: at, end: at + sub[1]!.length, common: tokens.every(dictionaryWord) });
    }
    text = text.slice(0, bracket.index);
  }
  // "Rooney 68", "Dunne 75 og": a minute after a scorer's name.
  text = text.replace(/\s+\d{1,3}(?:\s+(?:og|pen))?$/, '');
  // "MacLeod- Henderson": a double-barrelled name broken at its hyphen by the archive is one name.
  const m = NAME.exec(text.replace(/(\p{Ll})-\s+(?=\p{Lu})/gu, '$1-'));
  if (!m) return null;
  const words = m[2]!.split(/\s+/);
  // "The Night Porter", "Our Town": a determiner opens a title, never a name.
  if (words.some(notAName) || /^(?:The|A|An|This|That|These|Those|Our|His|Her|Their|Its|My|Your)$/.test(words[0]!)) return null;
  const tokens = m[1] ? [m[1], ...words] : words;
  // An initial ("L Deacon") makes the item a name whatever the surname means.
  names.unshift({ tokens, start: item.start, end: item.start + text.length, common: !m[1] && words.every(dictionaryWord) });
  return names;
}

/** A place or a body's word ("United", "Council"): the list is not a list of people. */
function notAName(word: string): boolean {
  return ORG_WORDS.has(word) || isKnownPlace(word);
}

/**
 * "White", "Hill", "Ford", "Ghost": a dictionary word, function word or brand that is no first name. A few
 * surnames in a squad are such words; most items of a list of people are not.
 */
function dictionaryWord(word: string): boolean {
  // The lexicon lists singulars: "Apples", "Cherries" are dictionary words too.
  const singular = word.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '');
  const common = isCommonWord(word) || (singular !== word && isCommonWord(singular));
  return (common || NOT_NAME_WORDS.has(word) || isKnownOrganisation(word)) && firstNameGender(word) === undefined;
}

/**
 * Lists of names in the document text. A list is a paragraph, or what follows a label and a colon, made
 * only of name-shaped items, ending at a full stop or at the paragraph's end.
 */
export function findNameLists(text: string): NameCandidate[] {
  const found: NameCandidate[] = [];
  const shortLists: NameCandidate[] = [];
  // Start: a paragraph start or a label's colon; the list runs to a full stop + space/end, or a line break.
  // A stop after a lone capital is an initial ("S. Quill"), not the list's end.
  const LIST = /(^|\n|:[ \t]+)([^\n:]+?)(?=(?<![\s,(]\p{Lu})\.(?:\s|$)|\n|$)/gu;
  for (const m of text.matchAll(LIST)) {
    const labelled = m[1]!.startsWith(':');
    // A label is a short line head ("Subs Not Used:", "Rovers:"), not a sentence that ends in a colon.
    // A colon opening a line is a label the archive lost ("\n: C Roe; S Doe, …" after "Scotland" was cut).
    const lostLabel = m.index === 0 || text[m.index - 1] === '\n';
    if (labelled && !lostLabel && !/(?:^|\n|[.!?]["\u201d]?\s)(?:[\p{L}'\u2019-]+\s){0,3}[\p{L}'\u2019-]+$/u.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    const listStart = m.index + m[1]!.length;
    const items = splitItems(m[2]!, listStart);
    // "Berra, Webster." alone on its line, under a label the archive lost ("Booked:"): a short list, when the
    // story holds a list of the usual length too (see `wholeLine`).
    // "K Roe (Tarnby AC)." alone, or after an event's label: a squad's entry with its club, one to an event;
    // a list only beside a squad of the usual length, as a short list is.
    const entry = items.length === 1 && SQUAD_ENTRY.test(items[0]!.text) && (labelled || (m.index === 0 || text[m.index] === '\n'));
    const short = entry || (!labelled && items.length >= MIN_ITEMS_LABELLED && items.length < MIN_ITEMS && wholeLine(text, m.index, listStart + m[2]!.length));
    if (items.length < (labelled ? MIN_ITEMS_LABELLED : MIN_ITEMS) && !short) continue;
    const names = items.map(namesOf);
    if (names.some((n) => n === null)) continue;
    const all = names.flatMap((n) => n!);
    // "White", "King", "Hill" are surnames in a squad; a list that is mostly such words is a list of things.
    if (all.filter((n) => n.common).length * 3 > all.length) continue;
    for (const name of all) {
      {
        (short ? shortLists : found).push({
          tokens: name.tokens,
          start: name.start,
          end: name.end,
          nameStart: name.start,
          honorific: null,
          style: null,
          title: null,
          possessive: false,
          certain: true,
          listed: true,
        });
      }
    }
  }
  // A two-name line is a list only beside a team sheet: elsewhere it may be a fragment of prose.
  return found.length > 0 ? [...found, ...shortLists].sort((a, b) => a.start - b.start) : found;
}

/** A line that is nothing but the list and a full stop: it starts a paragraph and ends one. */
function wholeLine(text: string, from: number, end: number): boolean {
  return (from === 0 || text[from] === '\n') && /^\.?[ \t]*(?:\n|$)/.test(text.slice(end, end + 3));
}
