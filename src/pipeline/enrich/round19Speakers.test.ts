/** Who speaks: round 19's classes, from the ninth and tenth independent reviews (docs/quotes.md, "Round 19"). Invented stories. */
import { describe, expect, it } from 'vitest';
import { speakerNamesBothModes } from './test-utils.ts';

describe('"a spokesman said" with no body named', () => {
  it('is not the body a "whether" clause asks about', () => {
    const story = [
      'The Greens will back the harbour tax, party sources say.',
      'Despite their support, the Greens insisted they would keep a close watch. They said they would ask ministers whether the Kestrel Council could pay for it. "The sums will not add up for years," a spokesman said.',
    ];
    // The party whose run the paragraph is, not the council it asks about.
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Greens'], ranker: ['Greens'] });
  });
});

describe('words the subject heard', () => {
  it('"told the panel of the hostility she met:" — the taunt is someone else\'s, unnamed', () => {
    const story = ['Nadia Orme told the panel of the open hostility that met her promotion: "You only got the job because of your looks."'];
    expect(speakerNamesBothModes(story)).toEqual({ rules: [null], ranker: [null] });
  });
});

describe('an appositive role whose closing comma is missing', () => {
  it('"Jo Roe, head of the division at the firm says that:" is Jo Roe', () => {
    const story = [
      'Kestrel expects handset sales to slow.',
      'The plans may be more than a buyer needs today, but Lotte Brenner, president of the networks division at the firm says that: "Demand will double by the end of the decade."',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Lotte Brenner'], ranker: ['Lotte Brenner'] });
  });
});
