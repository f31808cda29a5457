/** Two lists of the same length whose items are equal pair by pair (by identity unless `eq` says otherwise). */
export function sameList<T>(x: readonly T[], y: readonly T[], eq: (p: T, q: T) => boolean = (p, q) => p === q): boolean {
  // One array is equal to itself whatever `eq` (every caller's `eq` is reflexive): not read item by item.
  return x === y || (x.length === y.length && x.every((item, i) => eq(item, y[i]!)));
}
