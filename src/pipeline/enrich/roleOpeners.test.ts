import { describe, expect, it } from 'vitest';
import { enrichArticle } from './index.ts';
import { makeParsed } from './test-utils.ts';

const peopleOf = (...paragraphs: string[]) => enrichArticle(makeParsed(paragraphs)).people.map((p) => p.name);

describe('a capitalised role word before a full name', () => {
  it('is no part of the name when it is a plain English agent noun the role lexicon lacks', () => {
    expect(peopleOf('The prize went to a harbour film. Cinematographer John Vellow, who won in 2001, was there.')).toEqual(['John Vellow']);
    expect(peopleOf('"We will see," said the coach. Goalscorer Mark Tannock added: "It was not pretty."')).toEqual(['Mark Tannock']);
  });

  it('is no part of the name after a qualifier that opened the title', () => {
    expect(peopleOf('Veteran Spaniard Maria Castejon rallied from a set behind to win.')).toEqual(['Maria Castejon']);
    expect(peopleOf('The race is open. Former Cinematographer John Vellow will challenge Ms Roe.')).toContain('John Vellow');
  });

  it('reads a nationality noun before a given name no list knows as the nationality, mid-sentence too', () => {
    expect(peopleOf('Veteran Spaniard Xelidora Castejon rallied from a set behind to win.')).toEqual(['Xelidora Castejon']);
    expect(peopleOf('In the second round she meets Brazilian Quilmara Tessot, the fourth seed.')).toEqual(['Quilmara Tessot']);
    expect(peopleOf('Sales rose 32% at American Falcon Outfitters. But the chain was calm.')).toEqual([]);
  });

  it('leaves a given name that is also a word in the name', () => {
    expect(peopleOf('Hew Raymond Tollan was charged, and Mr Tollan denied it.')).toContain('Hew Raymond Tollan');
    // A word the lexicon knows with an agent's ending ("Another", "Earlier") opens no title.
    expect(peopleOf('Another Tolka Rovers player is joining the club.')).toEqual([]);
  });

  it('reads "Fellow" opening a sentence as a qualifier of the role after it, never as a name', () => {
    expect(peopleOf('Fellow Lib Dem Tomas Grevell said the office had been careless.')).toEqual(['Tomas Grevell']);
    expect(peopleOf('Fellow Tory Tomas Grevell agreed.')).toEqual(['Tomas Grevell']);
    expect(peopleOf('Fellow nominee Tomas Grevell was less sure.')).toEqual(['Tomas Grevell']);
  });
});
