/** People round 19: the ninth people review's classes (invented sentences and names). */
import { describe, expect, it } from 'vitest';
import { enrichArticle } from './index.ts';
import { makeParsed } from './test-utils.ts';

const namesOf = (...paragraphs: string[]) => enrichArticle(makeParsed(paragraphs)).people.map((p) => p.name);

describe('things named like people', () => {
  it('a founder-named firm with "the" before it and a business noun after it is no person', () => {
    expect(namesOf('"Sales are slow," said Ivo Renn, a partner of the Sean K. Tarrow consultancy.')).not.toContain('Sean K Tarrow');
    expect(namesOf('Prices rose, said Ivo Renn of the Sean Tarrow agency.')).not.toContain('Sean Tarrow');
    // A person's own agency keeps the person.
    expect(namesOf("Prices rose, said Ivo Renn, who works for Sean Tarrow at the agency.")).toContain('Sean Tarrow');
  });

  it('what a custom dates back to is no person unless its first word is a given name', () => {
    expect(namesOf('The right of the guild dates back to Codex Varnum and the old fairs.')).not.toContain('Codex Varnum');
    expect(namesOf('Such trust goes right back to Codex Varnum, she argued.')).not.toContain('Codex Varnum');
    expect(namesOf('The theory goes back to Isaac Tarrow, she argued.')).toContain('Isaac Tarrow');
  });
});

const peopleOf = (...paragraphs: string[]) => enrichArticle(makeParsed(paragraphs)).people;

describe('a given name that is an ordinary word, between a role and the surname', () => {
  it('is the given name, not the role\'s last word', () => {
    for (const given of ['Energy', 'Prosper', 'Lucky']) {
      const people = peopleOf(`Tarnland goalkeeper ${given} Quembadiro is ready to play. Quembadiro joined in May.`);
      expect(people.map((p) => p.name)).toEqual([`${given} Quembadiro`]);
      expect(people[0]!.descriptions).toEqual(['Tarnland goalkeeper']);
    }
  });

  it('stays a title before an office or a body', () => {
    expect(peopleOf('The former minister Energy Secretary Jo Tarrow spoke.').map((p) => p.name)).toEqual(['Jo Tarrow']);
  });
});

describe('a given name typed in lower case between a role and the surname', () => {
  it('is part of the name when the surname is named again', () => {
    const people = peopleOf('Tarnby coach tom Quellan said he was pleased. "We were strong," said Quellan.');
    expect(people.map((p) => p.name)).toEqual(['Tom Quellan']);
    expect(people[0]!.descriptions).toEqual(['Tarnby coach']);
  });

  it('is not taken from a verb or a word that is no given name', () => {
    expect(peopleOf('Can the coach will Quellan to win? Quellan said no.').map((p) => p.name)).not.toContain('Will Quellan');
    expect(peopleOf('The Tarnby coach dropped Quellan. "It hurt," said Quellan.').map((p) => p.name)).not.toContain('Dropped Quellan');
    // Named once only: the surname is not confirmed, and the word stays as written.
    expect(peopleOf('Tarnby coach tom Quellan was pleased.').map((p) => p.name)).not.toContain('Tom Quellan');
  });
});

const rolesOf = (name: string, ...paragraphs: string[]) => peopleOf(...paragraphs).find((p) => p.name === name)?.descriptions;

describe('roles', () => {
  it('a number that ends the sentence before does not cut the portfolio off the role', () => {
    expect(rolesOf('Jo Tarrow', 'The target is due by 2009. Harbours minister Jo Tarrow said it was a start.')).toEqual(['Harbours minister']);
    // A number with a thousands comma is one word of the role.
    expect(rolesOf('Jo Tarrow', 'Double Olympic 10,000m champion Jo Tarrow will race.')).toEqual(['Double Olympic 10,000m champion']);
  });

  it('an initial\'s full stop inside an appositive role does not end it', () => {
    expect(rolesOf('Ivo Renn', '"Sales are slow," said Ivo Renn, vice-president of the Sean K. Tarrow consultancy.')).toEqual(['vice-president of the Sean K. Tarrow consultancy']);
  });

  it('a firm\'s unit after a second comma stays with the role', () => {
    expect(rolesOf('Al Rayner', 'Al Rayner, chief engineer, Kestrel pumps division, said the tests went well.')).toEqual(['chief engineer, Kestrel pumps division']);
    expect(rolesOf('Al Rayner', 'Al Rayner, chief engineer, said the tests went well.')).toEqual(['chief engineer']);
    expect(rolesOf('Al Rayner', '"We regret it," said Al Rayner, chief engineer, Kestrel pumps and valves division. "It will be fixed."')).toEqual(['chief engineer, Kestrel pumps and valves division']);
  });

  it('a definite role owned like another person\'s role is not the paragraph subject\'s', () => {
    const story = "The families' solicitor Jo Linwood called it a fine day. Father-of-two Mr Parrack, 28, was held in May. He was later freed. The families' lawyer said the law was broken.";
    expect(rolesOf('Parrack', story)).toEqual(['Father-of-two']);
  });
});

