/**
 * "Mi Bergamo" and "Ma Bergamo" on a team sheet: two letters of the given name, the way a sheet tells two
 * brothers of one surname apart where an initial would not. Such a key is the one full-named person of that
 * surname whose given name starts with those letters ("Mirco Bergamo"), when
 *   - the two letters are no given name and no surname a list knows ("Jo", "Al", "Li" are names of their own),
 *   - exactly one full name of that surname starts with them, with a longer given name,
 *   - and the stories share a context (namesakes.ts: the section or another person).
 */
export interface ShortGivenEvidence {
  knownName(word: string): boolean;
  related(a: readonly string[], b: readonly string[]): boolean;
}

export function shortGivenNameJoins(keys: ReadonlyMap<string, readonly string[]>, evidence: ShortGivenEvidence): Map<string, string> {
  const bySurname = new Map<string, string[]>();
  for (const key of keys.keys()) {
    const words = key.split(' ');
    if (words.length < 2) continue;
    const rest = words.slice(1).join(' ');
    bySurname.set(rest, [...(bySurname.get(rest) ?? []), key]);
  }
  const joins = new Map<string, string>();
  for (const [key, stories] of keys) {
    const words = key.split(' ');
    const short = words[0]!;
    if (words.length < 2 || !/^\p{Ll}{2}$/u.test(short) || evidence.knownName(short.charAt(0).toUpperCase() + short.slice(1))) continue;
    const fits = (bySurname.get(words.slice(1).join(' ')) ?? []).filter((other) => {
      const given = other.split(' ')[0]!;
      return other !== key && given.length >= 4 && given.startsWith(short) && !given.includes('.');
    });
    if (fits.length === 1 && evidence.related(stories, keys.get(fits[0]!)!)) joins.set(key, fits[0]!);
  }
  return joins;
}
