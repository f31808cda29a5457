/** Who speaks: round 26's US class, a given name that is also a place or a word before a middle initial (docs/quotes.md, "Round 26, US"). Invented stories. */
import { describe, expect, it } from 'vitest';
import { speakerNamesBothModes } from './test-utils.ts';

describe('a given name the lexicon files as something else, before a middle initial', () => {
  it('"…," said Maya D. Dalby, a deckhand — Maya D Dalby, a person', () => {
    const story = ['The ferry board met on Monday to set the summer fares.', '"We will patrol every pier this summer," said Maya D. Dalby, a deckhand.'];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Maya D Dalby'], ranker: ['Maya D Dalby'] });
  });
  it('a word that is no given name before an initial still ends the run ("Plan B. Dalby said")', () => {
    const story = ['The ferry board met on Monday to set the summer fares.', 'The board chose Plan B. Dalby said the vote was "a relief for everyone on the quay."'];
    expect(speakerNamesBothModes(story).rules[0]).not.toMatch(/Plan/);
  });
});
