/** Who speaks: round 21's classes, from the fourteenth independent review (docs/quotes.md, "Round 21"). Invented stories. */
import { describe, expect, it } from 'vitest';
import { speakerNamesBothModes } from './test-utils.ts';

describe('someone unnamed reports in narration', () => {
  it('"One dealer said the causes lay abroad." then a bare quotation — not the last named speaker\'s', () => {
    const story = [
      'Shares in Tarnwick rose for a third day on Monday.',
      '"The rally rests on sound profits," exchange chairman Olek Brandt told reporters.',
      '"Nothing here is a bubble," said Mr Brandt. One veteran dealer said the true causes lay abroad.',
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

describe('a question put to someone in the narration', () => {
  it('"The charges were put to X after the match. He would say only:" — he is X, not the accuser who spoke before', () => {
    const story = [
      'Harlow manager Ross Keane has renewed his feud with Kestrel boss Milo Varga.',
      '"He called my players cheats in the tunnel," Keane said on Friday.',
      '"He has never apologised for it."',
      'Those charges were put to Varga after his side lost at Dunmore on Saturday. At first he would say only: "I have nothing more to say about that man."',
    ];
    const { rules, ranker } = speakerNamesBothModes(story);
    expect(rules).toEqual(['Ross Keane', 'Ross Keane', 'Milo Varga']);
    expect(ranker[2]).not.toBe('Ross Keane');
  });
  it('"X was asked about the deal. He said:" — the same with a passive question', () => {
    const story = [
      'Kestrel chairman Olek Brandt has backed the sale of the club\'s ground.',
      '"It is the only way to clear our debts," Mr Brandt said.',
      'Supporters\' trust chief Dan Mirrow was asked about the sale at a meeting on Monday. He said: "We will fight it all the way to the council."',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Olek Brandt', 'Dan Mirrow'], ranker: ['Olek Brandt', 'Dan Mirrow'] });
  });
});

describe('"It said:" after a body spoke', () => {
  it('a body named again before its verb ("In a statement Kestrel said …. It said:") — not a body in a critic\'s role', () => {
    const story = [
      'Web firm Kestrel has launched a tool that adds links to shopping sites on any page.',
      'Kestrel said the feature, on trial in two countries, "helps readers find things".',
      'Critics fear the tool favours the firm\'s partners. Ada Lin, founder of Open Pages Media, which backs small publishers, said the tool was "unfair to rivals". In a statement Kestrel said the feature was a trial. It said: "Readers can switch the links off at any time."',
    ];
    const { rules, ranker } = speakerNamesBothModes(story);
    expect(rules.at(-1)).toBe('Kestrel');
    expect(ranker.at(-1)).toBe('Kestrel');
  });
});

describe('a relative clause after a fragment', () => {
  it('"The rally, full of his "humble roots", was opened by his son Tom, who praised the candour of his father." — not the son\'s words', () => {
    const story = [
      'Kestrel Party leader Ivo Marsh has told his party it can win the coming election.',
      '"We are ready for the fight," Mr Marsh said.',
      'The rally, full of talk of Mr Marsh\'s "humble roots" in the mill town, was opened by his son Tomas, a trainee teacher, who praised the candour of his father.',
    ];
    const { rules, ranker } = speakerNamesBothModes(story);
    expect(rules[1]).not.toBe('Tomas');
    expect(ranker[1]).not.toBe('Tomas');
  });
});

describe('a spokesperson given by a lower-case possessive', () => {
  it('"the council\'s spokesperson said" — the council named before, not a body called "council\'s spokesperson"', () => {
    const story = [
      'The number of films made in Kestrel fell by a third last year, a trade paper has said.',
      'The Kestrel Screen Council said the fall was partly down to a record year before.',
      '"No one expected to match that year," the council\'s spokesperson said.',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Kestrel Screen Council'], ranker: ['Kestrel Screen Council'] });
  });
  it('"the singer\'s spokesman said" — the spokesman of the singer the story named', () => {
    const story = [
      'Singer Lola Mirren rejects what a Dunmore court was told about her tour.',
      'The account was "untrue", the singer\'s spokesman said.',
    ];
    const { rules } = speakerNamesBothModes(story);
    expect(rules).toEqual(["Lola Mirren's spokesman"]);
  });
});

describe('an epithet in a sentence that names no one', () => {
  it('"The sale still angers the Dane. "…," he said" — he is the player the epithet means, not the manager named last', () => {
    const story = [
      'Kestrel defender Lars Holm says Harlow "got it wrong" when they sold him three years ago.',
      '"Harlow were wrong to let me go," Holm told a Dunmore paper. "I was happy there, but they wanted the money." Harlow boss Ross Keane stunned the fans by selling the Dane to Tarnwick for a record fee. Keane said the offer was too good to turn down. The sale still angers the Dane.',
      '"I had just bought a house in the town, and then they sold me," he said.',
    ];
    const { rules, ranker } = speakerNamesBothModes(story);
    expect(rules).toEqual(['Lars Holm', 'Lars Holm', 'Lars Holm', 'Lars Holm']);
    expect(ranker.at(-1)).not.toBe('Ross Keane');
  });
});

describe('a body in apposition with its closing comma dropped', () => {
  it('"Milo Varga, Kestrel Guesthouse Association said:" — the man, not the body', () => {
    const story = [
      'The party will hold its spring conference in Dunmore rather than the seaside town this year.',
      'Milo Varga, Kestrel Guesthouse Association said: "We did all we could to bring them back to the town."',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Milo Varga'], ranker: ['Milo Varga'] });
  });
});

describe('a reporter of reported speech with "points out"', () => {
  it('"…, Mr X points out." then a bare quotation — his, not the group that "say" they would like to invest', () => {
    const story = [
      'Trade in the port of Tarnwick has begun to recover, says shipping agent Omar Velez.',
      'Foreign firms say they would like to invest, yet few have done so. Mr Velez\'s own agency employs dozens of people in the port, and its engineers work with the harbour board on repairs, Mr Velez points out.',
      '"These people just want to work. Trade will go on whatever happens."',
    ];
    const { rules, ranker } = speakerNamesBothModes(story);
    expect(rules).toEqual(['Omar Velez']);
    expect(ranker).toEqual(['Omar Velez']);
  });
});
