import { describe, expect, it } from 'vitest';
import { enrichArticle } from './index.ts';
import { makeParsed } from './test-utils.ts';
import { misspeltCountry } from './gluedPlace.ts';

const peopleOf = (...paragraphs: string[]) => enrichArticle(makeParsed(paragraphs)).people.map((p) => p.name);

describe('a place glued to a surname', () => {
  it('finds a word one letter off a country, and nothing else', () => {
    expect(misspeltCountry('Portugla')).toBe(true);
    expect(misspeltCountry('Swedne')).toBe(true);
    expect(misspeltCountry('Portugal')).toBe(false);
    expect(misspeltCountry('Tarrant')).toBe(false);
  });

  it('is no first name after "in" when the story names the person in full', () => {
    expect(peopleOf('Martina Quellow won the final in two sets.', 'After the final in Swedne Quellow said she was tired.')).toEqual(['Martina Quellow']);
    expect(peopleOf('Martina Quellow won the final in two sets.', 'After the final in Sweden Quellow said she was tired.')).toEqual(['Martina Quellow']);
  });

  it('stays a given name with no location word before it, or with no one of that surname named in full', () => {
    expect(peopleOf('Martina Quellow won the final in two sets.', 'Her brother Milan Quellow said she was tired.')).toEqual(['Martina Quellow', 'Milan Quellow']);
    expect(peopleOf('Martina Quellow won the final.', 'Her coach Brooklyn Quellow said she was tired.')).toEqual(['Martina Quellow', 'Brooklyn Quellow']);
  });
});
