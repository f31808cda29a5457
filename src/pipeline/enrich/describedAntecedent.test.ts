/** A definite description as what a later "he" or "she" means: invented people and places. */
import { describe, expect, it } from 'vitest';
import { ruleSpeakerNames as speakers } from './test-utils.ts';

describe('a description the text gave one person, after the last name', () => {
  const intro = 'The Bishop of Tarnmouth, the Rt Rev Dr Ivo Pell, reviewed a thriller by Aled Morse.';

  it('is whom a later "he" means when it names the source', () => {
    const story = [intro, "Morse's plot was far-fetched, according to the Bishop.", '"The records tell another story," he said.'];
    expect(speakers(story)).toEqual(['Ivo Pell']);
  });

  it('is whom a later "he" means when it opens the sentence', () => {
    const story = [intro, 'Readers loved the book by Morse. The Bishop was not persuaded.', '"It is a good yarn and poor history," he said.'];
    expect(speakers(story)).toEqual(['Ivo Pell']);
  });

  it('is not the antecedent as the object of another person\'s verb', () => {
    const story = [intro, 'Morse answered the Bishop on Sunday.', '"I write stories, not sermons," he said.'];
    expect(speakers(story)).toEqual(['Aled Morse']);
  });

  it('a relative clause ends with its sentence: the description after it is not that clause\'s antecedent', () => {
    const story = ['Jo Tarrant won the 60m in Leipzig.', 'Tarrant finished ahead of Ivo Pell, who was second. The reigning title holder said: "I was ill all week."'];
    expect(speakers(story)).toEqual(['Jo Tarrant']);
  });
});

describe('an adverbial phrase before a description', () => {
  it('"In his annual address the party leader said": the description is the subject, not lost in a long phrase', () => {
    const story = ['Voters have a stark choice at the coming poll, said Ivo Pell.', 'In his annual address to members the Green Party leader said both rivals relied on "cheap scares".'];
    expect(speakers(story)).toEqual(['Ivo Pell']);
  });
});

describe('the reporting passive', () => {
  it('"the Ardley coach is quoted as saying" names the person the text gave that description', () => {
    const story = ['Ardley coach Ivo Pell spoke on Monday about his rival Dan Crewe.', 'Mr Crewe said nothing.', '"He and I are not on speaking terms," the Ardley coach is quoted as saying.'];
    expect(speakers(story)).toEqual(['Ivo Pell']);
  });
});
