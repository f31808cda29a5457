/** Who speaks: round 17's classes, from part O's errors once it was scored and merged (docs/quotes.md, "Round 17"). Invented stories. */
import { describe, expect, it } from 'vitest';
import { enrichArticle } from './index.ts';
import { findAcronyms } from './acronyms.ts';
import { makeParsed, ruleSpeakerNames } from './test-utils.ts';

const rankedNames = (paragraphs: string[]) => enrichArticle(makeParsed(paragraphs)).quotes.map((q) => q.speaker.name);
const bothModes = (paragraphs: string[]) => ({ rules: ruleSpeakerNames(paragraphs), ranker: rankedNames(paragraphs) });

describe('a reporter who says how someone else spoke keeps the words', () => {
  it('"spoke with" a quoted manner is the reporter\'s phrase, and a participle after it is his too', () => {
    const story = [
      'Premier Ida Kask said the miners deserved an apology.',
      'The miners had waited ten years. However, their leader, Oskar Lind - who was sacked in 1994 - said the men were pleased. He said Ms Kask had spoken with "real warmth", adding: "She listened to every one of us."',
    ];
    expect(bothModes(story)).toEqual({ rules: ['Oskar Lind', 'Oskar Lind'], ranker: ['Oskar Lind', 'Oskar Lind'] });
  });
  it('a pronoun that opens the sentence is the subject of the participle, not the first name after it', () => {
    const story = ['Actor Lev Dorn was angry with critic Pia Holm.', 'He urged Ms Holm to see the play again, adding in a letter: "We are not making this up for fun."'];
    expect(bothModes(story)).toEqual({ rules: ['Lev Dorn'], ranker: ['Lev Dorn'] });
  });
});

describe('names of bodies', () => {
  it('an initialism inside a name gives its acronym all its letters', () => {
    expect(findAcronyms('The Green Leaf Party and the UK Harbour Party (UKHP) met.').get('UKHP')).toBe('UK Harbour Party');
    const story = ['The Lowland Farmers Union (LFU) and the EU Dairy Council (EUDC) met.', '"Prices will rise," the EUDC said.'];
    expect(ruleSpeakerNames(story)).toEqual(['EU Dairy Council']);
  });
  it('a short form without the initials that open the full name is the full name', () => {
    const story = ['JL Amber Airways, the carrier, is for sale. Staff were told on Monday.', 'Amber Airways said the talks were "going well".'];
    expect(ruleSpeakerNames(story)).toEqual(['JL Amber Airways']);
  });
  it('a spokeswoman of a body whose name goes on past "of"', () => {
    const story = ['"The rules are clear," said a Department of Canals spokeswoman.'];
    expect(ruleSpeakerNames(story)).toEqual(['Department of Canals']);
  });
});
