/**
 * People named in the article body: name candidates (names.ts) clustered into people, with every
 * occurrence kept (for salience and pronouns), variants merged ("Anders Fogh Rasmussen" = "Mr
 * Rasmussen" = "Rasmussen"), gender from titles and first names, and descriptions (descriptions.ts).
 */
import type { LocalPerson } from '../types.ts';
import { FEMALE_TITLES, MALE_TITLES } from './lexicon.ts';
import { firstNameGender, isKnownSurname } from './nameLexicon.ts';
import { FAMILY_NAMES_FIRST } from './familyNameFirst.ts';
import { isRoyalStyle } from './royalStyles.ts';
import { particledSurnameOf } from './particleSurnames.ts';
import { movedLetters } from './movedLetters.ts';
import type { NameCandidate } from './names.ts';

export interface Mention {
  person: number;
  /** Document offsets of the mention as written (with Mr/Sir when present). */
  start: number;
  end: number;
  possessive: boolean;
  candidate: NameCandidate;
  /** In a heading-like line (a box header, a line with no final punctuation): not narrative. */
  heading?: boolean;
}

export interface PersonDraft {
  tokens: string[];
  style: string | null;
  gender: 'male' | 'female' | null;
  mentions: Set<string>;
  descriptions: string[];
  /** The gender a courtesy title gave ("Mr", "Ms"), not a names list's guess from the given name. */
  titledGender?: boolean;
  /** Other spellings of the full name in the same story ("Viktor Roe" for "Victor Roe"): short forms may end in them. */
  variants?: string[][];
  /** A one-word name the prose also writes outside any list, before the list made it a person (LocalPerson.inProse). */
  inProse?: boolean;
  /** Full names ending in this one word that the prose writes unsure ("from Jory Roe's pass"): LocalPerson.proseFullNames. */
  proseFullNames?: string[];
}

export interface PeopleResult {
  people: PersonDraft[];
  /** Every occurrence in document order. */
  mentions: Mention[];
}

function endsWith(long: string[], short: string[]): boolean {
  if (short.length > long.length) return false;
  const offset = long.length - short.length;
  return short.every((word, i) => long[offset + i] === word);
}

function genderOfCandidate(c: NameCandidate): 'male' | 'female' | null {
  const title = c.honorific ?? c.style;
  if (title && MALE_TITLES.has(title)) return 'male';
  if (title && FEMALE_TITLES.has(title)) return 'female';
  if (c.tokens.length >= 2) return firstNameGender(c.tokens[0]!) ?? slavicFeminine(c.tokens[c.tokens.length - 1]!);
  return slavicFeminine(c.tokens[0]!);
}

/** "Kuznetsova", "Sharapova", "Dementieva", "Ivanovskaya": a Slavic surname's feminine ending names a woman. */
function slavicFeminine(surname: string): 'female' | null {
  return /\p{Ll}(?:ova|eva|ieva|skaya|tskaya)$/u.test(surname) ? 'female' : null;
}

