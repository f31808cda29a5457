/** People round 20, collection-wide: roles without ages, team-sheet initials (invented names). */
import { describe, expect, it } from 'vitest';
import { mergePeople } from './people.ts';
import { person, story } from './test-utils.ts';

describe('an age in a role', () => {
  it('is left out of the role, and kept among the descriptions', () => {
    const { people } = mergePeople([story('one', [person('Tamsin Orrelby', { descriptions: ['19-year-old Ruritanian winger'] })], 'sport')]);
    expect(people[0]!.role).toBe('Ruritanian winger');
    expect(people[0]!.descriptions).toContain('19-year-old Ruritanian winger');
    const other = mergePeople([story('one', [person('Bram Quiddle', { descriptions: ['Thirty-one-year-old actor'] })], 'arts')]).people;
    expect(other[0]!.role).toBe('actor');
  });
});

describe('a team-sheet initial that two related full names fit', () => {
  it('joins the one the same form stood beside in a related story', () => {
    const { people, personIdFor } = mergePeople([
      story('report', ['S Quarrel', person('Sam Quarrel', { descriptions: ['fly-half'] }), 'Tam Dorrit', 'Ivo Renn'], 'sport'),
      story('injuries', ['Steve Quarrel', 'Tam Dorrit'], 'sport'),
      story('preview', ['S Quarrel', 'Tam Dorrit', 'Ivo Renn'], 'sport'),
    ]);
    expect(personIdFor('preview', 'S Quarrel')).toBe('sam-quarrel');
    expect(people.map((p) => p.name)).not.toContain('S Quarrel');
  });

  it('stays apart when no related story decides', () => {
    const { personIdFor } = mergePeople([
      story('injuries', ['Steve Quarrel', 'Tam Dorrit'], 'sport'),
      story('notes', [person('Sam Quarrel', { descriptions: ['fly-half'] }), 'Tam Dorrit'], 'sport'),
      story('preview', ['S Quarrel', 'Tam Dorrit', 'Ivo Renn'], 'sport'),
    ]);
    expect(personIdFor('preview', 'S Quarrel')).toBe('s-quarrel');
  });
});

describe('a familiar given name', () => {
  it('joins the formal one when the stories share a person', () => {
    const { people } = mergePeople([
      story('one', [person('Bernie Quarrow', { descriptions: ['former Tarnco chief'] }), 'Ivo Renn'], 'business'),
      story('two', [person('Bernard Quarrow', { descriptions: ['Tarnco chief executive'] }), 'Ivo Renn'], 'business'),
    ]);
    expect(people.filter((p) => p.name.endsWith('Quarrow'))).toHaveLength(1);
  });
});
