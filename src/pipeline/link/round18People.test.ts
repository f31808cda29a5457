/** People round 18, collection-wide: names written in two orders, roles that repeat the name (invented names). */
import { describe, expect, it } from 'vitest';
import { mergePeople } from './people.ts';
import { person, story } from './test-utils.ts';


describe('a name written family name first in one story and last in another', () => {
  it('is one person when the stories share a section and the roles agree', () => {
    const { people } = mergePeople([
      story('one', [person('Zhou Tanmin', { descriptions: ['film director'] })]),
      story('two', [person('Zhou Tanmin', { descriptions: ['director'] })]),
      story('three', ['Tanmin Zhou']),
    ]);
    expect(people.map((p) => p.name)).toEqual(['Zhou Tanmin']);
    expect(people[0]!.articles).toEqual(['one', 'three', 'two']);
  });

  it('stays two with no context in common, with clashing roles, or when both words could be the family name', () => {
    const apart = mergePeople([story('one', ['Zhou Tanmin'], 'arts'), story('two', ['Tanmin Zhou'], 'sport')]).people;
    expect(apart.map((p) => p.name).sort()).toEqual(['Tanmin Zhou', 'Zhou Tanmin']);
    const roles = mergePeople([
      story('one', [person('Zhou Tanmin', { descriptions: ['film director'] })]),
      story('two', [person('Tanmin Zhou', { descriptions: ['table tennis player'] })]),
    ]).people;
    expect(roles).toHaveLength(2);
    expect(mergePeople([story('one', ['Li Wei']), story('two', ['Wei Li'])]).people).toHaveLength(2);
  });
});

describe('a description that holds the person\'s own name', () => {
  it('is no role', () => {
    const { people } = mergePeople([story('one', [person('Ann Tarrow', { descriptions: ['Ann Tarrow of the Harbour Reporter'] })])]);
    expect(people[0]!.role).toBeNull();
    const kept = mergePeople([story('one', [person('Ann Tarrow', { descriptions: ['critic of the Harbour Courier'] })])]).people;
    expect(kept[0]!.role).toBe('critic of the Harbour Courier');
  });
});