export function clusterPeople(candidates: NameCandidate[]): PeopleResult {
  const people: PersonDraft[] = [];
  const mentions: Mention[] = [];
  // Pass 1: full names (two words or more) found anywhere define the people. A two-word name with no
  // context of its own counts when a titled short form confirms it ("Shani Rhys James" … "Ms James").
  const titledShort = new Set(candidates.filter((c) => c.tokens.length === 1 && (c.honorific || c.style)).map((c) => c.tokens[0]!));
  const full = candidates.filter((c) => c.tokens.length >= 2 && (c.certain || titledShort.has(c.tokens[c.tokens.length - 1]!)));
  const byLength = [...full].sort((a, b) => b.tokens.length - a.tokens.length || a.start - b.start);
  const personOfFull = new Map<NameCandidate, number>();
  for (const c of byLength) {
    let index = people.findIndex((p) => endsWith(p.tokens, c.tokens) || (c.style !== null && p.style === c.style && p.tokens[0] === c.tokens[0]));
    // ("Walter van der Vellen … Mr Van de Vellen": a titled particled surname, its particle's case or form aside.)
    if (index < 0 && (c.honorific !== null || c.style !== null)) index = people.findIndex((p) => particledSurnameOf(p.tokens, c.tokens));
    // "Juan Pablo Roe … Juan Pablo said", "Viktor Roe … Victor Roe": one story's given names alone, or its
    // own slip of the pen, are the person it names in full, not a second one (see `sameStoryForm`).
    if (index < 0) {
      index = people.findIndex((p) => sameStoryForm(c.tokens, p.tokens));
      // ("We can't all be Jo Roes … Jo Roe": a plural or possessive "s" is never the name's own.)
      const found = people[index];
      if (found) {
        (found.variants ??= []).push(found.tokens);
        if (found.tokens.length === c.tokens.length && pluralOf(found.tokens[found.tokens.length - 1]!, c.tokens[c.tokens.length - 1]!)) found.tokens = c.tokens;
        else found.variants[found.variants.length - 1] = c.tokens;
      }
    }
    if (index < 0) {
      index = people.push({ tokens: c.tokens, style: c.style, gender: null, mentions: new Set(), descriptions: [] }) - 1;
    }
    const person = people[index]!;
    if (c.style && !person.style) person.style = c.style;
    personOfFull.set(c, index);
  }
  // Pass 2: short references (surname, "Mr X", "Lord X", first name) join a unique match, else the
  // most recently mentioned match; titled ones with no match are people in their own right.
  const lastSeen = new Map<number, number>();
  // Surnames the story gives a woman's title ("Mrs Roe"): a "Mr Roe" there may be her husband (titleOverList).
  const womenTitled = new Set(candidates.filter((c) => c.tokens.length === 1 && c.honorific && FEMALE_TITLES.has(c.honorific)).map((c) => c.tokens[0]!));
  for (const c of candidates) {
    let index = personOfFull.get(c);
    if (index === undefined && c.tokens.length <= 2) index = resolveShort(c, people, lastSeen, womenTitled);
    if (index === undefined && c.certain && c.tokens.length === 1) {
      index = people.push({ tokens: c.tokens, style: c.style, gender: null, mentions: new Set(), descriptions: [] }) - 1;
    }
    if (index === undefined) continue;
    lastSeen.set(index, c.start);
    const person = people[index]!;
    person.mentions.add(mentionText(c));
    const gender = genderOfCandidate(c);
    const titled = gender !== null && (c.honorific ?? c.style) !== null;
    // A title outranks the names list's guess from the given name ("Angel Roe … Ms Roe": titleOverList).
    if (gender && (!person.gender || (titled && !person.titledGender))) person.gender = gender;
    if (titled) person.titledGender = true;
    mentions.push({ person: index, start: c.start, end: c.end, possessive: c.possessive, candidate: c });
  }
  // "… when Roe slid a pass" before the team sheet's "Roe": the prose form came before the person existed, so
  // it is no mention, but it shows the name is not a team sheet's alone (LocalPerson.inProse).
  const unlisted = candidates.filter((c) => !c.listed);
  for (const p of people) {
    if (p.tokens.length !== 1) continue;
    const word = p.tokens[0]!;
    const fullNames = unlisted.filter((c) => c.tokens.length >= 2 && !c.certain && c.tokens[c.tokens.length - 1] === word).map((c) => c.tokens.join(' '));
    if (fullNames.length > 0 || unlisted.some((c) => c.tokens.length === 1 && c.tokens[0] === word)) p.inProse = true;
    if (fullNames.length > 0) p.proseFullNames = [...new Set(fullNames)];
  }
  return { people, mentions };
}

