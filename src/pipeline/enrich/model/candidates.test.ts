/** Candidate speakers and their features, on invented sentences with invented names. */
import { describe, expect, it } from 'vitest';
import { analyseSpeakers } from '../index.ts';
import { personName } from '../people.ts';
import { makeParsed } from '../test-utils.ts';
import { FEATURE_NAMES, quoteCandidates, type QuoteCandidates } from './candidates.ts';

function candidatesOf(paragraphs: string[], quoteIndex = 0): { q: QuoteCandidates; name: (key: string) => string; feature: (key: string, f: string) => number } {
  const { ctx, findings } = analyseSpeakers(makeParsed(paragraphs), { evidence: true });
  const speech = findings.filter((f) => f.kind === 'speech');
  const q = quoteCandidates(ctx, speech[quoteIndex]!);
  const byName = (key: string) => {
    const c = q.candidates.find((x) => x.key === key)!;
    return c.guess.type === 'person' ? personName(ctx.people.people[c.guess.person]!) : c.guess.name;
  };
  const keyOf = (name: string) => q.candidates.find((c) => byName(c.key) === name)!;
  return { q, name: byName, feature: (name, f) => keyOf(name).features[FEATURE_NAMES.indexOf(f)]! };
}

describe('speaker candidates', () => {
  it('a quotation that continues one left open in the paragraph before is marked as the previous speaker\'s', () => {
    const open = ['Coach Brann Ostby said: "We were patient all night.', '"The young ones kept their heads," added his assistant Lev Tamura.'];
    expect(candidatesOf(open, 1).feature('Brann Ostby', 'previousSpeaker&continuesOpenQuote')).toBe(1);
    // The quotation before was closed: a new quotation, not a continuation.
    const closed = ['Coach Brann Ostby said: "We were patient all night."', '"The young ones kept their heads," added his assistant Lev Tamura.'];
    expect(candidatesOf(closed, 1).feature('Brann Ostby', 'previousSpeaker&continuesOpenQuote')).toBe(0);
  });

  it('every person named near the quotation is a candidate, the sieve answer marked', () => {
    const { q, name, feature } = candidatesOf(['Councillor Brisa Tamm met Mr Oren Vasko at the depot.', '"The buses will run on time," said Ms Tamm.']);
    expect(q.candidates.map((c) => name(c.key)).sort()).toEqual(['Brisa Tamm', 'Oren Vasko']);
    expect(feature('Brisa Tamm', 'sieve')).toBe(1);
    expect(feature('Brisa Tamm', 'rule:after')).toBe(1);
    expect(feature('Brisa Tamm', 'mention:sentenceAfter')).toBe(1);
    expect(feature('Oren Vasko', 'sieve')).toBe(0);
    expect(feature('Oren Vasko', 'mention:previousParagraph')).toBe(1);
    expect(feature('Brisa Tamm', 'nearest:closeness')).toBeGreaterThan(feature('Oren Vasko', 'nearest:closeness'));
  });

  it('a person praised by the speaker is the object of the verb, not its subject', () => {
    const { feature } = candidatesOf(['Mayor Idris Kallo praised engineer Tove Renner on Friday, calling her "the finest engineer we have".']);
    expect(feature('Tove Renner', 'nearest:object')).toBe(1);
    expect(feature('Idris Kallo', 'nearest:object')).toBe(0);
    expect(feature('Idris Kallo', 'nearest:subject')).toBe(1);
    expect(feature('Tove Renner', 'nearest:verbAfter')).toBe(0);
  });

  it('a person named inside the quotation is talked about', () => {
    const { feature } = candidatesOf(['"Anika Solberg did nothing wrong," said Piet Marlowe.']);
    expect(feature('Anika Solberg', 'mention:insideQuote')).toBe(1);
    expect(feature('Anika Solberg', 'mention:none')).toBe(1);
    expect(feature('Piet Marlowe', 'nearest:saidBefore')).toBe(1);
  });

  it('`she said` agrees with a woman and disagrees with a man', () => {
    const { feature } = candidatesOf(['Mrs Dalia Fenwick and Mr Corin Hale toured the mill.', '"It needs a new roof," she said.']);
    expect(feature('Dalia Fenwick', 'pronoun:agrees')).toBe(1);
    expect(feature('Corin Hale', 'pronoun:disagrees')).toBe(1);
  });

  it('the previous speaker is a candidate of an unattributed quotation opening the next paragraph', () => {
    const { feature, q } = candidatesOf(['"We start on Monday," said Lenka Dorsey.', '"Nobody will lose their job."'], 1);
    expect(feature('Lenka Dorsey', 'previousSpeaker')).toBe(1);
    expect(feature('Lenka Dorsey', 'previousSpeaker&opensParagraph')).toBe(1);
    expect(q.nobody[FEATURE_NAMES.indexOf('nobody:noRule')]).toBe(1);
    expect(q.nobody[FEATURE_NAMES.indexOf('nobody:opensParagraph')]).toBe(1);
  });

  it('organisations and groups are not ranked: the rules keep them', () => {
    const { q } = candidatesOf(['"Fares will rise," the Northmoor Transit Authority said.']);
    expect(q.candidates.filter((c) => c.guess.type !== 'person')).toEqual([]);
  });
});
