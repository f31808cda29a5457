import { describe, expect, it } from 'vitest';
import { PackedCounts } from './packedCounts.ts';
import { storyTerms } from './write/search.ts';

describe('PackedCounts: a story counts kept between rebuilds, packed', () => {
  it('reads back every theme form with its count, in the order they were written', () => {
    const forms = new Map([
      ['harbour dues', 3],
      ['ferry timetables', 12],
      ['ferry timetable', 1],
      ['grain silos', 140],
    ]);
    expect([...PackedCounts.of(forms)]).toEqual([...forms]);
    // Read twice: the packed form is kept, not used up.
    const packed = PackedCounts.of(forms);
    expect([...packed]).toEqual([...packed]);
    expect([...PackedCounts.of(new Map())]).toEqual([]);
  });

  it('reads back every search term with its score', () => {
    const terms = storyTerms({
      headline: ['Tollervey harbour reopens after the storm'],
      standfirst: ['The harbour at Tollervey reopened on Monday, the port authority said.'],
      people: ['Ilse Varna'],
      topics: ['Tollervey harbour'],
      speakers: [],
      section: ['uk'],
    });
    expect(terms.size).toBeGreaterThan(5);
    const packed = PackedCounts.of(terms);
    expect(packed).not.toBe(terms);
    expect([...packed]).toEqual([...terms]);
  });

  it('keeps a Map whose keys could not be told apart in the packed form', () => {
    const odd = new Map([['quay\tside', 3], ['ferry', 2]]);
    expect(PackedCounts.of(odd)).toBe(odd);
  });
});