describe('fresh-sample classes', () => {
  it('a body named "<head> of <place>" before a role stays with the role', () => {
    expect(rolesOf('Mervyn Tarrow', 'He met Bank of Tarnland governor Mervyn Tarrow today.')).toEqual(['Bank of Tarnland governor']);
    expect(rolesOf('Jo Roe', 'At the Bank of the North chief Jo Roe spoke.')).toEqual(['chief']);
  });

  it('a given name alone before anyone of that given name is named in full is someone else', () => {
    const people = peopleOf('The rally began with a talk from her son Nick, a junior doctor, who thanked the crowd. Later, said student Nick Vellacott: "We can win."');
    expect(people.map((p) => p.name).sort()).toEqual(['Nick', 'Nick Vellacott']);
    // After the full name, the given name alone is that person; so is a relative of someone of that surname.
    expect(peopleOf('Nick Vellacott won. Then Nick said he was happy.').map((p) => p.name)).toEqual(['Nick Vellacott']);
    expect(peopleOf('Ann Vellacott, whose son Nick was hurt, spoke. Nick Vellacott is now well.').map((p) => p.name).sort()).toEqual(['Ann Vellacott', 'Nick Vellacott']);
  });

  it('a role after a preposition, before ", who", is no description of the last subject', () => {
    expect(rolesOf('Jo Tarrow', 'Jo Tarrow said he was pleased. The side gets a lift from the comeback of the Ruritanian international, who scores often.')).toEqual([]);
    expect(rolesOf('Jo Tarrow', 'Jo Tarrow arrived. The former minister, who left in May, said little.')).toEqual(['former minister']);
  });

  it('an office in lower case keeps its department after "to the"', () => {
    expect(rolesOf('Alan Osbury', 'Replying to the plan, deputy secretary to the Treasury, Alan Osbury, said no.')).toEqual(['deputy secretary to the Treasury']);
  });
});

describe('a clause opener before a title and a style', () => {
  it('is no part of the title, and the knight is found', () => {
    const people = peopleOf('Police were pleased. But Tarnshire Police Commissioner Sir John Stevell said the case was weak. Later Sir John said more.');
    expect(people.map((p) => p.name)).toEqual(['Sir John Stevell']);
    expect(people[0]!.descriptions).toEqual(['Tarnshire Police Commissioner']);
  });

  it('a word kept from names right before "magazine" is the magazine\'s title', () => {
    expect(rolesOf('Ann Reeve', 'It said so, wrote Q magazine editor Ann Reeve.')).toEqual(['Q magazine editor']);
  });

  it('a lone verb-like role word after "to" is the verb', () => {
    expect(rolesOf('Jo Tarrow', 'Work on the drama, which was to star Jo Tarrow, has stopped.')).toEqual([]);
    expect(rolesOf('Jo Tarrow', 'The post went to former minister Jo Tarrow.')).toEqual(['former minister']);
    expect(rolesOf('Jo Tarrow', 'Stars came, from young actors to model Jo Tarrow.')).toEqual(['model']);
  });
});

describe('a hall an institution owns', () => {
  it('is a place, not a person of that name', () => {
    expect(namesOf("He spoke to students in the College's Morgan Hall on Monday.")).not.toContain('Morgan Hall');
    expect(namesOf('He spoke to students with Jerry Hall on Monday.')).toContain('Jerry Hall');
  });
});

describe('goods sold under a maker\'s name', () => {
  it('name the brand, not a person', () => {
    expect(namesOf('She wore a Frank Tollmer watch and a silver ring.')).not.toContain('Frank Tollmer');
    expect(namesOf('She met Frank Tollmer and a silver smith.')).toContain('Frank Tollmer');
  });
});
