/**
 * Merging each article's people into one collection-wide people index.
 *
 * - The same full name in different articles is one person ("Sir Alex Ferguson" and "Alex Ferguson"
 *   too: a style does not make a different person).
 * - A person an article names only by surname ("Bush", from "President Bush") joins a full-named person
 *   only when exactly one person in the collection has that surname (and the genders do not clash);
 *   otherwise they stay apart — "Paul Kessel" and "Anna Kessel" are never merged, and a bare "Kessel"
 *   between them is left on its own.
 * - Output is deterministic: people sorted by name, ids are name slugs made unique with -2, -3 … in that
 *   order, lists sorted or in first-seen order of the (ordered) input.
 */
import type { Block, Person, Quote } from '../../content/schema.ts';
import type { LocalPerson } from '../types.ts';
import { slugify } from '../ids.ts';

export interface PeopleInput {
  articleId: string;
  people: LocalPerson[];
  quotes: Quote[];
  blocks: Block[];
}

const STYLES = /^(?:Sir|Lord|Lady|Dame|Baroness|Baron)\s+/;

interface Group {
  key: string;
  names: Map<string, number>;
  aliases: Set<string>;
  descriptions: Map<string, { text: string; count: number; order: number }>;
  articles: Set<string>;
  quoteCount: number;
  gender: 'male' | 'female' | null;
  /** Surname (last word, lower case) for surname-only merging. */
  surname: string;
  /** Bare one-word name with no style: only a surname reference. */
  surnameOnly: boolean;
}

function tokensOf(name: string): string[] {
  return name.replace(STYLES, '').trim().split(/\s+/).filter(Boolean);
}

function keyOf(name: string): string {
  return tokensOf(name)
    .join(' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

function newGroup(key: string, local: LocalPerson): Group {
  const tokens = tokensOf(local.name);
  return {
    key,
    names: new Map(),
    aliases: new Set(),
    descriptions: new Map(),
    articles: new Set(),
    quoteCount: 0,
    gender: local.gender,
    surname: (tokens[tokens.length - 1] ?? '').toLowerCase(),
    surnameOnly: tokens.length === 1 && !STYLES.test(local.name),
  };
}

let descriptionOrder = 0;

function addLocal(group: Group, local: LocalPerson, articleId: string, quotes: Quote[]): void {
  group.names.set(local.name, (group.names.get(local.name) ?? 0) + 1);
  for (const m of local.mentions) group.aliases.add(m);
  for (const d of local.descriptions) {
    const k = d.toLowerCase();
    const entry = group.descriptions.get(k) ?? { text: d, count: 0, order: descriptionOrder++ };
    entry.count++;
    group.descriptions.set(k, entry);
  }
  group.articles.add(articleId);
  group.quoteCount += quotes.filter((q) => q.speaker.type === 'person' && q.speaker.name === local.name).length;
  if (!group.gender && local.gender) group.gender = local.gender;
}

export function mergePeople(articles: PeopleInput[]): {
  people: Person[];
  personIdFor: (articleId: string, localName: string) => string | null;
} {
  descriptionOrder = 0;
  const groups = new Map<string, Group>();
  const groupOf = new Map<string, Group>();
  const ref = (articleId: string, name: string): string => `${articleId}\u0000${name}`;

  // Pass 1: people with a full name (or a peer's/knight's style) define the groups.
  const deferred: Array<{ input: PeopleInput; local: LocalPerson }> = [];
  for (const input of articles) {
    for (const local of input.people) {
      const tokens = tokensOf(local.name);
      if (tokens.length === 1 && !STYLES.test(local.name)) {
        deferred.push({ input, local });
        continue;
      }
      const key = STYLES.test(local.name) && tokens.length === 1 ? local.name.toLowerCase() : keyOf(local.name);
      const group = groups.get(key) ?? newGroup(key, local);
      groups.set(key, group);
      addLocal(group, local, input.articleId, input.quotes);
      groupOf.set(ref(input.articleId, local.name), group);
    }
  }
  // Pass 2: surname-only people join the one full-named person with that surname, if there is one.
  const bySurname = new Map<string, Group[]>();
  for (const g of groups.values()) bySurname.set(g.surname, [...(bySurname.get(g.surname) ?? []), g]);
  for (const { input, local } of deferred) {
    const surname = keyOf(local.name);
    const candidates = (bySurname.get(surname) ?? []).filter((g) => !(g.gender && local.gender && g.gender !== local.gender));
    let group: Group;
    if (candidates.length === 1) group = candidates[0]!;
    else {
      const key = `surname:${surname}`;
      group = groups.get(key) ?? newGroup(key, local);
      groups.set(key, group);
    }
    addLocal(group, local, input.articleId, input.quotes);
    groupOf.set(ref(input.articleId, local.name), group);
  }

  const people = [...groups.values()].map((g) => ({ group: g, name: bestName(g) }));
  people.sort((a, b) => a.name.localeCompare(b.name, 'en') || a.group.key.localeCompare(b.group.key, 'en'));
  const usedIds = new Set<string>();
  const idOf = new Map<Group, string>();
  const result: Person[] = people.map(({ group, name }) => {
    const base = slugify(name) || 'person';
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    idOf.set(group, id);
    const descriptions = [...group.descriptions.values()].sort((a, b) => a.order - b.order);
    // An age ("34-year-old") says how old someone is, not what they do: never a role (it stays a
    // description, which lets "the 34-year-old said" find the person).
    const ranked = descriptions.filter((d) => !isAge(d.text)).sort((a, b) => b.count - a.count || a.order - b.order);
    const role = ranked[0]?.text ?? null;
    return {
      id,
      name,
      aliases: [...group.aliases].filter((a) => a !== name).sort(),
      descriptions: descriptions.map((d) => d.text),
      role,
      articles: [...group.articles].sort(),
      quoteCount: group.quoteCount,
    };
  });
  return {
    people: result,
    personIdFor: (articleId, localName) => {
      const group = groupOf.get(ref(articleId, localName));
      return group ? (idOf.get(group) ?? null) : null;
    },
  };
}

/** The fullest name the articles use (a style included), the most frequent among equals. */
function bestName(group: Group): string {
  return [...group.names.entries()].sort(
    (a, b) => b[0].split(/\s+/).length - a[0].split(/\s+/).length || b[1] - a[1] || a[0].localeCompare(b[0], 'en'),
  )[0]![0];
}

function isAge(description: string): boolean {
  return /\d+-year-old$/.test(description);
}
