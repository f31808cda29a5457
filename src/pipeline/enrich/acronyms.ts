/**
 * "the United Nations Economic Commission for Europe (UNECE)": later "the UNECE said" credits the
 * organisation by its full name, as the annotation conventions ask.
 */
const DEFINITION = /((?:[\p{Lu}][\p{L}'\u2019&.-]*)(?:\s+(?:of|for|and|on|the|&|[\p{Lu}][\p{L}'\u2019&.-]*))*)\s+\(([\p{Lu}][\p{Lu}\p{Ll}&]{1,9})\)/gu;

export function findAcronyms(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of text.matchAll(DEFINITION)) {
    const acronym = m[2]!;
    const words = m[1]!.replace(/^(?:The|the)\s+/, '').split(/\s+/);
    // Keep only as many trailing words as it takes to cover the acronym's capitals.
    const capitals = acronym.replace(/[^\p{Lu}]/gu, '').length;
    let count = 0;
    let from = words.length;
    while (from > 0 && count < capitals) {
      from--;
      if (/^[\p{Lu}]/u.test(words[from]!)) count++;
    }
    const name = words.slice(from).join(' ');
    if (name && !map.has(acronym)) map.set(acronym, name);
  }
  return map;
}
