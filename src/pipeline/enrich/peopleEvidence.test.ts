/** What makes a capitalised run a person or not: context that generalises, on invented text. */
import { describe, expect, it } from 'vitest';
import { enrichArticle } from './index.ts';
import { makeParsed } from './test-utils.ts';

const names = (...paragraphs: string[]) => enrichArticle(makeParsed(paragraphs)).people.map((p) => p.name);
const person = (name: string, ...paragraphs: string[]) => enrichArticle(makeParsed(paragraphs)).people.find((p) => p.name === name);

describe('not people', () => {
  it('titles of works after a work noun, and the star of a title', () => {
    expect(names('She starred in the film Daniel Harbour last year.')).not.toContain('Daniel Harbour');
    expect(names('Daniel Harbour star Mara Quill won the prize, said the jury.')).not.toContain('Daniel Harbour');
  });

  it('a band named like a person before its member, and the name behind a stage name', () => {
    // The name behind a stage name is the person named before it.
    expect(names('Guitarist Tom Vell - real name Quentin Ray Tessot - had surgery in May.')).toEqual(['Tom Vell']);
    expect(names("Tom Vell, whose real name is Quentin Ray Tessot, had surgery in May.")).toEqual(['Tom Vell']);
    expect(names('Chart-topper 99 Pence, real name Quentin Tessot, said the show would go on.')).toEqual(['Quentin Tessot']);
    // A band named like a person, before its member's role and name.
    expect(names('Former Ronald Quellman singer Mara Tessot called the song a gift.')).toEqual(['Mara Tessot']);
    expect(names('The lights went out as Ronald Quellman guitarist Tom Vell tuned up.')).toEqual(['Tom Vell']);
  });

  it('fictional characters introduced as characters, every item of the list', () => {
    const found = names('He created characters like Robert Fenwick and Lucy Marrow that live on.');
    expect(found).not.toContain('Robert Fenwick');
    expect(found).not.toContain('Lucy Marrow');
  });

  it('a name behind "the" (a paper, an album), but not a person qualifying a noun', () => {
    expect(names('Jo Pell of the Harbour Reporter said the film was long.')).toEqual(['Jo Pell']);
    expect(names('Critics preferred the Howard Tamsin biopic to the musical.')).toContain('Howard Tamsin');
  });

  it('companies by their endings', () => {
    expect(names('Quorvan Teleservices said profits had doubled.')).toEqual([]);
  });

  it('a band or club before a role noun is an affiliation', () => {
    const found = names('Former Tidewater singer Ronan Pell may also take part.');
    expect(found).toEqual(['Ronan Pell']);
  });
});

describe('people the context vouches for', () => {
  it('a capitalised role opening the sentence is a title, not part of the name', () => {
    expect(names('Actor Robert Quill has died aged 71.')).toEqual(['Robert Quill']);
    expect(person('Robert Quill', 'Actor Robert Quill has died aged 71.')?.descriptions).toContain('Actor');
  });

  it('a sentence-opening adjective glued to a name is dropped', () => {
    expect(names('Defiant Matt Orrell said he would stay.')).toEqual(['Matt Orrell']);
  });

  it('a stage name after an occupation noun, but not after a relation', () => {
    expect(names('The prize went to UK rapper Quillo, who said he was shocked.')).toContain('Quillo');
    expect(names('Sales at rival Tarnwick fell, the firm said.')).not.toContain('Tarnwick');
  });
});

describe('roles', () => {
  it('stop at a clause, a day, another person, and lose a trailing honorific', () => {
    const clause = person('Nina Roque', 'Nina Roque, head of sales at Harbour Films which released the film, said it was a hit.');
    expect(clause?.descriptions).toContain('head of sales at Harbour Films');
    expect(clause?.descriptions.some((d) => d.includes('released'))).toBe(false);
    const day = person('Martin Quell', 'On Wednesday Irish Transport Minister Martin Quell said the road would open.');
    expect(day?.descriptions).toContain('Irish Transport Minister');
    const other = person('Eric Tamm', 'Jude Larkin and Troy star Eric Tamm arrived together.');
    expect(other?.descriptions.some((d) => d.includes('Jude'))).toBe(false);
    const honorific = person('Rowan Marsh', 'The Bishop of Tamsworth Dr Rowan Marsh said prayers.');
    expect(honorific?.descriptions.some((d) => /\bDr$/.test(d))).toBe(false);
  });
});

describe('titles, nationalities and characters before and in names', () => {
  it('a role or nationality word before a full name is a title', () => {
    expect(names('Party leaders met Treasurer Peter Quellon on Monday.')).toEqual(['Peter Quellon']);
    expect(names('Frenchman Ronald Tessier won the race.')).toEqual(['Ronald Tessier']);
    // A listed nationality that is also a given name ("Scot"), before a given name, is the nationality.
    expect(names('Ivo Pell finished ahead of Scot Kathy Butcher in Glasgow.')).toContain('Kathy Butcher');
  });

  it('a role word before a lone first name is a character, as is a name ending in Man', () => {
    expect(names('Children love Postman Pat and Fireman Sam, the channel said.')).toEqual([]);
    expect(names('He sang Harbour Man at the festival.')).toEqual([]);
  });

  it('a role ends at a participle, and a coordinated title is not part of it', () => {
    const raft = person('George Tallow', 'George Tallow, the actor famed for gangster roles, died.');
    expect(raft?.descriptions).toEqual(['actor']);
    const sayle = person('Alexei Morrow', 'The cast includes Jane Harbour and comedian Alexei Morrow.');
    expect(sayle?.descriptions).toEqual(['comedian']);
  });
});

describe('more role and place cases', () => {
  it('a nationality noun before a full name, a place ending, a verb before the role', () => {
    expect(names('Spaniard Conchita Ferrol beat her rival in three sets.')).toEqual(['Conchita Ferrol']);
    expect(names('Tourists flock to the Emerald Isle every summer, Mara Quill said.')).toEqual(['Mara Quill']);
    const keeper = person('Jerzy Dolan', 'Benning defended goalkeeper Jerzy Dolan after the match.');
    expect(keeper?.descriptions.some((d) => d.includes('defended'))).toBe(false);
    const lawyer = person('Carla Fenn', 'Carla Fenn, legal director of the human rights group Redstone, said it would appeal.');
    expect(lawyer?.descriptions).toContain('legal director of the human rights group Redstone');
  });
});

describe('glued team words, awards and self-describing roles', () => {
  it('drops a compound or a team name glued before a full name, and an award named after someone', () => {
    expect(names('Man-of-the-match Stephen Quorvan scored twice.')).toEqual(['Stephen Quorvan']);
    expect(names('Springboks John Tellig led the side out.')).toEqual(['John Tellig']);
    expect(names('She won the Charles Wetherby Award for young designers.')).toEqual([]);
  });

  it('a phrase holding the person’s own name is not a role', () => {
    const anne = person('Anne Tolland', 'Anne Tolland of the Harbour Reporter said the film would win.');
    expect(anne?.descriptions.some((d) => d.includes('Tolland'))).toBe(false);
  });
});

describe('bodies named with "of"', () => {
  it('the words after "Association of" belong to the body', () => {
    expect(names('The National Association of Harbour Pilots said the move was "reckless".')).toEqual([]);
    expect(names('The director of Marrow Films, Jo Pell, said it was a hit.')).toEqual(['Jo Pell']);
  });
});
