/** People round 20: classes from the round's fresh samples (invented sentences and names). */
import { describe, expect, it } from 'vitest';
import { enrichArticle } from './index.ts';
import { makeParsed } from './test-utils.ts';

const peopleOf = (...paragraphs: string[]) => enrichArticle(makeParsed(paragraphs)).people;
const rolesOf = (name: string, ...paragraphs: string[]) => peopleOf(...paragraphs).find((p) => p.name === name)?.descriptions;

describe('a word in -ing right before a role noun', () => {
  it('qualifies the noun after a body, an owner, a determiner or at the start', () => {
    expect(rolesOf('Ivo Renn', 'Talks stalled with Quarrow sporting director Ivo Renn in May.')).toEqual(['Quarrow sporting director']);
    expect(rolesOf('Ivo Renn', 'Talks stalled with the sporting director Ivo Renn in May.')).toEqual(['sporting director']);
    expect(rolesOf('Ivo Renn', 'Presiding judge Ivo Renn adjourned the case.')).toEqual(['Presiding judge']);
  });

  it('is a verb after a preposition or an auxiliary', () => {
    expect(rolesOf('Ivo Renn', 'Quarrow won after beating keeper Ivo Renn twice.')).toEqual(['keeper']);
    expect(rolesOf('Ivo Renn', 'Quarrow were facing striker Ivo Renn on Sunday.')).toEqual(['striker']);
  });
});

describe('a word in -ing after a capitalised subject', () => {
  it('is the verb when the lexicon knows it only as a verb', () => {
    expect(rolesOf('Ivo Renn', 'Six Quarrow Lions including captain Ivo Renn will play.')).toEqual(['captain']);
    expect(rolesOf('Ivo Renn', 'Reporters covering singer Ivo Renn waited outside.')).toEqual(['singer']);
  });
});

describe('a word in -ing right after a speech verb', () => {
  it('opens the role: the verb has had its subject', () => {
    expect(rolesOf('Ivo Renn', 'Rents will rise, said housing minister Ivo Renn.')).toEqual(['housing minister']);
  });
});

describe('two lower-case particles inside a name', () => {
  it('run on to the surname, as one does', () => {
    const names = (text: string) => peopleOf(text).map((p) => p.name);
    expect(names('Prices fell, said chief executive Marnix van der Quell on Monday.')).toContain('Marnix van der Quell');
    expect(names('The keeper Edwin van der Quell saved twice.')).toContain('Edwin van der Quell');
    expect(names('The singer Tom de la Quell sang.')).toContain('Tom de la Quell');
  });
});

describe('a lone title word between two commas, before a name', () => {
  it('is an item of a list, not the title of the name after it', () => {
    expect(rolesOf('Kit Varley', 'The vote went against songs by Ann Tarrow, Queen, Kit Varley and the Lanterns.')).toEqual([]);
    // An appositive title keeps its holder.
    expect(rolesOf('Kit Varley', 'Their lawyer, Kit Varley, spoke to the court.')).toEqual(['lawyer']);
  });
});

describe('works named like people', () => {
  const names = (...paragraphs: string[]) => peopleOf(...paragraphs).map((p) => p.name);
  it('a run after "epic" or "sequel" is the work', () => {
    expect(names("The director's long epic Quintus came fourth in its first week.")).not.toContain('Quintus');
    expect(names('The studio will release the sequel Marcus Varley next May.')).not.toContain('Marcus Varley');
  });

  it('a run followed by ", on which" is a record', () => {
    expect(names('The single was joined in the charts by Sable Quinton, on which two rappers sing.')).not.toContain('Sable Quinton');
    expect(names('The album by Sable Quinton, who sings on it, sold well.')).toContain('Sable Quinton');
  });
});

describe('things named like people, by what the sentence does with them', () => {
  const names = (...paragraphs: string[]) => peopleOf(...paragraphs).map((p) => p.name);
  it('a name that takes a plural verb is a team or a band', () => {
    expect(names('Four players joined the Ruritanian club in May. Rowan Tulley are the first such side to play in Europe.')).not.toContain('Rowan Tulley');
    // The last of a list of people keeps the plural verb of the list.
    expect(names('The coach said Sarah Orrel and Emma Merrin are the favourites.')).toContain('Emma Merrin');
  });

  it('a contest named after someone is the contest', () => {
    expect(names('Her first success was the Gino Vannuzzi conducting competition, which she won at 25.')).not.toContain('Gino Vannuzzi');
  });

  it('what people worked on together is a work', () => {
    const found = names('The film is directed by Jo Quellan, who has worked with actor Tom Hanford on Rosie Tulley and Castaway.');
    expect(found).not.toContain('Rosie Tulley');
    expect(found).toContain('Tom Hanford');
  });
});

describe('a plural verb after a name further into a sentence', () => {
  it('is the verb of a list of people', () => {
    expect(peopleOf('Back in the side, centre Tom Quellan and winger Rowan Tulley are fit again.').map((p) => p.name)).toContain('Rowan Tulley');
  });
});

describe("a title's plural", () => {
  it('is no person when the story found the title to be a work', () => {
    const names = peopleOf('Previews of the musical Danny Quarrel were put back. The young Danny Quarrels will need more time, the producer said.').map((p) => p.name);
    expect(names).not.toContain('Danny Quarrels');
  });
});

describe('"the role of" and a described part', () => {
  it('names a part, not a person', () => {
    expect(peopleOf('Three pupils take turns in the hard role of tap dancer Danny, which needs stamina.').map((p) => p.name)).not.toContain('Danny');
  });

  it('keeps the holder of an office', () => {
    expect(peopleOf('MPs questioned the role of finance director Sarah Quellan in the deal.').map((p) => p.name)).toContain('Sarah Quellan');
  });
});

describe('"part of" before a described name', () => {
  it('is no part in a work ("part of boss Jo Roe\'s plans")', () => {
    expect(peopleOf("The striker does not know if he is still part of boss Rafael Quellan's plans.").map((p) => p.name)).toContain('Rafael Quellan');
  });
});

describe('roles cut before a body word or a distance', () => {
  it('keep the body whose role it is', () => {
    expect(rolesOf('Ivo Renn', 'But Tarnland Anti-Fraud Agency chief Ivo Renn said the rule could not hold.')).toEqual(['Tarnland Anti-Fraud Agency chief']);
    expect(rolesOf('Ivo Renn', 'Fund manager Ivo Renn said he would invest more.')).toEqual(['Fund manager']);
    expect(rolesOf('Ivo Renn', 'Tarnby United winger Ivo Renn scored twice.')).toEqual(['Tarnby United winger']);
  });

  it('keep the noun a distance qualifies', () => {
    expect(rolesOf('Ivo Renn', 'But indoor 800m record holder Ivo Renn said it was hard.')).toEqual(['indoor 800m record holder']);
  });

  it('stop at a time noun', () => {
    expect(rolesOf('Ivo Renn', 'Last month Tarnland Agency chief Ivo Renn resigned.')).toEqual(['Tarnland Agency chief']);
  });
});

describe('"Olympian" before a name', () => {
  it('is a role, not part of the name', () => {
    const people = peopleOf('Olympian Quellan tried to catch up but settled for third. "I was tired," said Quellan.');
    expect(people.map((p) => p.name)).not.toContain('Olympian Quellan');
  });
});
