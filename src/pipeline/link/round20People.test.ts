/** People round 20, collection-wide: roles without ages (invented names). */
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
