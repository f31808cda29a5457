import { describe, expect, it } from 'vitest';
import { enrichArticle } from './index.ts';
import { makeParsed } from './test-utils.ts';

const peopleOf = (...paragraphs: string[]) => enrichArticle(makeParsed(paragraphs)).people.map((p) => p.name);

describe('a run made only of plain English words no names list knows', () => {
  it('is no person, even when a role word nearby could be read as its description', () => {
    const firm = peopleOf('Harbour-based Silent Motion launched a tool that lets artists direct a virtual actor. The actor moves like a real one.', 'It was shown to buyers, said John Orrin.');
    expect(firm).not.toContain('Silent Motion');
    expect(firm).toContain('John Orrin');
    const extra = peopleOf('Unusually, the extras cover more than the effects. There is also a general Building Diary and a short film.', 'It is a fine set, said reviewer John Orrin.');
    expect(extra).not.toContain('Building Diary');
    expect(extra).toContain('John Orrin');
  });

  it('stays a person when one word is a name a list knows, or after a courtesy title', () => {
    expect(peopleOf('Poet Andrew Motion read at the opening, and Mr Motion said it went well.')).toContain('Andrew Motion');
    expect(peopleOf('The verdict was read to Mr Silent Motion in court.')).toContain('Silent Motion');
  });
});