/** Levenshtein distance of at most one ("Viktor"/"Victor", "Frederic"/"Frederick"). */
export function oneEditOrLess(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * A surname written two ways in one story: a trailing "s" or "e" ("Roes", "Clarke"), "Mac" for "Mc", or a
 * letter doubled. Surnames one other letter apart stay two ("Davis" and "Davies" are two MPs).
 */
function surnameSlip(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 4) return false;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long === `${short}s` || long === `${short}e` || long === `${short}'` || long === `${short}\u2019`) return true;
  if (a.replace(/^Mac(?=\p{Lu})/u, 'Mc') === b.replace(/^Mac(?=\p{Lu})/u, 'Mc')) return true;
  return a !== b && (undoubled(a) === undoubled(b) || movedLetters(a, b));
}

/** "Roes" or "Roes'" written for "Roe". */
function pluralOf(word: string, base: string): boolean {
  return word === `${base}s` || word === `${base}s'` || word === `${base}s\u2019`;
}

/**
 * Whether a full name is another form, in the same story, of a longer or earlier full name: its given
 * names alone, all of them names a list knows ("Juan Pablo" of "Juan Pablo Roe"), or the same name with a
 * slip in it: a given name one letter off that no list genders the other way, at least five letters long
 * ("Viktor"/"Victor"; "Tom" and "Tim" may be brothers), or a surname slip (`surnameSlip`). Within one
 * story two people so alike would be told apart by the text ("his brother"), which these forms never are.
 */
function sameStoryForm(tokens: readonly string[], other: readonly string[]): boolean {
  if (tokens.length >= 2 && tokens.length < other.length && tokens.every((t, i) => t === other[i] && firstNameGender(t) !== undefined)) return true;
  if (tokens.length !== other.length || tokens.length < 2) return false;
  const last = tokens.length - 1;
  if (tokens.every((t, i) => t === other[i])) return false;
  return tokens.every((t, i) => {
    if (i === last) return surnameSlip(t, other[i]!);
    const o = other[i]!;
    if (t === o) return true;
    const [g1, g2] = [firstNameGender(t), firstNameGender(o)];
    return t.length >= 5 && o.length >= 5 && t[0] === o[0] && oneEditOrLess(t, o) && !(g1 && g2 && g1 !== g2);
  });
}

