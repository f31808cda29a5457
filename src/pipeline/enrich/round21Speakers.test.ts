/** Who speaks: round 21's classes, from the fourteenth independent review (docs/quotes.md, "Round 21"). Invented stories. */
import { describe, expect, it } from 'vitest';
import { speakerNamesBothModes } from './test-utils.ts';

describe('someone unnamed reports in narration', () => {
  it('"One trader said the reasons may be political." then a bare quotation — not the last named speaker\'s', () => {
    const story = [
      'Shares in Tarnwick rose for a third day on Monday.',
      '"The rally rests on sound profits," exchange chairman Olek Brandt told reporters.',
      '"Nothing here is a bubble," said Mr Brandt. One veteran dealer said the real reasons were to be found abroad.',
      '"Money that left the region in the spring has simply come home."',
    ];
    const { rules, ranker } = speakerNamesBothModes(story);
    expect(rules).toEqual(['Olek Brandt', 'Olek Brandt', null]);
    expect(ranker[2]).toBeNull();
  });
});

describe('a subject after "and" in the sentence before the pronoun', () => {
  it('"… X scored … and Y is confident …. He added:" — he is Y, not the scorer of the clause before', () => {
    const story = [
      'Dario Venn marked his return to the Harlow side with a goal in a 2-0 win over Kestrel on Saturday.',
      'He said: "It was good to start a game again."',
      'Pablo Ruiz made it 2-0 before the break with a free-kick. The win lifted Harlow to third and Venn is confident they can catch the leaders. He added: "We have the players to close that gap."',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Dario Venn', 'Dario Venn'], ranker: ['Dario Venn', 'Dario Venn'] });
  });
});
