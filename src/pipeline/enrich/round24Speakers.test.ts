/** Who speaks: round 24's classes, from the sixteenth review and bbc-dev's wrong names (docs/quotes.md, "Round 24"). Invented stories. */
import { describe, expect, it } from 'vitest';
import { ruleSpeakerNames, speakerNamesBothModes } from './test-utils.ts';

describe('a body under the fullest name the story writes', () => {
  it('"the Commission" after "the Ruritanian Trade Commission" is the Ruritanian Trade Commission', () => {
    const story = [
      'The Ruritanian Trade Commission has opened an inquiry into the price of calls made abroad.',
      'Two operators were sent formal letters by the Commission in March.',
      'In a statement the Commission said: "Callers should not pay twice for the same line."',
    ];
    expect(ruleSpeakerNames(story)).toEqual(['Ruritanian Trade Commission']);
  });
  it('"the RBA" after "the Ruritanian Bureau of Audit" is the bureau by its full name', () => {
    const story = [
      'A Ruritanian Bureau of Audit report on the ten largest defence projects says costs have doubled.',
      'The RBA\'s report said: "Ministers rushed the ship orders and paid for the haste."',
    ];
    expect(ruleSpeakerNames(story)).toEqual(['Ruritanian Bureau of Audit']);
  });
  it('a possessive kept before a body\'s initials in brackets is dropped from its name', () => {
    const story = [
      'The Film Guild of Eastmarch\'s (FGE) new scanning tool lets parents check home computers for shared films.',
      'The FGE said it would keep up its campaign against "copying that costs our members dear".',
    ];
    expect(ruleSpeakerNames(story)).toEqual(['Film Guild of Eastmarch']);
  });
  it('a short name two longer names end with stays as it is', () => {
    const story = [
      'The Ruritanian Trade Commission and the Eastmarch Trade Commission have met in Dunmore.',
      'The Commission said: "Both sides want lower prices."',
    ];
    expect(speakerNamesBothModes(story).rules).not.toContain('Ruritanian Trade Commission');
  });
});

describe('a space left before a closing mark', () => {
  it('`"… my season. " Y said: "…"` — the first quotation is the runner who spoke before, not Y', () => {
    const story = [
      'Ada Venn and Milo Strand have won this year\'s Kestrel awards for runners.',
      'The awards will be given out in Dunmore next month. "Winning the Kestrel award means a lot," said Strand. "For any runner this prize is the top of the tree and it rounds off my season. " Venn said: "Knowing who won it before me, I feel proud."',
    ];
    expect(ruleSpeakerNames(story)).toEqual(['Milo Strand', 'Milo Strand', 'Ada Venn']);
  });
});

describe('the subject of a clause after "but" with a role word', () => {
  it('"… but captain Y sees hope ahead. "…," he said." — he is the captain, not the coach named before', () => {
    const story = [
      'Harlow coach Ross Keane has made four changes for the trip to Dunmore.',
      'Harlow have drawn scorn for their dull play but captain Dario Venn sees hope ahead. "I get the feeling we are improving," he said.',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Dario Venn'], ranker: ['Dario Venn'] });
  });
});

describe('an apposition opened by "its" after the quotation', () => {
  it('`"…," Y, its minister for trade added.` — Y speaks', () => {
    const story = [
      'Kestrel Bank may move its head office from Tarnwick to the capital.',
      'Leaders in the province oppose the plan. "We want the bank to keep its seat in this city," Milo Varga, its minister for trade added.',
    ];
    expect(ruleSpeakerNames(story)).toEqual(['Milo Varga']);
  });
});

describe('a quoted call and whom it came from', () => {
  it('`despite a plea for him to "think again" from Y.` — Y made the plea, not the subject who defies it', () => {
    const story = [
      'New transport minister Olek Brandt has vowed to press on with road tolls despite a plea for him to "think again" from Ada Venn.',
      'The tolls start in the spring.',
    ];
    const { rules, ranker } = speakerNamesBothModes(story);
    expect(rules).toEqual(['Ada Venn']);
    expect(ranker[0]).not.toBe('Olek Brandt');
  });
});

describe('a speech verb inside a clause opened by "when"', () => {
  it('"X said he had backed it when Mr Y argued for it …. "…," he said." — he is X, the main clause\'s subject', () => {
    const story = [
      'New transport minister Olek Brandt will press on with road tolls.',
      'But Mr Brandt said he had backed the tolls when Mr Strand argued the case for them last spring, and backs them still. "Tolls are a fair way to pay for roads," he said.',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Olek Brandt'], ranker: ['Olek Brandt'] });
  });
});

describe('a participle after a sentence opened by a pronoun', () => {
  it('"He would not take more questions, adding that the matter was "closed"" — he is the man who spoke before', () => {
    const story = [
      'Mr Brandt called the inquiry\'s findings a "fair account" of events.',
      '"I have nothing to add to what the panel found," Mr Brandt told reporters in Dunmore. He would not take more questions about the affair, adding that the matter was "closed for good".',
    ];
    expect(ruleSpeakerNames(story)).toEqual(['Brandt', 'Brandt', 'Brandt']);
  });
});

describe('"he added" after someone unnamed reported', () => {
  it('"X saw the union chiefs. Our correspondent said that …. There was "every chance" …, he added." — not X', () => {
    const story = [
      'Thousands of council staff will strike next month over pensions.',
      'Deputy minister Olek Brandt saw the union chiefs in private over dinner. Our correspondent said that, as far as he knew, nothing was put on the table but more talks were likely. There was "every chance" of a deal before the walkout, he added.',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: [null], ranker: [null] });
  });
});

describe('"she added" after an unnamed spokeswoman spoke', () => {
  it('`"…," a spokeswoman said. She went on to say the two hosts had "…".` — not the woman the story is about', () => {
    const story = [
      'Ada Venn and Milo Strand\'s Friday quiz show will not return next year, the network has said.',
      '"No new series is planned," a spokeswoman said. She went on to say the two hosts had "brought real fun to Friday nights".',
    ];
    expect(speakerNamesBothModes(story).rules[1]).not.toBe('Ada Venn');
  });
});
