/**
 * The people merge after one story's edit (peopleEdit.ts): whatever path it takes, the people, their order
 * and ids, and every name's id equal a merge from scratch. Random edits of a small generated collection, and
 * a few chosen ones that must take the whole merge.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCollection } from '../../../scripts/generate/generate.ts';
import { listContent } from '../read/walk.ts';
import { processFile } from '../processFile.ts';
import type { EnrichedArticle, LocalPerson } from '../types.ts';
import { mergePeopleOf, type PreviousPeople } from './peopleMemo.ts';
import { mergePeople } from './people.ts';
import { person } from './test-utils.ts';

let dir: string;
let stories: EnrichedArticle[];
let ids: string[];
let sections: string[];

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'people-edit-'));
  // Few people for many stories: surnames recur, so many edits reach other people.
  await generateCollection({ articles: 120, outDir: dir, seed: 'people-edit', people: 40 });
  const { sources } = await listContent(dir);
  const results = await Promise.all(sources.map(async (s) => ({ s, r: await processFile(s.source, new Uint8Array(await readFile(s.absolute))) })));
  const kept = results.filter(({ r }) => r.kind === 'article');
  stories = kept.map(({ r }) => (r as { article: EnrichedArticle }).article);
  ids = kept.map(({ s }) => s.source);
  sections = kept.map(({ s }) => s.source.split('/')[0]!);
}, 120_000);

afterAll(() => rm(dir, { recursive: true, force: true }));

/** Every name a story may ask an id for: its people and its speakers. */
const namesOf = (a: EnrichedArticle) => [...new Set([...a.people.map((p) => p.name), ...a.quotes.flatMap((q) => (q.speaker.type === 'person' && q.speaker.name ? [q.speaker.name] : []))])];

function remembered(list: readonly EnrichedArticle[]): PreviousPeople {
  const first = mergePeopleOf(list, ids, sections, true);
  const given = new Map(list.map((a, i) => [ids[i]!, new Map(namesOf(a).map((n) => [n, first.personIdFor(ids[i]!, n)]))]));
  return { memo: first.memo!, idsGiven: (id) => given.get(id) };
}

/** The merge after the edit equals one from scratch; returns whether the last merge was built on. */
function expectSameAsScratch(previous: PreviousPeople, edited: EnrichedArticle[]): boolean {
  const again = mergePeopleOf(edited, ids, sections, false, previous);
  const scratch = mergePeople(edited.map((a, i) => ({ articleId: ids[i]!, people: a.people, quotes: a.quotes, blocks: a.blocks, section: sections[i]!, notPeople: a.notPeople })));
  expect(JSON.stringify(again.people)).toBe(JSON.stringify(scratch.people));
  edited.forEach((a, i) => {
    for (const name of namesOf(a)) expect(again.personIdFor(ids[i]!, name), `${ids[i]} ${name}`).toBe(scratch.personIdFor(ids[i]!, name));
  });
  return again.reused;
}

