/**
 * Evidence that two stories mean the same person, for the people index (link/people.ts).
 *
 * A name shared across stories is not proof of one person: a Liberal Democrat chairman and a Portsmouth
 * footballer share a full name, "Ms King" of a political story is not the musician King of a court story,
 * and a bare "Marshall" on a football team sheet is not the rugby scrum-half named in full elsewhere. Two
 * stories are taken to share a context when
 *   - they name another person in common (by full name), or
 *   - at least SHARED_SURNAMES other surnames recur in both (a team sheet against a squad story), or
 *   - (where a caller allows it) they are filed in the same section.
 * Everything here is order-independent: components are unions, not first-come choices, so an
 * incremental rebuild gives the same index as a cold one.
 */

/** Other surnames two stories must share to count as one context: two is too few ("Blair", "Brown"). */
export const SHARED_SURNAMES = 3;

export interface StoryFacts {
  /** Full-name keys of the people the story names (link/people.ts keys). */
  fullNames: ReadonlySet<string>;
  /** Surnames (last word, lower case) of everyone the story names, bare surnames included. */
  surnames: ReadonlySet<string>;
  section: string | null;
}

export class StoryContext {
  private readonly stories = new Map<string, StoryFacts>();
  private readonly storiesOf = new Map<string, Set<string>>();

  add(articleId: string, facts: StoryFacts): void {
    this.stories.set(articleId, facts);
    for (const key of facts.fullNames) this.storiesOf.set(key, (this.storiesOf.get(key) ?? new Set()).add(articleId));
  }

  /** A person the story is now known to name (a bare surname joined to a full name). */
  addFullName(articleId: string, key: string): void {
    const facts = this.stories.get(articleId);
    if (!facts || facts.fullNames.has(key)) return;
    this.stories.set(articleId, { ...facts, fullNames: new Set([...facts.fullNames, key]) });
    this.storiesOf.set(key, (this.storiesOf.get(key) ?? new Set()).add(articleId));
  }

  section(articleId: string): string | null {
    return this.stories.get(articleId)?.section ?? null;
  }

  /**
   * Whether story `a` shares a context with any of `others` (itself left out), not counting the person
   * under test (`selfKey`, `selfSurname`): a shared name must be somebody else's. `surnamesCount: false`
   * asks for a person in common: shared surnames alone do not do (see link/people.ts on team sheets).
   */
  related(a: string, others: Iterable<string>, selfKey: string | null, selfSurname: string, surnamesCount = true): boolean {
    const facts = this.stories.get(a);
    if (!facts) return false;
    const pool = new Set(others);
    pool.delete(a);
    if (pool.size === 0) return false;
    for (const key of facts.fullNames) {
      if (key === selfKey) continue;
      for (const story of this.storiesOf.get(key) ?? []) if (pool.has(story)) return true;
    }
    if (!surnamesCount) return false;
    const seen = new Set<string>();
    for (const story of pool) for (const s of this.stories.get(story)?.surnames ?? []) seen.add(s);
    let shared = 0;
    for (const s of facts.surnames) if (s !== selfSurname && seen.has(s) && ++shared >= SHARED_SURNAMES) return true;
    return false;
  }

  /** Whether `a` and every one of `others` have known sections, none of them `a`'s: stories of another field. */
  otherSections(a: string, others: readonly string[]): boolean {
    const mine = this.section(a);
    return mine !== null && others.length > 0 && others.every((story) => this.section(story) !== null && this.section(story) !== mine);
  }

  /** Whether `a` is filed in the same (known) section as one of `others`. */
  sameSection(a: string, others: Iterable<string>): boolean {
    const mine = this.section(a);
    if (mine === null) return false;
    for (const story of others) if (story !== a && this.section(story) === mine) return true;
    return false;
  }
}

/** Union-find over a fixed list of items; `components` lists each component in first-item order. */
export function components<T>(items: readonly T[], linked: (a: T, b: T) => boolean): T[][] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      if (find(i) !== find(j) && linked(items[i]!, items[j]!)) parent[find(j)] = find(i);
    }
  }
  const byRoot = new Map<number, T[]>();
  items.forEach((item, i) => byRoot.set(find(i), [...(byRoot.get(find(i)) ?? []), item]));
  return [...byRoot.values()];
}
