import { describe, expect, it } from 'vitest';
import { enrichArticle } from './index.ts';
import { makeParsed } from './test-utils.ts';

const peopleOf = (...paragraphs: string[]) => enrichArticle(makeParsed(paragraphs)).people.map((p) => p.name);

describe('words that make a name-shaped run no person', () => {
  it('a contest between two names is a title', () => {
    expect(peopleOf('The latest, Benny Vs Carson, came out in 2003. That film saw Carson battle Benny Kroll, said John Orrin.')).toEqual(['Benny Kroll', 'John Orrin']);
  });

  it('a run ending in "Man" is a song or a character even after a courtesy title', () => {
    expect(peopleOf('He also produced Mr Lantern Man for the band, said John Orrin.')).toEqual(['John Orrin']);
  });

  it('a plain word run into a capitalised second part is a brand, unlike a short name prefix', () => {
    expect(peopleOf('Senior GlobeCom executives were charged, and John Orrin said so.')).toEqual(['John Orrin']);
    expect(peopleOf('Singer Mary McAdam said the tour was over.')).toContain('Mary McAdam');
  });

  it('a club or a publisher is named by its head word', () => {
    expect(peopleOf('The 60m: J Orrin (Dalton Harriers), K Vell (Milton Harriers), H Clay (Preston Harriers).')).toEqual([]);
  });
});
