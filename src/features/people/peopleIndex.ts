import { foldName, LETTERS, letterKey, letterOf, matchesName } from '../../content/names';
import { formatCount } from '../layout/formatCount';

export { foldName, LETTERS, letterKey, letterOf };

/** What the index needs of a person: people.json entries and people-index entries both fit. */
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

/**
 * People a typed name finds: every typed word starts a word of the name or of an alias (accent- and
 * case-insensitive), so "zoe" finds "Zoë Hart" and "ms h" finds the alias "Ms Hart".
 */
export function filterPeople<T extends Named>(people: readonly T[], query: string): T[] {
  return people.filter((p) => matchesName(p, query));
}

export const letterAnchor = (letter: string) => `letter-${letterKey(letter)}`;

export const countLabel = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;
