/** Where a name starts and ends inside a capitalised run (names.ts). */
import { describe, expect, it } from 'vitest';
import { enrichArticle } from './index.ts';
import { makeParsed } from './test-utils.ts';

const peopleOf = (...paragraphs: string[]) => enrichArticle(makeParsed(paragraphs)).people.map((p) => p.name);

describe('the edges of a name in a run', () => {
  it('starts at a courtesy title inside the run: the words before it describe the person', () => {
    expect(peopleOf('Former Quillite Sir Paul Tarrow sang, and Oscar-winner Sir Kit Harlow clapped.')).toEqual(['Sir Paul Tarrow', 'Sir Kit Harlow']);
    expect(peopleOf('Harbour Police Commissioner Sir John Tarrow said the plan was sound. Sir John said more.')).toEqual(['Sir John Tarrow']);
  });

  it('does not cut a name whose middle word is a peer\'s style', () => {
    expect(peopleOf('Comic Sacha Baron Tarrow said the show would go on.')).not.toContain('Baron Tarrow');
  });

  it('ends before a pronoun that opens the next clause, not before a regnal numeral', () => {
    expect(peopleOf('"If a bid comes for Nicolas Tarrow I will talk to him," said Kit Harlow.')).toEqual(['Nicolas Tarrow', 'Kit Harlow']);
    expect(peopleOf('Charles I was beheaded in 1649, said John Orrin.')).toEqual(['Charles I', 'John Orrin']);
  });
});
