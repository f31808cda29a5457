/** Unnamed spokespeople and the bodies they speak for: invented bodies and people. */
import { describe, expect, it } from 'vitest';
import { ruleQuotes } from './test-utils.ts';

function speakers(paragraphs: string[]) {
  return ruleQuotes(paragraphs).map((q) => `${q.speaker.type}:${q.speaker.name}`);
}

describe('a spokesperson brought in with the body before it', () => {
  it('"A Kestrel spokesman said … the spokesman said" is Kestrel, not the body named last', () => {
    const story = [
      'Dunmore Rovers will meet Kestrel in the Harbour Cup next month.',
      'A Kestrel spokesman told reporters the striker had a bad back and stayed at home.',
      '"He has a sore back and could not train," the spokesman said.',
    ];
    expect(speakers(story)).toEqual(['organisation:Kestrel']);
  });

  it('"A Tolley Party spokesman denied it. \'…,\' he said" is the party', () => {
    const story = [
      'Jo Marsh, a Dunmore councillor, called the posters offensive. A Tolley Party spokesman denied the posters were offensive.',
      '"They were up for a fortnight before anyone complained," he said.',
    ];
    expect(speakers(story)).toEqual(['organisation:Tolley Party']);
  });

  it('"the Tolley spokesman" after "Tolley foreign affairs spokesman Jo Roe" is Jo Roe', () => {
    const story = [
      'Tolley foreign affairs spokesman Ivo Tarrant asked when the vote would be held.',
      'The Tolley spokesman also attacked the treaty. "Nobody has read all of it," he said.',
    ];
    expect(speakers(story)).toEqual(['person:Ivo Tarrant']);
  });
});

describe('bodies named by the text', () => {
  it('"it warned" is not a body the quotation itself names', () => {
    const story = [
      'Dunmore Mobile Holdings said the court ruling would hurt its plans for Kestrel Telecom.',
      '"If control of Kestrel Telecom cannot be achieved, the deal will be reviewed," it warned.',
    ];
    expect(speakers(story)).toEqual(['organisation:Dunmore Mobile Holdings']);
  });

  it('a short form of a body is credited under the full name the text gave it', () => {
    const story = [
      'Quillon Capital Management, which owns 7% of the retailer, wants to buy the rest.',
      '"Going private would free the firm from quarterly targets," Quillon said.',
    ];
    expect(speakers(story)).toEqual(['organisation:Quillon Capital Management']);
  });

  it('"Lawmakers" opening a sentence are a group, and "The Conservatives" a party', () => {
    expect(speakers(['Lawmakers said the plan was "not yet ready".'])).toEqual(['group:lawmakers']);
    expect(speakers(['The Conservatives have expressed "grave doubts" about the bill.'])).toEqual(['organisation:Conservative Party']);
  });

  it('"the committee added" is the committee the text named in lower case, under its fullest phrase', () => {
    const story = [
      'Loose wording in the draft bill could put anglers in court, the harbour affairs select committee said.',
      'But the new committee said a change to the bill was still needed.',
      '"In sparing fishing, ministers should take care," the committee added.',
    ];
    expect(speakers(story)).toEqual(['organisation:harbour affairs select committee']);
  });
});
