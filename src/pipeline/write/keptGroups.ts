/**
 * Items grouped by key, each group in the items' order (render.ts: stories by person and by topic, articles by
 * quoted person), kept between a dev server's rebuilds and changed item by item: a rebuild after one edit holds
 * the same items at the same places but for the edited story, so only the groups of that story's keys, old and
 * new, are made again (grouping every story was over a second at 100,000 stories). A group that changed is a
 * new array; an unchanged group is the same array as last time, so a memo comparing lists by identity keeps
 * its pages.
 */
export class KeptGroups<T extends object> {
  private items: readonly T[] = [];
  private readonly keysOf = new Map<T, readonly string[]>();
  private readonly positionOf = new Map<T, number>();
  private readonly groups = new Map<string, T[]>();

  /** The groups of `items` by `keys` (each key once per item, in order of first appearance). */
  group(items: readonly T[], keys: (item: T) => readonly string[]): ReadonlyMap<string, readonly T[]> {
    const changed: number[] = [];
    if (items.length === this.items.length) {
      for (let i = 0; i < items.length && changed.length <= items.length / 8; i++) if (items[i] !== this.items[i]) changed.push(i);
    }
    try {
      if (items.length !== this.items.length || changed.length > items.length / 8 || items.length === 0) this.regroup(items, keys);
      else if (changed.length > 0) this.change(items, changed, keys);
    } catch (error) {
      // Grouping stopped half way (a key function that threw): forget the last items, so the next call groups
      // everything afresh instead of building on half-changed groups.
      this.items = [];
      throw error;
    }
    this.items = [...items];
    return this.groups;
  }

  private regroup(items: readonly T[], keys: (item: T) => readonly string[]): void {
    this.keysOf.clear();
    this.positionOf.clear();
    this.groups.clear();
    items.forEach((item, position) => {
      const own = unique(keys(item));
      this.keysOf.set(item, own);
      this.positionOf.set(item, position);
      for (const key of own) {
        const list = this.groups.get(key);
        if (list) list.push(item);
        else this.groups.set(key, [item]);
      }
    });
  }

  private change(items: readonly T[], changed: readonly number[], keys: (item: T) => readonly string[]): void {
    const gone = new Set<T>();
    const came: T[] = [];
    const touched = new Set<string>();
    for (const position of changed) {
      const old = this.items[position]!;
      gone.add(old);
      for (const key of this.keysOf.get(old) ?? []) touched.add(key);
      this.keysOf.delete(old);
      this.positionOf.delete(old);
    }
    for (const position of changed) {
      const item = items[position]!;
      const own = unique(keys(item));
      this.keysOf.set(item, own);
      this.positionOf.set(item, position);
      came.push(item);
      for (const key of own) touched.add(key);
    }
    for (const key of touched) {
      const kept = (this.groups.get(key) ?? []).filter((item) => !gone.has(item));
      const added = came.filter((item) => this.keysOf.get(item)!.includes(key));
      const list = [...kept, ...added].sort((a, b) => this.positionOf.get(a)! - this.positionOf.get(b)!);
      if (list.length > 0) this.groups.set(key, list);
      else this.groups.delete(key);
    }
  }
}

/** The keys once each, in order of first appearance (the same array when none repeats). */
function unique(keys: readonly string[]): readonly string[] {
  return new Set(keys).size === keys.length ? keys : [...new Set(keys)];
}
