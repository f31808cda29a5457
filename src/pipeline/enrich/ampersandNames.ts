/**
 * "accountancy firm Ernst & Young", "Independent News & Media": a body's name may hold an ampersand, which
 * ends a run of capitalised words for the name finder. Found as "Young" or "Media", the half became the body a
 * later "it said" was given to. The capitalised words before " & " belong to the name.
 */

/** Up to three capitalised words, then " & ", right before a body's name. */
const FIRST_HALF = /((?:\p{Lu}[\p{L}'\u2019.-]*\s+){0,2}\p{Lu}[\p{L}'\u2019.-]*)\s+&\s+$/u;

/** The bodies found, each whose name an ampersand splits made whole again (one entry per whole name). */
export function withAmpersandNames<T extends { name: string; start: number; end: number }>(text: string, bodies: T[]): T[] {
  const out: T[] = [];
  for (const b of bodies) {
    const half = FIRST_HALF.exec(text.slice(Math.max(0, b.start - 60), b.start));
    if (!half) {
      out.push(b);
      continue;
    }
    const start = b.start - half[0].length;
    const name = `${half[1]} & ${b.name}`;
    // The first half may have been found as a body of its own ("Independent News" & "Media"): one body now.
    const previous = out[out.length - 1];
    if (previous && previous.start >= start && previous.end <= b.start) out.pop();
    out.push({ ...b, name, start });
  }
  return out;
}
