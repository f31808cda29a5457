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

describe('the present -s form of a listed verb, inverted right after the quotation', () => {
  it('"…," declares X, 27, … and "…," concedes Sen. X — X', () => {
    const declares = ['The ferry board met on Monday to set the summer fares.', '"Nobody on this quay can afford another rise," declares Ada Morrow, who has sold tickets at the pier since 1998.'];
    expect(speakerNamesBothModes(declares)).toEqual({ rules: ['Ada Morrow'], ranker: ['Ada Morrow'] });
    const concedes = ['The ferry board met on Monday to set the summer fares.', '"We should have asked the riders first," concedes Sen. Ned Carrow, who chairs the board.'];
    expect(speakerNamesBothModes(concedes)).toEqual({ rules: ['Ned Carrow'], ranker: ['Ned Carrow'] });
  });
  it('narration after a partial quotation is not read as an attribution ("… while Y suggests …")', () => {
    const story = ['The ferry board met on Monday to set the summer fares.', 'Ada Morrow accuses the board of a "quiet land grab" while Ned Carrow suggests the land was never theirs.'];
    expect(speakerNamesBothModes(story).rules).toEqual(['Ada Morrow']);
  });
});
