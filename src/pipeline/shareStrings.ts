/**
 * One copy of each short string across the results that come back from worker threads. A message is
 * copied into the main thread string by string, so every `'paragraph'`, `'person'`, section name or
 * speaker's name arrives as a string of its own: ~30 bytes each, hundreds of thousands of them at
 * 100,000 stories, held for the whole run. Code in this thread would have shared them (literals and the
 * same parsed name are one string); this gives the copies the same sharing. Values are unchanged.
 */

/** Longer strings are story text, almost never repeated: looking them up would only cost. */
export const SHARED_MAX_LENGTH = 48;

export class StringPool {
  private readonly known = new Map<string, string>();

  /** `value` with each short string in it replaced by the pool's copy (in place: plain objects and arrays only). */
  share<T>(value: T): T {
    return this.visit(value) as T;
  }

  private visit(value: unknown): unknown {
    if (typeof value === 'string') return this.string(value);
    if (Array.isArray(value)) {
      // Assigned whatever the comparison says: `===` holds between two copies of a string, which are exactly
      // what is being replaced.
      for (let i = 0; i < value.length; i++) value[i] = this.visit(value[i]);
      return value;
    }
    if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) record[key] = this.visit(record[key]);
    }
    return value;
  }

  private string(text: string): string {
    if (text.length > SHARED_MAX_LENGTH) return text;
    const known = this.known.get(text);
    if (known !== undefined) return known;
    this.known.set(text, text);
    return text;
  }
}
