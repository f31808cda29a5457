import { formatCount } from '../layout/formatCount';

/** Letters that carry no combining mark, so NFD alone does not reduce them to a Latin base letter. */
const UNDECOMPOSED: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ð: 'd', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ı: 'i' };

/** Lower-case, accents removed: "Zoë" is found by "zoe" and filed under Z, "Łukasz" under L. */
export const foldName = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en-GB')
    .replace(/[łøđðßæœþı]/g, (c) => UNDECOMPOSED[c] ?? c);

export const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '#'] as const;

/** The index letter for a name: its first letter A–Z, or `#` for anything else (digits, other scripts). */
export function letterOf(name: string): string {
  const first = foldName(name.trim()).charAt(0).toUpperCase();
  return first >= 'A' && first <= 'Z' ? first : '#';
}

/** What the index needs of a person: people.json entries and people-index.json entries both fit. */
export interface Named {
  name: string;
  aliases: readonly string[];
}

export interface LetterGroup<T extends Named = Named> {
  letter: string;
  people: T[];
}

/** People grouped under their index letter, A–Z then `#`, keeping the given (name) order within a letter. */
export function groupByLetter<T extends Named>(people: readonly T[]): LetterGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const person of people) {
    const letter = letterOf(person.name);
    const list = groups.get(letter);
    if (list) list.push(person);
    else groups.set(letter, [person]);
  }
  return LETTERS.filter((l) => groups.has(l)).map((letter) => ({ letter, people: groups.get(letter)! }));
}

/** People whose name or any alias contains the query (accent- and case-insensitive). */
export function filterPeople<T extends Named>(people: readonly T[], query: string): T[] {
  const q = foldName(query.trim());
  if (!q) return [...people];
  return people.filter((p) => [p.name, ...p.aliases].some((name) => foldName(name).includes(q)));
}

export const letterAnchor = (letter: string) => (letter === '#' ? 'letter-other' : `letter-${letter.toLowerCase()}`);

export const countLabel = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;
