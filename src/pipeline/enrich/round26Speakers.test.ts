/** Who speaks: round 26's classes, from bbc-dev's wrong names (docs/quotes.md, "Round 26"). Invented stories. */
import { describe, expect, it } from 'vitest';
import { speakerNamesBothModes } from './test-utils.ts';

describe('a description from the other side of a sport opening the sentence after a director or a player', () => {
  it('"… Chairman N met D. The ex-Wales midfielder said …. "…," he said." — not the chairman', () => {
    const story = [
      'Ian Drummond is expected to be named manager of Kelso Rovers this week.',
      'Rovers chairman Neil Farrant met Drummond at the ground on Tuesday to agree terms. The ex-Wales midfielder said he was eager to begin. "I have waited years for a job like this," he said. "The supporters deserve a winning side."',
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
