/**
 * "Mikhail Quarnovsky … Mikhail Qaurnovsky": a long surname written twice in one story with the same letters,
 * the same start and the same ending, only some middle letters in another order, is one surname mistyped (a
 * slip of the pen two letters apart, which a one-letter rule misses). Eight letters at least, so that short
 * surnames that are anagrams of each other stay two names.
 */
export function movedLetters(a: string, b: string): boolean {
  if (a === b || a.length !== b.length || a.length < 8) return false;
  if (a.slice(0, 2) !== b.slice(0, 2) || a.slice(-3) !== b.slice(-3)) return false;
  const sorted = (w: string): string => [...w.toLowerCase()].sort().join('');
  if (sorted(a) !== sorted(b)) return false;
  // Only a few letters out of place: most of the word stands where it stood.
  let differ = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differ++;
  return differ <= 3;
}
