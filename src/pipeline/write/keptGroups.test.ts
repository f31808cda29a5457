import { describe, expect, it } from 'vitest';
import { KeptGroups } from './keptGroups.ts';

interface Item {
  id: string;
  keys: string[];
}

// The groups a plain pass gives: each key's items in list order, an item once per key.
const plain = (items: readonly Item[]) => {
  const groups = new Map<string, string[]>();
  for (const item of items) for (const key of new Set(item.keys)) groups.set(key, [...(groups.get(key) ?? []), item.id]);
  return groups;
};
const ids = (groups: ReadonlyMap<string, readonly Item[]>) => new Map([...groups].map(([key, list]) => [key, list.map((i) => i.id)]));
const sorted = (groups: Map<string, string[]>) => new Map([...groups].sort(([a], [b]) => (a < b ? -1 : 1)));

describe('KeptGroups', () => {
  it('changes only the groups of the items that changed, and gives what a plain pass gives', () => {
    const kept = new KeptGroups<Item>();
    let items: Item[] = Array.from({ length: 40 }, (_, i) => ({ id: `s${i}`, keys: [`k${i % 5}`, i % 2 ? 'odd' : 'even'] }));
    let groups = kept.group(items, (i) => i.keys);
    expect(sorted(new Map(ids(groups)))).toEqual(sorted(plain(items)));
    const before = new Map(groups);

    // One item in the middle loses a key, gains two (one repeated) and keeps one.
    items = items.map((item) => (item.id === 's12' ? { id: 's12', keys: ['k2', 'fresh', 'fresh', 'k4'] } : item));
    groups = kept.group(items, (i) => i.keys);
    expect(sorted(new Map(ids(groups)))).toEqual(sorted(plain(items)));
    // Untouched groups are the same arrays; touched ones are new.
    expect(groups.get('k1')).toBe(before.get('k1'));
    expect(groups.get('odd')).toBe(before.get('odd'));
    expect(groups.get('k2')).not.toBe(before.get('k2'));
    expect(groups.get('even')).not.toBe(before.get('even'));

    // An item's only member leaves its group: the group goes.
    items = items.map((item) => (item.id === 's12' ? { id: 's12', keys: ['k2'] } : item));
    groups = kept.group(items, (i) => i.keys);
    expect(groups.has('fresh')).toBe(false);
    expect(sorted(new Map(ids(groups)))).toEqual(sorted(plain(items)));

    // Two items swap places (a re-dated story): each group keeps list order.
    items = [items[30]!, ...items.slice(1, 30), items[0]!, ...items.slice(31)];
    groups = kept.group(items, (i) => i.keys);
    expect(sorted(new Map(ids(groups)))).toEqual(sorted(plain(items)));

    // A story added: grouped afresh, still the same.
    items = [...items, { id: 's40', keys: ['k0'] }];
    groups = kept.group(items, (i) => i.keys);
    expect(sorted(new Map(ids(groups)))).toEqual(sorted(plain(items)));
  });

  it('groups afresh after a call whose key function threw half way', () => {
    const kept = new KeptGroups<Item>();
    const items: Item[] = Array.from({ length: 40 }, (_, i) => ({ id: `s${i}`, keys: [`k${i % 5}`] }));
    kept.group(items, (i) => i.keys);
    // Two items change; the key function fails on the second after the first was already moved.
    const edited = items.map((item) => (item.id === 's3' || item.id === 's7' ? { id: item.id, keys: ['moved'] } : item));
    expect(() => kept.group(edited, (i) => { if (i.id === 's7') throw new Error('no keys'); return i.keys; })).toThrow('no keys');
    const groups = kept.group(edited, (i) => i.keys);
    expect(sorted(new Map(ids(groups)))).toEqual(sorted(plain(edited)));
  });
});
