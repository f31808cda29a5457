/** People round 21: classes from the round's fresh samples and from dev (invented sentences and names). */
import { describe, expect, it } from 'vitest';
import { enrichArticle } from './index.ts';
import { makeParsed } from './test-utils.ts';

const peopleOf = (...paragraphs: string[]) => enrichArticle(makeParsed(paragraphs)).people;
const rolesOf = (name: string, ...paragraphs: string[]) => peopleOf(...paragraphs).find((p) => p.name === name)?.descriptions;

describe("a work's title with a small word inside it, before the role", () => {
  it('is no part of the role', () => {
    expect(rolesOf('Kevin Quarrow', 'The jury included Crossing the Marsh director Kevin Quarrow.')).toEqual(['director']);
    expect(rolesOf('Tam Dorrit', 'The prize went to Birds in Winter star Tam Dorrit.')).toEqual(['star']);
  });

  it('leaves a firm after a date, a place or a club the sentence names', () => {
    expect(rolesOf('Jo Brack', 'In March the Tarnco chief Jo Brack quit.')).toEqual(['Tarnco chief']);
    expect(rolesOf('Ivo Renn', 'Quayside rejected a bid from Kestrel for Tarnland captain Ivo Renn.')).toEqual(['Tarnland captain']);
  });
});

const namesOf = (...paragraphs: string[]) => peopleOf(...paragraphs).map((p) => p.name);

describe('"part of" before a possessive name', () => {
  it('is a share of something of a person, not a part in a work', () => {
    expect(namesOf("The cuts are part of Stuart Quarrow's plan for the chain, the spokesman said.")).toContain('Stuart Quarrow');
  });

  it('is still a part with a determiner (guard)', () => {
    expect(namesOf('Ada Penhallow won the part of Tessa Marbury in the film.')).not.toContain('Tessa Marbury');
  });
});

describe('an item of a list of people whose surname is also a word', () => {
  it('is a person when its given name is no word and a names list holds it', () => {
    const found = namesOf('Ada Penhallow edged out Kylie Brannock, Joss Cotton and Natalie Quarrow for the award.');
    expect(found).toContain('Joss Cotton');
  });

  it('leaves a band of dictionary words and a given name that is a word out (guard)', () => {
    const found = namesOf('The bill features Kylie Brannock, Snow Lantern, Will Meadow and Natalie Quarrow.');
    expect(found).not.toContain('Snow Lantern');
    expect(found).not.toContain('Will Meadow');
  });
});

describe('a royal title before a lone given name', () => {
  it('is part of the name, as a peer\'s style is', () => {
    const found = namesOf('Crown Princess Ilse and her husband Prince Tarquin toured Tarnby. Princes Osric and Tarquin waved.', 'King Olav V opened the bridge.');
    expect(found).toEqual(expect.arrayContaining(['Crown Princess Ilse', 'Prince Tarquin', 'Prince Osric', 'King Olav V']));
    expect(found).not.toContain('Tarquin');
    expect(namesOf('King Olav XIV and Queen Ilse II opened the bridge.')).toEqual(expect.arrayContaining(['King Olav XIV', 'Queen Ilse II']));
  });

  it('stays a title before a full name, and before a dictionary word (guard)', () => {
    expect(namesOf('Prince Tarquin Vollmer, the chairman, said: "We are ready."')).toContain('Tarquin Vollmer');
    expect(namesOf('He met her at Tarnby\'s King Cross station.')).not.toContain('King Cross');
  });
});

describe('an Arabic surname with its article', () => {
  it('ends the name instead of being cut off it', () => {
    expect(namesOf('Trade Minister Samir Hadi al-Rawas welcomed the talks.')).toContain('Samir Hadi al-Rawas');
  });
});

describe('one word no names list knows after a trade a firm carries on', () => {
  it('is a firm, not a stage name', () => {
    const found = namesOf('Nobody at Quiz Night producer Zentavo placed bets, Ivo Renn said.', 'The chart is led by a title from developer Quorvix.');
    expect(found).not.toContain('Zentavo');
    expect(found).not.toContain('Quorvix');
  });

  it('leaves a stage name after a performer\'s trade and a full name after the trade (guard)', () => {
    const found = namesOf('Rapper Quillo and producer Jon Thoday met. "It works," said Thoday.');
    expect(found).toEqual(expect.arrayContaining(['Quillo', 'Jon Thoday']));
  });
});

describe('a lone word a band noun introduces', () => {
  it('is the band wherever the text writes it alone, not the person it is named after', () => {
    const found = peopleOf('Indie band Tarnwood built a following. Tarnwood moved into a farmhouse. The name comes from Ada Tarnwood, a driver for a gang.');
    expect(found.find((p) => p.name === 'Ada Tarnwood')?.mentions).toEqual(['Ada Tarnwood']);
  });
});

describe('a noun the lexicon also files as a verb, inside a compound role', () => {
  it('stays in the role after a modifier, and after a body named with an article', () => {
    expect(rolesOf('Jo Brack', 'Former chat show host Jo Brack said: "Yes."')).toEqual(['Former chat show host']);
    expect(rolesOf('Ivo Renn', 'The Tarnco survey chairman Ivo Renn said prices fell.')).toEqual(['Tarnco survey chairman']);
  });

  it('is the verb after a capitalised subject (guard)', () => {
    expect(rolesOf('Ivo Renn', 'Quayside need striker Ivo Renn fit.')).toEqual(['striker']);
  });
});

describe("a royal's given name alone", () => {
  it('takes up no commoner the story names in full with that given name', () => {
    const found = peopleOf('Prince Edmund and Ada Roe hosted a dinner. Edmund said they were delighted. The party leader Edmund Vollmer offered congratulations.');
    expect(found.find((p) => p.name === 'Edmund Vollmer')?.mentions).toEqual(['Edmund Vollmer']);
    expect(found.map((p) => p.name)).toContain('Prince Edmund');
  });

  it('takes up a prince named in full with a given name foreign to the lists (guard)', () => {
    const found = peopleOf('Foreign Minister Prince Zayyed Al-Tarnawi spoke. Prince Zayyed said: "We agree."');
    expect(found.find((p) => p.name === 'Zayyed Al-Tarnawi')?.mentions).toContain('Prince Zayyed');
  });
});

describe('two dictionary words before a listed given name and a surname, inside a sentence', () => {
  it('are what the person belongs to, not the start of the name', () => {
    expect(namesOf('The show was won by Tin Drum John Quarrow, who beat the others.')).toContain('John Quarrow');
  });

  it('leave a name of three words alone (guard)', () => {
    expect(namesOf('It starred Marta Lloyd Quarrow, said Ivo Renn.')).toContain('Marta Lloyd Quarrow');
  });
});

describe('a club after "to" before a role', () => {
  it('stays in the role: a transfer, not a work\'s title', () => {
    expect(rolesOf('Rhodri Vane', 'He was sold by Harbourside to Tarnland captain Rhodri Vane last spring.')?.join(' ')).toContain('Tarnland captain');
  });
});
