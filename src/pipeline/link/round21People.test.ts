/** People round 21, collection-wide (invented names and stories). */
import { describe, expect, it } from 'vitest';
import { mergePeople } from './people.ts';
import { person, story } from './test-utils.ts';

describe('a short or respelt Scottish given name', () => {
  it('joins the full one when the stories share a person', () => {
    const { people } = mergePeople([
      story('one', [person('Ali Brackenrig', { descriptions: ['flanker'] }), 'Ivo Renn', 'Tam Dorrit'], 'sport'),
      story('two', [person('Allister Brackenrig', { descriptions: ['Borders flanker'] }), 'Ivo Renn'], 'sport'),
    ]);
    expect(people.filter((p) => p.name.endsWith('Brackenrig'))).toHaveLength(1);
  });

  it('stays apart with nothing but the section in common', () => {
    const { people } = mergePeople([
      story('one', [person('Ali Brackenrig', { descriptions: ['shopkeeper'] }), 'Ivo Renn'], 'business'),
      story('two', [person('Alistair Brackenrig', { descriptions: ['banker'] }), 'Tam Dorrit'], 'business'),
    ]);
    expect(people.filter((p) => p.name.endsWith('Brackenrig'))).toHaveLength(2);
  });
});
