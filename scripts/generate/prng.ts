/**
 * A small seeded random source for the generator. The same seed must give the same collection on every
 * machine and Node version, so nothing here touches Math.random: mulberry32 for the stream, and a string
 * hash to derive one independent stream per article (so article i can be rendered without rendering 0..i-1).
 */

/** FNV-1a over the UTF-16 code units, then a final avalanche so near-identical keys diverge. */
export function hashKey(...parts: Array<string | number>): number {
  let h = 0x811c9dc5;
  const key = parts.join('\u0000');
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  static for(...parts: Array<string | number>): Rng {
    return new Rng(hashKey(...parts));
  }

  /** mulberry32: a float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** `count` distinct items (fewer when the list is shorter), in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length > 0) {
      const i = Math.floor(this.next() * pool.length);
      out.push(pool[i]!);
      pool[i] = pool[pool.length - 1]!;
      pool.pop();
    }
    return out;
  }
}

/**
 * Picks index k with probability proportional to 1 / (k + 1 + offset)^exponent (Zipf–Mandelbrot): a few
 * items are chosen very often and a long tail rarely, like the people and topics of a real news archive.
 * The offset flattens the head, so the most newsworthy person is in a few per cent of stories, not a third.
 */
export class ZipfTable {
  private readonly cumulative: Float64Array;

  constructor(size: number, exponent: number, offset = 0) {
    if (size <= 0) throw new Error('a Zipf table needs at least one item');
    this.cumulative = new Float64Array(size);
    let total = 0;
    for (let k = 0; k < size; k++) {
      total += 1 / Math.pow(k + 1 + offset, exponent);
      this.cumulative[k] = total;
    }
    for (let k = 0; k < size; k++) this.cumulative[k] = this.cumulative[k]! / total;
  }

  get size(): number {
    return this.cumulative.length;
  }

  /** Binary search of the cumulative weights. */
  draw(rng: Rng): number {
    const u = rng.next();
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid]! > u) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/**
 * Draws items without repeating until all have been drawn (then starts over), so one article does not
 * use the same sentence template twice while a collection still uses them all.
 */
export class Deck<T> {
  private pool: T[] = [];

  constructor(
    private readonly items: readonly T[],
    private readonly rng: Rng,
  ) {}

  draw(): T {
    if (this.pool.length === 0) this.pool = [...this.items];
    const i = Math.floor(this.rng.next() * this.pool.length);
    const item = this.pool[i]!;
    this.pool[i] = this.pool[this.pool.length - 1]!;
    this.pool.pop();
    return item;
  }
}
