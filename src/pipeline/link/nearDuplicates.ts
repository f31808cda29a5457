/**
 * Near-duplicate stories: the same report filed twice with small edits (a corrected figure, a changed
 * headline, an extra paragraph), which exact-duplicate detection at ingest (duplicates.ts) does not catch.
 *
 * Each story is sketched once as the smallest SKETCH_SIZE hashes of its five-word shingles (a bottom-k
 * MinHash sketch: fixed size whatever the story's length), and two sketches estimate the Jaccard
 * similarity of the stories' shingle sets. Only pairs the caller already considers (a story's related
 * candidates) are compared, so the cost stays linear in the collection.
 */

const SHINGLE_WORDS = 5;
const SKETCH_SIZE = 64;
/** Stories sharing at least this share of their shingles are one report, reworded at the edges. */
export const NEAR_DUPLICATE_SIMILARITY = 0.5;

export type Sketch = Uint32Array;

/** FNV-1a, 32-bit: fast, stable across runs and platforms. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function sketch(text: string): Sketch {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const hashes = new Set<number>();
  if (words.length < SHINGLE_WORDS) {
    if (words.length > 0) hashes.add(hash(words.join(' ')));
  } else {
    for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) hashes.add(hash(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  }
  // A copy, not a view: a view would keep every hash of the story alive (~2 KB a story where the sketch
  // needs 256 bytes), and the link holds every story's sketch at once.
  return Uint32Array.from(hashes)
    .sort()
    .slice(0, SKETCH_SIZE);
}

/** Estimated Jaccard similarity of two stories' shingle sets (0–1), from their sketches. */
export function similarity(a: Sketch, b: Sketch): number {
  if (a.length === 0 || b.length === 0) return 0;
  // The k smallest hashes of the union; the share of them found in both sketches estimates the Jaccard.
  const k = Math.min(SKETCH_SIZE, new Set([...a, ...b]).size);
  let i = 0;
  let j = 0;
  let seen = 0;
  let both = 0;
  while (seen < k && (i < a.length || j < b.length)) {
    const x = i < a.length ? a[i]! : Infinity;
    const y = j < b.length ? b[j]! : Infinity;
    if (x === y) {
      both++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
    seen++;
  }
  return both / k;
}

export const isNearDuplicate = (a: Sketch, b: Sketch) => similarity(a, b) >= NEAR_DUPLICATE_SIMILARITY;