function resolveShort(c: NameCandidate, people: PersonDraft[], lastSeen: Map<number, number>, womenTitled: ReadonlySet<string>): number | undefined {
  const word = c.tokens.join(' ');
  const matches: number[] = [];
  const gender = genderOfCandidate(c);
  people.forEach((p, i) => {
    // "Mrs Howard" is not "Michael Howard": a gendered title that disagrees keeps relatives apart.
    if (gender && p.gender && gender !== p.gender) return;
    if (gender && !p.gender && p.tokens.length >= 2 && firstNameGender(p.tokens[0]!) && firstNameGender(p.tokens[0]!) !== gender) return;
    const lastName = p.tokens[p.tokens.length - 1]!;
    const bySurname = endsWith(p.tokens, c.tokens) || (p.variants ?? []).some((v) => endsWith(v, c.tokens)) || lastName.split('-').includes(word) && c.honorific !== null;
    // ("her son Nick, a junior doctor … student Nick Vell": a relative's given name alone before anyone of that
    // given name is named in full takes up no one; the full name named later is someone the text introduces
    // then. A headline's "Nick" before the story's "Nick Vell" is the same person: only after a kinship word,
    // and not when the story names someone else of the full name's surname: "Ann Vell, whose son Nick …")
    const family = (): boolean => people.some((q, j) => j !== i && q.tokens[q.tokens.length - 1] === lastName);
    // ("Prince Tarquin" is not "Tarquin Vollmer" the story also names: a royal's given name alone takes up a
    // full name only when that given name is foreign to the names lists, as a Gulf prince's is named in full
    // "Prince Saud Al-Faisal" and then "Prince Saud"; royalStyles.ts.)
    const royalAside = isRoyalStyle(c.style) && firstNameGender(p.tokens[0]!) !== undefined;
    const byFirstName = c.tokens.length === 1 && p.tokens.length >= 2 && p.tokens[0] === word && c.honorific === null && !royalAside && (!c.kin || lastSeen.has(i) || family());
    const byStyle = c.style !== null && p.style === c.style && (p.tokens[0] === word || lastName === word);
    if (bySurname || byFirstName || byStyle) matches.push(i);
  });
  // A lone surname the text confirmed as a person's ("… Ross said") may be a slip just as a titled one.
  if (matches.length === 0 && c.honorific === 'Ms' && c.tokens.length === 1) {
    const woman = titleOverList(word, people);
    if (woman !== undefined) return woman;
  }
  if (matches.length === 0 && c.honorific === 'Mr' && c.tokens.length === 1 && !womenTitled.has(word)) {
    const man = titleOverList(word, people);
    if (man !== undefined) return man;
  }
  if (matches.length === 0 && c.honorific !== null && c.tokens.length === 1) {
    const family = familyNameFirst(word, people);
    if (family !== undefined) return family;
  }
  if (matches.length === 0) return (c.honorific !== null || c.certain) && c.tokens.length === 1 ? slipOf(word, people, gender, c.honorific !== null) : undefined;
  // "Mr Reed" beside "Sir Tom Reed" and "Alan Reed": a knight or a peer is "Sir Tom" or "Lord Reed", not "Mr Reed".
  if (matches.length > 1 && c.honorific !== null && /^(?:Mr|Mrs|Ms|Miss)$/.test(c.honorific)) {
    const plain = matches.filter((i) => !people[i]!.style || !/^(?:Sir|Dame|Lord|Lady|Baroness|Baron)$/.test(people[i]!.style!));
    if (plain.length > 0 && plain.length < matches.length) matches.splice(0, matches.length, ...plain);
  }
  if (matches.length === 1) return matches[0];
  // Surname matches beat first-name matches; among equals the most recently mentioned wins.
  const surnameMatches = matches.filter((i) => endsWith(people[i]!.tokens, c.tokens) || (people[i]!.variants ?? []).some((v) => endsWith(v, c.tokens)));
  const pool = surnameMatches.length > 0 ? surnameMatches : matches;
  return pool.reduce((best, i) => ((lastSeen.get(i) ?? -1) > (lastSeen.get(best) ?? -1) ? i : best));
}

/**
 * "Jez Vane … Mr Vanes resigned … Mr Vane said": a titled (or confirmed lone) surname that matches no one but differs from
 * exactly one person's surname by a trailing "s", or by a doubled letter ("Dina Abbot … Ms Abbott"), is a
 * slip of the pen for that person, not a second person; so is one with two neighbouring letters swapped
 * ("Ivo Kendrei … Mr Kenderi").
 */
const undoubled = (word: string): string => word.toLowerCase().replace(/(\p{L})\1/gu, '$1');

