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
      'The RBA\'s report said: "The ministry has not spent enough time on planning before buying new ships."',
    ];
    expect(ruleSpeakerNames(story)).toEqual(['Ruritanian Bureau of Audit']);
  });
  it('a possessive kept before a body\'s initials in brackets is dropped from its name', () => {
    const story = [
      'The Film Guild of Eastmarch\'s (FGE) new scanning tool lets parents check home computers for shared films.',
      'The FGE said in a statement that it would go on fighting "the harm done by copying".',
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
