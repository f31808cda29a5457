/** Who speaks: round 25's US classes, read off us-train's errors (docs/quotes.md, "Round 25, US"). Invented stories. */
import { describe, expect, it } from 'vitest';
import { speakerNamesBothModes } from './test-utils.ts';

describe("a comma after a legislator's party and state", () => {
  it('"Gov. X (R-OH), said, "…"" — X', () => {
    const story = ['The vote in Harlan was close on Monday.', 'Gov. Ned Carrow (R-OH), said, "We are going all the way to the convention."'];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Ned Carrow'], ranker: ['Ned Carrow'] });
  });
  it('"Sen. X (D-R.I.), said after a meeting … but called it a "…"" — X', () => {
    const story = [
      'The vote in Harlan was close on Monday.',
      'Sen. Ned Carrow (D-R.I.), said after a caucus meeting on Wednesday that he had yet to study the bill, but called it a "fair place for the talks to begin."',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Ned Carrow'], ranker: ['Ned Carrow'] });
  });
  it('"Gov. X (R) blamed the court\'s "…"" and "Sen. X (Tex.) has said that he would "…"" — X', () => {
    expect(speakerNamesBothModes(['The court ruled on Monday.', 'After the court refused to reinstate the law, Gov. Ned Carrow (R) blamed the "four liberal justices who blocked our sensible laws."'])).toEqual({ rules: ['Ned Carrow'], ranker: ['Ned Carrow'] });
    expect(speakerNamesBothModes(['The court ruled on Monday.', 'Sen. Ned Carrow (Tex.) has said that he would "bomb them into oblivion."'])).toEqual({ rules: ['Ned Carrow'], ranker: ['Ned Carrow'] });
  });
});

describe('a partial quotation in bare narration right after the last attribution', () => {
  it('"…," X said. Instead, "…" — X', () => {
    const story = ['The clinic in Harlan reopened on Monday.', '"He is supposed to lead," Carrow said. Instead, "he just acts like a beaten man."'];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Carrow', 'Carrow'], ranker: ['Carrow', 'Carrow'] });
  });
  it('"…," said X, a strategist. Unless rivals quit, "…" — X', () => {
    const story = [
      'The clinic in Harlan reopened on Monday.',
      '"It is an enormous moment," said Ned Carrow, a strategist for the campaign. Unless rivals quit the race, "it is hard to see how he is stopped."',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Ned Carrow', 'Ned Carrow'], ranker: ['Ned Carrow', 'Ned Carrow'] });
  });
  it('a sentence naming someone else, or with its own verb of saying, is not taken', () => {
    const named = ['The clinic in Harlan reopened on Monday.', '"There are many laws like that," Ada Morrow added. Bracken "kind of misspoke, and he knows it."'];
    expect(speakerNamesBothModes(named).rules[1]).not.toBe('Ada Morrow');
    const verb = ['The clinic in Harlan reopened on Monday.', '"There are many laws like that," Ada Morrow added. The union called it "a disgrace to the town."'];
    expect(speakerNamesBothModes(verb).rules[1]).not.toBe('Ada Morrow');
  });
});
