/**
 * A short note that tells apart people who share a name in the index ("Tolan Brake", a footballer, and
 * "Tolan Brake", a politician: namesakes split by people.ts, or bare surnames kept apart). Computed once
 * here and written with the person (`distinguishedAs`), so every view draws the same words.
 *
 * The note is the person's role (if short), else the section most of their stories are in, else the
 * role however long, else both when those alone still read alike; nobody gets one whose name is theirs alone, nor one that does not tell them
 * apart from their namesakes (the ids still differ, but a reader could not tell which is which).
 */
import type { Person } from '../../content/schema.ts';
import { foldName } from '../../content/names.ts';

/** Longer roles ("captain of two of the three title-winning crews") are no short note. */
const SHORT_ROLE_WORDS = 5;

export function distinguishNamesakes(people: readonly Person[], sectionOf: (articleId: string) => string | null): Person[] {
  const byName = new Map<string, Person[]>();
  for (const p of people) {
    const key = foldName(p.name.trim());
    byName.set(key, [...(byName.get(key) ?? []), p]);
  }
  const notes = new Map<Person, string>();
  for (const same of byName.values()) {
    if (same.length < 2) continue;
    const facts = same.map((p) => ({ person: p, role: p.role?.trim() || null, section: mainSection(p, sectionOf) }));
    const ways: Array<(f: (typeof facts)[number]) => string | null> = [
      // A note follows the name inside a link: a long role gives way to the section when that tells.
      (f) => (f.role && f.role.split(/\s+/).length <= SHORT_ROLE_WORDS ? f.role : null) ?? f.section,
      (f) => f.role ?? f.section,
      (f) => [f.role, f.section].filter(Boolean).join(', ') || null,
    ];
    for (const f of facts) {
      // The first way whose note for this person no namesake shares.
      for (const way of ways) {
        const note = way(f);
        if (note && !facts.some((o) => o !== f && foldName(way(o) ?? '') === foldName(note))) {
          notes.set(f.person, note);
          break;
        }
      }
    }
  }
  return people.map((p) => {
    const note = notes.get(p);
    return note ? { ...p, distinguishedAs: note } : p;
  });
}

/** The section most of the person's stories are filed in (ties: A–Z), or null when none has one. */
function mainSection(person: Person, sectionOf: (articleId: string) => string | null): string | null {
  const counts = new Map<string, number>();
  for (const id of person.articles) {
    const section = sectionOf(id);
    if (section) counts.set(section, (counts.get(section) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0]?.[0] ?? null;
}
