/**
 * How often each term occurs in one story's text, held compactly. The link keeps every story's counts at
 * once (document frequencies need them all before any vector can be weighed), and a `Map` of strings costs
 * about 7 KB a story: 700 MB at 100,000 stories. Here a story's terms are numbers into one shared
 * vocabulary, so each distinct word is held once for the whole collection and a story costs ~6 bytes a term.
 */
import { terms } from './text.ts';

/** Every term seen by this process, by number; a term's number never changes (the dev server's rebuilds rely on it). */
const vocabulary: string[] = [];
const numberOf = new Map<string, number>();

/** A term's number in the shared vocabulary (given one if new). */
export function numberFor(term: string): number {
  let id = numberOf.get(term);
  if (id === undefined) {
    id = vocabulary.length;
    vocabulary.push(term);
    numberOf.set(term, id);
  }
  return id;
}

/** A term's number, or undefined when no story has used it. */
export function knownNumber(term: string): number | undefined {
  return numberOf.get(term);
}

/** The term a number stands for. */
export function termAt(id: number): string {
  return vocabulary[id]!;
}

const MAX_COUNT = 0xffff;

/** A story's term counts, in the order its terms first occur (as a `Map` built from the text would iterate). */
export class TermCounts implements Iterable<[string, number]> {
  private constructor(
    private readonly ids: Uint32Array,
    private readonly counts: Uint16Array,
  ) {}

  static of(text: string): TermCounts {
    const countAt = new Map<number, number>();
    for (const term of terms(text)) {
      const id = numberFor(term);
      countAt.set(id, Math.min(MAX_COUNT, (countAt.get(id) ?? 0) + 1));
    }
    return new TermCounts(Uint32Array.from(countAt.keys()), Uint16Array.from(countAt.values()));
  }

  get size(): number {
    return this.ids.length;
  }

  *keys(): IterableIterator<string> {
    for (const id of this.ids) yield vocabulary[id]!;
  }

  *[Symbol.iterator](): IterableIterator<[string, number]> {
    for (let i = 0; i < this.ids.length; i++) yield [vocabulary[this.ids[i]!]!, this.counts[i]!];
  }
}
