/** Who speaks: round 25's US classes, read off us-train's errors (docs/quotes.md, "Round 25, US"). Invented stories. */
import { describe, expect, it } from 'vitest';
import { speakerNamesBothModes } from './test-utils.ts';

describe("a comma after a legislator's party and state", () => {
  it('"Gov. X (R-OH), said, "…"" — X', () => {
    const story = ['Ferry fares in Harlan rise in June.', 'Gov. Ned Carrow (R-OH), said, "Every crossing will cost a dollar more, and I will not apologise for it."'];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Ned Carrow'], ranker: ['Ned Carrow'] });
  });
  it('"Sen. X (D-R.I.), said after touring … but called them a "…"" — X', () => {
    const story = [
      'Ferry fares in Harlan rise in June.',
      'Sen. Ned Carrow (D-R.I.), said after touring the docks on Wednesday that the fare rules were unclear, but called them a "sensible first go at the problem."',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Ned Carrow'], ranker: ['Ned Carrow'] });
  });
  it('"Gov. X (R) blamed the "…"" and "Sen. X (Tex.) has said he will "…"" — X', () => {
    expect(speakerNamesBothModes(['The ferry board met on Monday.', 'Once the board had voted the fares through, Gov. Ned Carrow (R) blamed the "three members who never ride the boats."'])).toEqual({ rules: ['Ned Carrow'], ranker: ['Ned Carrow'] });
    expect(speakerNamesBothModes(['The ferry board met on Monday.', 'Sen. Ned Carrow (Tex.) has said he will "sink every fare rise they propose."'])).toEqual({ rules: ['Ned Carrow'], ranker: ['Ned Carrow'] });
  });
});

describe('a partial quotation in bare narration right after the last attribution', () => {
  it('"…," X said. Instead, "…" — X', () => {
    const story = ['The ferry board met on Monday.', '"The chair should be steering this," Carrow said. Instead, "she sits back and lets the clerks decide."'];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Carrow', 'Carrow'], ranker: ['Carrow', 'Carrow'] });
  });
  it('"…," said X, an adviser. Unless the council steps in, "…" — X', () => {
    const story = [
      'The ferry board met on Monday.',
      '"Nobody saw this vote coming," said Ned Carrow, an adviser to the board. Unless the council steps in, "the fares will stand until autumn."',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Ned Carrow', 'Ned Carrow'], ranker: ['Ned Carrow', 'Ned Carrow'] });
  });
  it('a sentence naming someone else, or with its own verb of saying, is not taken', () => {
    const named = ['The ferry board met on Monday.', '"Other ports charge far more," Ada Morrow added. Bracken "got his numbers muddled, as usual."'];
    expect(speakerNamesBothModes(named).rules[1]).not.toBe('Ada Morrow');
    const verb = ['The ferry board met on Monday.', '"Other ports charge far more," Ada Morrow added. The union called it "a tax on getting to work."'];
    expect(speakerNamesBothModes(verb).rules[1]).not.toBe('Ada Morrow');
  });
});
