/**
 * A story's word counts (theme forms, search terms) held for the dev server's rebuilds as one string of
 * "word\tcount" lines: a `Map` of them costs ~1 KB a story in entries and string headers, kept for every
 * story. Read back in the order they were written, with the same counts. A map whose keys hold a tab or a
 * line break cannot be told apart in this form and is kept as it is.
 */
export class PackedCounts implements Iterable<[string, number]> {
  private constructor(private readonly lines: string) {}

  static of(counts: Map<string, number>): Iterable<[string, number]> {
    for (const key of counts.keys()) if (key.includes('\t') || key.includes('\n')) return counts;
    return new PackedCounts(Array.from(counts, ([key, count]) => `${key}\t${count}`).join('\n'));
  }

  *[Symbol.iterator](): IterableIterator<[string, number]> {
    const lines = this.lines;
    let at = 0;
    while (at < lines.length) {
      const tab = lines.indexOf('\t', at);
      const end = lines.indexOf('\n', tab);
      const stop = end === -1 ? lines.length : end;
      yield [lines.slice(at, tab), Number(lines.slice(tab + 1, stop))];
      at = stop + 1;
    }
  }
}
