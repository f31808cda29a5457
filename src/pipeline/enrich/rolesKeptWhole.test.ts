/** Roles kept whole rather than cut to their last word: invented people, places and bodies. */
import { describe, expect, it } from 'vitest';
import { analyseSpeakers } from './index.ts';
import { makeParsed } from './test-utils.ts';

function descriptionsOf(paragraph: string, name: string): string[] {
  const { ctx } = analyseSpeakers(makeParsed([paragraph]), { evidence: false });
  return ctx.people.people.find((p) => p.tokens.join(' ') === name)?.descriptions ?? [];
}

describe('a role is not cut to its head noun', () => {
  it('keeps a nationality before the title ("Italian Prime Minister")', () => {
    expect(descriptionsOf('Talks were held with Italian Prime Minister Ivo Tarrant on Monday.', 'Ivo Tarrant')).toEqual(['Italian Prime Minister']);
    expect(descriptionsOf('Fans cheered, with Australian Idol winner Ivo Tarrant taking the prize.', 'Ivo Tarrant')).toEqual(['Australian Idol winner']);
  });

  it('keeps the club after "former", even one a names list knows as a given name', () => {
    expect(descriptionsOf('Former Chelsea captain Peter Vance says the club has changed.', 'Peter Vance')).toEqual(['Former Chelsea captain']);
  });

  it('keeps a participle that qualifies the role noun after the name ("deputy managing director")', () => {
    expect(descriptionsOf('"Order first," says Peter Vance, deputy managing director of Dunmore Oil.', 'Peter Vance')).toEqual(['deputy managing director of Dunmore Oil']);
  });
});

describe('a role keeps the firm or the head noun that says whose it is', () => {
  it('keeps a firm or a product the lexicon knows before the role noun ("Xbox frontman" is no singer)', () => {
    expect(descriptionsOf('At the fair in Delft, Xbox frontman Ivo Tarrant showed the new pad.', 'Ivo Tarrant')).toEqual(['Xbox frontman']);
    expect(descriptionsOf('Nintendo boss Ivo Tarrant is to retire next spring.', 'Ivo Tarrant')).toEqual(['Nintendo boss']);
  });

  it('takes the rest of a closed appositive after a possessive as its noun, or drops a possessive left headless', () => {
    expect(descriptionsOf('"Sales doubled," said Ivo Tarrant, head of Quorvan Telecom\'s fixed line division.', 'Ivo Tarrant')).toEqual([
      "head of Quorvan Telecom's fixed line division",
    ]);
    expect(descriptionsOf('Yet Ivo Tarrant, coach of Varrow\'s club side Tolley, thinks the risk is small.', 'Ivo Tarrant')).toEqual([
      "coach of Varrow's club side Tolley",
    ]);
    // Too long to be the possessive's noun phrase: the possessor goes; a firm named in -'s that ends the
    // appositive stays ("Quorvan's" is the whole name).
    expect(descriptionsOf('Yet Ivo Tarrant, coach of Varrow\'s newly rebuilt and renamed harbour rowing side, thinks so.', 'Ivo Tarrant')).toEqual(['coach']);
    expect(descriptionsOf('"Sales doubled," said Ivo Tarrant, head of burger chain Quorvan\'s.', 'Ivo Tarrant')).toEqual(["head of burger chain Quorvan's"]);
  });
});
