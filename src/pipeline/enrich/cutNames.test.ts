import { describe, expect, it } from 'vitest';
import { enrichArticle } from './index.ts';
import { makeParsed } from './test-utils.ts';

const peopleOf = (...paragraphs: string[]) => enrichArticle(makeParsed(paragraphs)).people.map((p) => p.name);

describe('a title word as a surname after a given name no list knows', () => {
  it('is a full name after a job title when the story writes the surname after a courtesy title', () => {
    expect(peopleOf('Jo Vance will stand against Labour MP Ulwenna King at the election.', 'Ms King said the challenge was a stunt.')).toContain('Ulwenna King');
    expect(peopleOf('Jo Vance will stand against Labour MP Ulwenna King at the election.', 'Ms King said the challenge was a stunt.')).not.toContain('King');
  });

  it('stays no name with no courtesy title for the surname, or with a dictionary word first', () => {
    expect(peopleOf('Jo Vance will stand against Labour MP Ulwenna King at the election.', 'She said the challenge was a stunt.')).not.toContain('Ulwenna King');
    expect(peopleOf('The deal was signed by Harbour Board Deputy Minister in May.', 'Mr Minister was not there.')).not.toContain('Deputy Minister');
  });
});

describe('a member of a devolved parliament', () => {
  it('is named in full after "MSP" or "MLA", not cut to the surname', () => {
    expect(peopleOf('But Green MSP Mark Tollan fears people will lose out.', 'Mr Tollan said it was wrong.')).toEqual(['Mark Tollan']);
    expect(peopleOf('Unionist MLA Karen Doweth wants the law changed.', 'Ms Doweth said it was overdue.')).toEqual(['Karen Doweth']);
  });
});

describe('an Irish "O\'" written with a space before the rest of the surname', () => {
  it('is one surname, not a name cut at "O"', () => {
    const names = peopleOf("Dana O' Leary, a ferry union official, said the strike would go ahead.", "O' Leary said talks had failed.");
    expect(names).toContain("Dana O'Leary");
    expect(names).not.toContain('Dana O');
  });
});

describe('a sentence end with its space missing', () => {
  it('does not glue the next sentence\'s first word to a name', () => {
    const names = peopleOf('Better by far was Joy Harbour.Those lads shaped the sound, said critic Ivo Renn.');
    expect(names.some((n) => n.includes('.'))).toBe(false);
    expect(names).toContain('Ivo Renn');
  });
});

describe("a name completed in an editor's square brackets (round 16)", () => {
  it('is one name, the bracketed word included', () => {
    const people = (text: string) => enrichArticle(makeParsed([text])).people.map((p) => p.name);
    expect(people('The coach said: "Jory [Tamblin] has been our best player all season."')).toEqual(['Jory Tamblin']);
    expect(people('The coach said: "[Jory] Tamblin has been our best player all season."')).toEqual(['Jory Tamblin']);
  });
});

describe('a French surname with an elided particle (round 17)', () => {
  it('runs on over "d\'" written lower case, and a run never starts with it', () => {
    expect(peopleOf('The crowd at the gala included former president Valery Quentin d\'Ormesson and his wife.')).toEqual(["Valery Quentin d'Ormesson"]);
    expect(peopleOf('The film won the Palme d\'Or, said Jo Roe.')).toEqual(['Jo Roe']);
  });
});
