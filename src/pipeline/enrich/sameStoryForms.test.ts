/** One person written two ways in one story is one person (people.ts, `sameStoryForm`). */
import { describe, expect, it } from 'vitest';
import { enrichArticle } from './index.ts';
import { makeParsed } from './test-utils.ts';

const peopleOf = (...paragraphs: string[]) => enrichArticle(makeParsed(paragraphs)).people.map((p) => p.name);

describe('one story, one person, two forms of the name', () => {
  it('given names alone are the person the story names in full', () => {
    expect(peopleOf("Chile's Juan Pablo Orvena lost in four sets. His coach Tomas Kell said: \"Juan Pablo played with real heart.\"")).toEqual(['Juan Pablo Orvena', 'Tomas Kell']);
  });

  it('a given name one letter off, a surname with an "e", "s" or "Mac" more, are slips of the pen', () => {
    expect(peopleOf('Viktor Marrin, 48, has refused food for a month. Officials said Victor Marrin had been heard.')).toEqual(['Viktor Marrin']);
    expect(peopleOf('Frederick Pellow spoke first. Frederic Pellowe replied, and Mr Pellowe was cheered.')).toEqual(['Frederick Pellow']);
    expect(peopleOf('Ian MacAllen QC resigned on Monday. As Ian McAllen has said, the law is a blot.')).toEqual(['Ian MacAllen']);
    expect(peopleOf("We can't all be Gavin Tarrows, he said. Gavin Tarrow scored twice.")).toEqual(['Gavin Tarrow']);
  });

  it('"Ms" with the surname of the one person named in full is that woman, though the list takes her given name for a man\'s', () => {
    const people = enrichArticle(makeParsed(['Angel Quorvan runs the studio. Ms Quorvan said the launch would wait.'])).people;
    expect(people.map((p) => [p.name, p.gender])).toEqual([['Angel Quorvan', 'female']]);
    // A "Mrs" may be the man's wife, and a "Ms" is someone else once "Mr" was said of him.
    expect(peopleOf('Michael Quorvan was there. Mrs Quorvan said she was proud.')).toEqual(['Michael Quorvan', 'Quorvan']);
    expect(peopleOf('Angel Quorvan was there, and Mr Quorvan spoke first. Ms Quorvan said she was proud.')).toEqual(['Angel Quorvan', 'Quorvan']);
  });

  it('"Mr" with the surname of the one person named in full is that man, though the list takes his given name for a woman\'s', () => {
    const people = enrichArticle(makeParsed(['The plan came from harbour minister Nicola Vetrano on Friday. It would help, Mr Vetrano said.'])).people;
    expect(people.map((p) => [p.name, p.gender])).toEqual([['Nicola Vetrano', 'male']]);
    // With a "Mrs" of that surname in the story, "Mr" may be her husband.
    expect(peopleOf('Nicola Vetrano runs the farm. Mrs Vetrano said so, and Mr Vetrano agreed.')).toEqual(['Nicola Vetrano', 'Vetrano']);
  });

  it('keeps apart short given names, names the list genders apart and surnames one other letter off', () => {
    expect(peopleOf('Tom Harlow and his brother Tim Harlow both scored.')).toEqual(['Tom Harlow', 'Tim Harlow']);
    expect(peopleOf('Justin Harlow and his twin sister Justine Harlow both ran.')).toEqual(['Justin Harlow', 'Justine Harlow']);
    expect(peopleOf('David Davis and David Davies both spoke in the debate.')).toEqual(['David Davis', 'David Davies']);
  });
});

describe('a name written family name first, then "Mr" and the family name (round 17)', () => {
  it('is one person, whatever gender a list guesses from the family name', () => {
    expect(peopleOf('"Rates will hold," said harbour bank governor Kim Doyun. Mr Kim added that lending had slowed.')).toEqual(['Kim Doyun']);
    expect(peopleOf('"Rates will hold," said Bae Sungho, a trader. Mr Bae expects a calmer spring.')).toEqual(['Bae Sungho']);
  });

  it('is no Western given name, nor a name ending in a surname a list knows', () => {
    expect(peopleOf('Howard Quillet spoke first. Mr Howard, the landlord, replied.')).toHaveLength(2);
    expect(peopleOf('Kim Parker spoke first. Mr Kim, the landlord, replied.')).toHaveLength(2);
  });
});

describe('a romanised surname with an "h" more or less (round 17)', () => {
  it('"Mr" with the surname less an "h" after a consonant is the person named in full', () => {
    expect(peopleOf('Ravi Mukharjee, the harbour minister, spoke first. Mr Mukarjee said fares would fall.')).toEqual(['Ravi Mukharjee']);
    // After a vowel an "h" is a letter of its own ("Rahiman", "Raiman"): two people.
    expect(peopleOf('Nisha Rahiman runs the port. Ms Raiman said so.')).toHaveLength(2);
  });
});
