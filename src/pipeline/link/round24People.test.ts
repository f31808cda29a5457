/** People round 24, collection-wide (invented names and stories). */
import { describe, expect, it } from 'vitest';
import { mergePeople } from './people.ts';
import { person, story } from './test-utils.ts';

describe('a long surname written with its middle letters moved in one story', () => {
  it('joins the spelling the other stories use', () => {
    const { people } = mergePeople([
      story('one', [person('Mikhail Kalridovsky', { descriptions: ['former oil boss'] }), 'Ivo Renn'], 'business'),
      story('two', [person('Mikhail Kalridovsky'), 'Tam Dorrit'], 'business'),
      story('three', [person('Mikhail Kaldirovsky', { descriptions: ['ex-oil boss'] }), 'Tam Dorrit'], 'business'),
    ]);
    expect(people.filter((p) => p.name.startsWith('Mikhail'))).toHaveLength(1);
  });
});
