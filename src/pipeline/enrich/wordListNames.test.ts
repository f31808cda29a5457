/**
 * The name finder with a real word list and a names list (issue 10), on invented sentences: each case
 * made a person (or missed one) before its rule.
 */
import { describe, expect, it } from 'vitest';
import { scanNames } from './names.ts';

const certain = (text: string) => scanNames(text).people.filter((p) => p.certain).map((p) => p.tokens.join(' '));
const names = (text: string) => scanNames(text).people.map((p) => p.tokens.join(' '));

describe('plain English words are no surnames without a person\'s context', () => {
  it('a run ending in a plain word is a body or a title', () => {
    expect(certain('Bookings at Tarvish Cruises, which sails from the Tyne, rose.')).toEqual([]);
    expect(certain('The studio, which created Snoozle Night among others, grew.')).toEqual([]);
  });

  it('but a known first name, or a role before the run, still makes a person', () => {
    expect(certain('Keith Yelling, the coach, was pleased.')).toEqual(['Keith Yelling']);
    expect(certain('It was produced by rapper Kovo Rascal last year.')).toEqual(['Kovo Rascal']);
  });
});

describe('given names compromise does not know', () => {
  it('a listed given name before a surname the text also uses alone is a person', () => {
    expect(certain('Thierry Vannier scored twice before the break. Vannier then limped off.')).toEqual(['Thierry Vannier']);
    // With no other use of the surname, the run stays unsure.
    expect(certain('Thierry Vannier scored twice before the break.')).toEqual([]);
  });
});

describe('firms named like people', () => {
  it('a firm\'s trade before a name makes it a firm, everywhere in the text', () => {
    const text = 'The accounts were signed off by auditors Grant Thornley. Grant Thornley denied any wrongdoing.';
    expect(names(text)).not.toContain('Grant Thornley');
  });

  it('every item of a list of firms', () => {
    expect(certain('Creditors include banking giants such as Orlan Holdings and Sumida Kanto, as well as a fund.')).toEqual([]);
  });

  it('a group or a brand before a name makes it a firm or a product ("drugs group X", "brands such as X")', () => {
    expect(names('Meanwhile, drugs group Elwin Tarrow is planning a campaign. Elwin Tarrow denied it.')).not.toContain('Elwin Tarrow');
    expect(certain('It owns brands such as Jasper Quill and Sally Mead.')).toEqual([]);
  });

  it('a lone word that opens a body\'s name in the same text is that body', () => {
    expect(names('Jenkins Holdings reported a loss. Jenkins said the year had been hard.')).not.toContain('Jenkins');
    // Unless someone's full name holds the word.
    expect(names('Jenkins Holdings reported a loss. Its founder, Ada Jenkins, was upset. Jenkins said so.')).toContain('Jenkins');
  });
});

describe('other runs that look like names', () => {
  it('a saint\'s name opens a church\'s name', () => {
    expect(certain('His father preached at the St Martin Vellow church for years.')).toEqual([]);
  });

  it('a term after "so-called" is no one', () => {
    expect(certain('These so-called Marrak Tolvane attacks swamp a server.')).toEqual([]);
  });
});
