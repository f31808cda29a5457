import { describe, expect, it } from 'vitest';
import { PackedTerms, storyTerms } from './search.ts';

describe('PackedTerms: a story search terms kept between rebuilds, packed', () => {
  it('reads back every term with its score, in the order they were made', () => {
    const terms = storyTerms({
      headline: ['Tollervey harbour reopens after the storm'],
      standfirst: ['The harbour at Tollervey reopened on Monday, the port authority said.'],
      people: ['Ilse Varna'],
      topics: ['Tollervey harbour'],
      speakers: [],
      section: ['uk'],
    });
    expect(terms.size).toBeGreaterThan(5);
    const packed = PackedTerms.of(terms);
    expect(packed).not.toBe(terms);
    expect([...packed]).toEqual([...terms]);
    expect([...packed]).toEqual([...packed]);
  });

  it('keeps the Map of a story whose terms could not be told apart in the packed form', () => {
    const odd = new Map([['quay\tside', 3], ['ferry', 2]]);
    expect(PackedTerms.of(odd)).toBe(odd);
  });
});
