import { describe, expect, it } from 'vitest';
import type { Quote } from '../../content/schema.ts';
import type { LocalPerson } from '../types.ts';
import { mergePeople } from './people.ts';

const person = (name: string, extra: Partial<LocalPerson> = {}): LocalPerson => ({ name, mentions: [name], descriptions: [], gender: null, ...extra });
const quote = (name: string): Quote => ({ id: 'q1', text: 'x', speaker: { name, personId: null, type: 'person' }, block: 0, child: null, start: 0, end: 1 });

describe('mergePeople', () => {
  it('merges the same full name across articles, with descriptions deduped and the commonest as role', () => {
    const { people, personIdFor } = mergePeople([
      { articleId: 'b-story', people: [person('Mara Quill', { descriptions: ['harbour master'], mentions: ['Mara Quill', 'Ms Quill'] })], quotes: [quote('Mara Quill')], blocks: [] },
      { articleId: 'a-story', people: [person('Mara Quill', { descriptions: ['Harbour master', 'port chief'] })], quotes: [quote('Mara Quill'), quote('Mara Quill')], blocks: [] },
    ]);
    expect(people).toEqual([
      { id: 'mara-quill', name: 'Mara Quill', aliases: ['Ms Quill'], descriptions: ['harbour master', 'port chief'], role: 'harbour master', articles: ['a-story', 'b-story'], quoteCount: 3 },
    ]);
    expect(personIdFor('a-story', 'Mara Quill')).toBe('mara-quill');
    expect(personIdFor('a-story', 'Nobody')).toBeNull();
  });

  it('merges a surname-only person only when one person in the collection has that surname', () => {
    const { people, personIdFor } = mergePeople([
      { articleId: 'one', people: [person('Tobias Wren')], quotes: [], blocks: [] },
      { articleId: 'two', people: [person('Wren', { mentions: ['Mr Wren'] })], quotes: [], blocks: [] },
    ]);
    expect(people).toHaveLength(1);
    expect(personIdFor('two', 'Wren')).toBe('tobias-wren');
  });

  it('never merges different people who share a surname, and leaves an ambiguous surname alone', () => {
    const { people, personIdFor } = mergePeople([
      { articleId: 'one', people: [person('Paul Kessel')], quotes: [], blocks: [] },
      { articleId: 'two', people: [person('Anna Kessel')], quotes: [], blocks: [] },
      { articleId: 'three', people: [person('Kessel')], quotes: [], blocks: [] },
    ]);
    expect(people.map((p) => p.name)).toEqual(['Anna Kessel', 'Kessel', 'Paul Kessel']);
    expect(new Set(people.map((p) => p.id)).size).toBe(3);
    expect(personIdFor('three', 'Kessel')).toBe('kessel');
  });

  it('does not merge a surname across genders', () => {
    const { people } = mergePeople([
      { articleId: 'one', people: [person('Paul Orme', { gender: 'male' })], quotes: [], blocks: [] },
      { articleId: 'two', people: [person('Orme', { gender: 'female', mentions: ['Ms Orme'] })], quotes: [], blocks: [] },
    ]);
    expect(people).toHaveLength(2);
  });

  it('treats a knight with and without his style as one person, named in full', () => {
    const { people } = mergePeople([
      { articleId: 'one', people: [person('Sir Hugo Pell')], quotes: [], blocks: [] },
      { articleId: 'two', people: [person('Hugo Pell')], quotes: [], blocks: [] },
    ]);
    expect(people.map((p) => p.name)).toEqual(['Sir Hugo Pell']);
  });

  it('makes ids unique when different people slug the same', () => {
    const { people } = mergePeople([
      { articleId: 'one', people: [person('Jo Ann Lee')], quotes: [], blocks: [] },
      { articleId: 'two', people: [person('Jo-Ann Lee')], quotes: [], blocks: [] },
    ]);
    expect(people.map((p) => p.id).sort()).toEqual(['jo-ann-lee', 'jo-ann-lee-2']);
  });

  it('is deterministic whatever the input order', () => {
    const a = { articleId: 'a', people: [person('Zed Amos'), person('Bea Cole')], quotes: [], blocks: [] };
    const b = { articleId: 'b', people: [person('Bea Cole', { descriptions: ['chair'] })], quotes: [], blocks: [] };
    expect(mergePeople([a, b]).people.map((p) => p.id)).toEqual(mergePeople([b, a]).people.map((p) => p.id));
  });

  it('never makes an age the role, even when it is the only description', () => {
    const { people } = mergePeople([{ articleId: 'one', people: [person('Tobias Wren', { descriptions: ['51-year-old'] })], quotes: [], blocks: [] }]);
    expect(people[0]!.role).toBeNull();
    expect(people[0]!.descriptions).toEqual(['51-year-old']);
  });
});