/** A deterministic stream of numbers in [0, 1). */
function stream(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const SYLLABLES = ['tal', 'vor', 'quen', 'mir', 'bask', 'oth', 'ril', 'dun', 'sef', 'yar', 'plov', 'gresh'];
const invented = (next: () => number, n: number) => {
  const word = (k: number) => Array.from({ length: 2 + k }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join('');
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  return `${cap(word(n % 2))} ${cap(word(1))}`;
};

/** One random edit of a story's people or quotes, of a kind a writer makes. */
function randomEdit(story: EnrichedArticle, all: readonly EnrichedArticle[], next: () => number, n: number): EnrichedArticle {
  const pick = <T,>(list: readonly T[]): T | undefined => list[Math.floor(next() * list.length)];
  const quote = (name: string) => ({ ...(story.quotes[0] ?? { text: 'We will open the bridge in May.', kind: 'direct' }), speaker: { type: 'person', name } }) as EnrichedArticle['quotes'][number];
  const someone = pick(all.flatMap((a) => a.people));
  switch (Math.floor(next() * 7)) {
    case 0: {
      // A new person, quoted and described.
      const name = invented(next, n);
      return { ...story, people: [...story.people, person(name, { descriptions: ['ferry pilot'] })], quotes: [...story.quotes, quote(name)] };
    }
    case 1:
      // A new person with no role, first in the story.
      return { ...story, people: [person(invented(next, n)), ...story.people] };
    case 2: {
      // Someone of another story named here too.
      if (!someone || story.people.some((p) => p.name === someone.name)) return story;
      return { ...story, people: [...story.people, someone] };
    }
    case 3: {
      // A person dropped.
      const gone = pick(story.people);
      return { ...story, people: story.people.filter((p) => p !== gone), quotes: story.quotes.filter((q) => q.speaker.type !== 'person' || q.speaker.name !== gone?.name) };
    }
    case 4: {
      // A surname changed: to a new word, or to another person's surname.
      const at = Math.floor(next() * story.people.length);
      const other = someone?.name.split(' ').at(-1);
      const people = story.people.map((p, i): LocalPerson => {
        if (i !== at || !p.name.includes(' ')) return p;
        const name = `${p.name.split(' ').slice(0, -1).join(' ')} ${next() < 0.5 ? invented(next, n).split(' ')[1] : other}`;
        return { ...p, name, mentions: [name] };
      });
      return { ...story, people };
    }
    case 5: {
      // One more quote by someone the story names.
      const speaker = pick(story.people);
      return speaker ? { ...story, quotes: [...story.quotes, quote(speaker.name)] } : story;
    }
    default: {
      // A new full name one letter off a surname the story already gives (a slip of the same person?).
      const named = pick(story.people.filter((p) => p.name.includes(' ')));
      if (!named) return story;
      const surname = named.name.split(' ').at(-1)!;
      return { ...story, people: [...story.people, person(`${invented(next, n).split(' ')[0]} ${surname}x`)] };
    }
  }
}

describe('the people merge after one story is edited', () => {
  it('equals a merge from scratch after any of many random edits', () => {
    const previous = remembered(stories);
    const next = stream(13);
    let builtOn = 0;
    for (let n = 0; n < 120; n++) {
      const at = Math.floor(next() * stories.length);
      const edited = stories.map((a, i) => (i === at ? randomEdit(a, stories, next, n) : a));
      if (expectSameAsScratch(previous, edited)) builtOn++;
    }
    // The edits that name a new person or quote one more time mostly take the short path.
    expect(builtOn).toBeGreaterThan(20);
  }, 120_000);

  it('adds a newly named person at the sorted place with an id of their own, and drops them again', () => {
    const previous = remembered(stories);
    const at = stories.findIndex((a) => a.people.length > 0);
    const newcomer = person('Aldric Vennowby', { descriptions: ['lighthouse keeper'] });
    const edited = stories.map((a, i) => (i === at ? { ...a, people: [...a.people, newcomer] } : a));
    expect(expectSameAsScratch(previous, edited)).toBe(true);
    const after = mergePeopleOf(edited, ids, sections, false, previous);
    expect(after.people.find((p) => p.name === 'Aldric Vennowby')).toMatchObject({ id: 'aldric-vennowby', role: 'lighthouse keeper', articles: [ids[at]] });
    // And back: the edit undone.
    expect(expectSameAsScratch(remembered(edited), stories)).toBe(true);
  });

  it('takes the whole merge when the new name shares a word, a slip or an id with someone', () => {
    const previous = remembered(stories);
    const at = stories.findIndex((a) => a.people.some((p) => p.name.includes(' ')));
    const named = stories[at]!.people.find((p) => p.name.includes(' '))!;
    const [given, surname] = [named.name.split(' ')[0]!, named.name.split(' ').at(-1)!];
    // The same letters split elsewhere ("Stel Lanmorrow" beside "Stellan Morrow").
    const joined = named.name.replace(/ /g, '');
    const resplit = `${joined.slice(0, 3)} ${joined.charAt(3).toUpperCase()}${joined.slice(4).toLowerCase()}`;
    for (const name of [`Oswin ${surname}`, `${given} Pellithorne`, `Oswin ${surname.slice(0, -1)}`, resplit]) {
      const edited = stories.map((a, i) => (i === at ? { ...a, people: [...a.people, person(name)] } : a));
      expect(expectSameAsScratch(previous, edited), name).toBe(false);
    }
  });

  it('takes the whole merge when another story\u2019s bare surname would join the new name', () => {
    const story = (people: LocalPerson[]) => ({ people, quotes: [], blocks: [], notPeople: [] }) as unknown as EnrichedArticle;
    const two = [story([person('Orla Fenwright'), person('Kestry')]), story([person('Dalmar Quince')])];
    const [ownIds, ownSections] = [['harbour', 'council'], ['politics', 'politics']];
    const first = mergePeopleOf(two, ownIds, ownSections, true);
    const given = new Map(ownIds.map((id, i) => [id, new Map(two[i]!.people.map((p) => [p.name, first.personIdFor(id, p.name)]))]));
    const edited = [two[0]!, story([person('Dalmar Quince'), person('Tamsin Kestry')])];
    const again = mergePeopleOf(edited, ownIds, ownSections, false, { memo: first.memo!, idsGiven: (id) => given.get(id) });
    const scratch = mergePeople(edited.map((a, i) => ({ articleId: ownIds[i]!, people: a.people, quotes: [], blocks: [], section: ownSections[i]! })));
    // "Kestry" of the harbour story is now Tamsin Kestry (the same section): a person of the other story changes.
    expect(scratch.personIdFor('harbour', 'Kestry')).toBe('tamsin-kestry');
    expect(again.reused).toBe(false);
    expect(again.people).toEqual(scratch.people);
  });
});
