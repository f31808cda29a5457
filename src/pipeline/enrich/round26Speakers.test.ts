/** Who speaks: round 26's classes, from bbc-dev's wrong names (docs/quotes.md, "Round 26"). Invented stories. */
import { describe, expect, it } from 'vitest';
import { speakerNamesBothModes } from './test-utils.ts';

describe('a description from the other side of a sport opening the sentence after a director or a player', () => {
  it('"Club director N held talks with D. The former Wales international added …. "…," he said." — not the director', () => {
    const story = [
      'Kelso Rovers are close to naming Ian Drummond as their new manager.',
      'Club director Neil Farrant held talks with Drummond on Monday. The former Wales international added that he was keen to start work. "I have wanted to manage a club like this for a long time," he said. "The fans here are special."',
    ];
    const { rules, ranker } = speakerNamesBothModes(story);
    expect(rules).toHaveLength(2);
    expect(rules).not.toContain('Neil Farrant');
    expect(ranker).not.toContain('Neil Farrant');
  });

  it('a description from the same side still takes up the man named before ("Kelso manager T. … The Kelso boss added")', () => {
    const story = [
      'Kelso Rovers lost 2-0 at home to Brindle on Saturday.',
      'Kelso manager Tom Pardew-Hale watched his side fall behind after ten minutes. The Kelso boss added that the defending had let him down. "We gave them two goals and you cannot do that at this level," he said.',
    ];
    const { rules, ranker } = speakerNamesBothModes(story);
    expect(rules).toEqual(['Tom Pardew-Hale']);
    expect(ranker).toEqual(['Tom Pardew-Hale']);
  });
});

describe('a person named as the fronted topic of the pronoun that follows', () => {
  it('"Of Kettle, he said: "…"" — the speaker, not the manager he talks about', () => {
    const story = [
      'The club confirmed the signing on Friday.',
      'Ardo Lenning, who played under manager David Kettle for two years, said the move was "a dream". Of Kettle, he said: "He taught me everything I know about the game."',
    ];
    const { rules, ranker } = speakerNamesBothModes(story);
    expect(rules).toEqual(['Ardo Lenning', 'Ardo Lenning']);
    expect(ranker).toEqual(['Ardo Lenning', 'Ardo Lenning']);
  });
});