/** Two neighbouring letters swapped, past the first, in a surname of five letters or more. */
function swappedNeighbours(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 5 || a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  return i > 0 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * "Ravi Mukharjee … Mr Mukarjee": an "h" after a consonant, added or dropped, is how a name romanised from
 * another script is most often written two ways. Not when a list knows both spellings as surnames: two
 * families ("Thomas" and "Tomas" are both names).
 */
function aspirateSlip(word: string, last: string): boolean {
  if (word === last || Math.min(word.length, last.length) < 5) return false;
  const [short, long] = word.length < last.length ? [word, last] : [last, word];
  if (long.length !== short.length + 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return i > 0 && long[i] === 'h' && !/[aeiou]/i.test(long[i - 1]!) && long.slice(i + 1) === short.slice(i) && !(isKnownSurname(word) && isKnownSurname(last));
}

function slipOf(word: string, people: PersonDraft[], gender: 'male' | 'female' | null, titled: boolean): number | undefined {
  // Untitled, a given name is no slip ("Prince William" is not "Dr Jo Williams"), nor a trailing "s".
  if (!titled && firstNameGender(word) !== undefined) return undefined;
  const fits: number[] = [];
  people.forEach((p, i) => {
    if (p.tokens.length < 2 || (gender && p.gender && gender !== p.gender)) return;
    const last = p.tokens[p.tokens.length - 1]!;
    const trailingS = titled && last.length >= 3 && (word === `${last}s` || `${word}s` === last);
    const doubled = last.length >= 4 && word !== last && undoubled(word) === undoubled(last);
    const h = titled && aspirateSlip(word, last);
    if (trailingS || doubled || h || swappedNeighbours(word, last) || (titled && movedLetters(word, last))) fits.push(i);
  });
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * "Angel Roe … Ms Roe said": "Ms" names a woman in her own right (a wife is "Mrs"), so a "Ms" whose surname
 * only one full-named person of the story has is that person, though the names list takes her given name
 * for a man's ("Angel", "Jean"): the list guesses, the title is the writer's word. Not when a title of the
 * person already said "Mr". The same for "Mr" after a given name the list takes for a woman's ("Dominique",
 * "Nicola", "Andrea" are men's names in much of Europe), unless the story also writes "Mrs/Ms/Miss" with that
 * surname: then "Mr" may be her husband.
 */
function titleOverList(word: string, people: PersonDraft[]): number | undefined {
  const fits: number[] = [];
  people.forEach((p, i) => {
    if (p.tokens.length >= 2 && p.tokens[p.tokens.length - 1] === word && !p.titledGender) fits.push(i);
  });
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * "Bae Sungho … Mr Bae said": a name written family name first (Korean, Chinese) is taken up by its first
 * word with a title. A "Mr"/"Ms" that matches no one's surname is the one person of the story whose name
 * opens with that word, when the word is a family name written first (familyNameFirst.ts: "Mr Howard" is no
 * "Howard Quill") and no list knows the name's last word as a surname ("Kim Parker" is a given name and a
 * surname). The names list's guess of a gender from the first word says nothing here: it is a family name.
 */
function familyNameFirst(word: string, people: PersonDraft[]): number | undefined {
  if (!FAMILY_NAMES_FIRST.has(word)) return undefined;
  const fits: number[] = [];
  people.forEach((p, i) => {
    if (p.tokens.length >= 2 && p.tokens.length <= 3 && p.tokens[0] === word && !p.style && !isKnownSurname(p.tokens[p.tokens.length - 1]!)) fits.push(i);
  });
  return fits.length === 1 ? fits[0] : undefined;
}

function mentionText(c: NameCandidate): string {
  const name = c.tokens.join(' ');
  const title = c.honorific ?? c.style;
  return title ? `${title} ${name}` : name;
}

export function personName(p: PersonDraft): string {
  const name = p.tokens.join(' ');
  return p.style ? `${p.style} ${name}` : name;
}

export function toLocalPeople(result: PeopleResult): LocalPerson[] {
  const order = firstMentionOrder(result);
  return order.map((i) => {
    const p = result.people[i]!;
    const local: LocalPerson = { name: personName(p), mentions: [...p.mentions], descriptions: p.descriptions, gender: p.gender };
    if (result.mentions.every((m) => m.person !== i || m.candidate.listed)) {
      local.listedOnly = true;
      if (p.inProse) local.inProse = true;
      if (p.proseFullNames) local.proseFullNames = p.proseFullNames;
    }
    return local;
  });
}

/** Person indexes in order of first mention (people with no mention at all are dropped). */
export function firstMentionOrder(result: PeopleResult): number[] {
  const seen: number[] = [];
  for (const m of result.mentions) if (!seen.includes(m.person)) seen.push(m.person);
  return seen;
}

/** Index of the first mention starting at or after `position` (mentions are in document order). */
export function firstMentionFrom(mentions: readonly Mention[], position: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
