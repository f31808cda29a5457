/** People round 24: classes from bbc-dev's missed people and the round's samples (invented sentences and names). */
import { describe, expect, it } from 'vitest';
import { enrichArticle } from './index.ts';
import { makeParsed } from './test-utils.ts';

const peopleOf = (...paragraphs: string[]) => enrichArticle(makeParsed(paragraphs)).people;
const namesOf = (...paragraphs: string[]) => peopleOf(...paragraphs).map((p) => p.name);

describe('a squad line whose clubs hold commas or "and" inside their brackets', () => {
  const squad = [
    'Ada Penhallow has been picked for the indoor team, the selectors said on Monday.',
    'J Tarrow (Tarnby, Ashwell and Dunmore AC), Jim Quelling (Quayside AAC).',
    'D Vessop (Harbour and Dunmore Beagles), A Pellowe (Westbrook Harriers), A Grindley (Notts AC).',
    'K Roe (Quayside, capt); M Dorrit (Westbrook), T Quill (Ashwell), G Hensby (Tarnby), S Vell (Dunmore).',
  ];

  it('is a list of people, each item a name before its club', () => {
    const found = namesOf(...squad);
    for (const name of ['J Tarrow', 'A Pellowe', 'A Grindley', 'K Roe', 'M Dorrit', 'G Hensby']) expect(found).toContain(name);
  });

  it('makes no person of the towns inside the brackets (guard)', () => {
    const found = namesOf(...squad);
    for (const name of ['Tarnby', 'Ashwell', 'Dunmore', 'Quayside']) expect(found).not.toContain(name);
  });
});

describe('a titled surname whose particle the story writes another way', () => {
  it('is the person named in full ("van der" and "Mr Van de")', () => {
    const people = peopleOf(
      'The payout went to former exploration chief Walter van der Vellen, the firm said.',
      'An email from Mr Van de Vellen said the firm had misled investors.',
    );
    expect(people.map((p) => p.name)).toEqual(['Walter van der Vellen']);
  });

  it('keeps to the same particle chain: "de" is not "van de" (guard)', () => {
    const found = namesOf(
      'The payout went to former exploration chief Walter van der Vellen, the firm said.',
      'Peter de Vellen, his cousin, said nothing.',
      'Mr De Vellen said the firm had misled investors.',
    );
    expect(found).toEqual(['Walter van der Vellen', 'Peter de Vellen']);
  });
});

describe('a firm whose name ends in "ventures"', () => {
  it('is no person, even in a list of firms with no firm word', () => {
    const found = namesOf(
      'Four firms share the market: Tarnwell Televentures, backed by a Dutch partner, Quayside in the north, and two smaller rivals.',
      'Ada Penhallow said the market would grow.',
    );
    expect(found).not.toContain('Tarnwell Televentures');
    expect(found).toContain('Ada Penhallow');
  });
});

describe('a one-word name in a list of people', () => {
  it('is a person when joined to someone named in full in a list of three or more', () => {
    const found = namesOf('Ada Penhallow beat Kylie Brannock, Quessa, Tam Dorrit and Jo Vell to the prize.');
    expect(found).toContain('Quessa');
  });

  it('is no person in a list of two, after a place, or before a role noun (guards)', () => {
    expect(namesOf('In the island nation of Tarnia and Quessa, Tom Dole read the messages.')).not.toContain('Quessa');
    expect(namesOf('Police charged Tarnco managers Jo Roe, Kit Vell and Quessa managers Tom Dole.')).not.toContain('Quessa');
    expect(namesOf('The judges praised Kylie Brannock and Quessa.')).not.toContain('Quessa');
  });

  it('takes no dictionary word, which a band in a list of performers often is (guard)', () => {
    expect(namesOf('The bill features Kylie Brannock, Lantern, Tam Dorrit and Jo Vell.')).not.toContain('Lantern');
  });
});

describe('a list item beside a name the text confirms elsewhere', () => {
  it('is a person: the neighbour is a person wherever the text confirms it', () => {
    expect(namesOf('Rapper Jo-Q won the prize.', 'He beat the Quiet Rivers, Jo-Q, Kell Vantry and Nelo for the award.')).toContain('Kell Vantry');
  });

  it('is not confirmed by a neighbour the text never confirms (guard)', () => {
    expect(namesOf('He beat the Quiet Rivers, Jo-Q, Kell Vantry and Nelo for the award.')).not.toContain('Kell Vantry');
  });
});

describe("a squad's one-entry line (an initial, a surname and the club)", () => {
  const squad = 'D Vessop (Harbour and Dunmore Beagles), A Pellowe (Westbrook Harriers), A Grindley (Notts AC), T Quill (Ashwell AC).';

  it('is a list of one beside a squad, alone on its line or after an event label', () => {
    const found = namesOf('The selectors named the indoor team.', squad, 'K Wellow (Tarnby AC).', 'B Chorley (Westbrook Harriers). High jump: N Buckland (Ashwell AC).');
    for (const name of ['K Wellow', 'B Chorley', 'N Buckland']) expect(found).toContain(name);
  });

  it('is no list with no squad beside it (guard)', () => {
    expect(namesOf('The selectors named the indoor team.', 'K Wellow (Tarnby AC).')).not.toContain('K Wellow');
  });
});

describe("an editor's bracket completing a name inside a quotation", () => {
  it('makes one full name of a given name and a bracketed surname, or a bracketed given name and a surname', () => {
    expect(namesOf('"When I started there was me and Aziko (Quarrow) in the young group," Ted Dorrit said.')).toContain('Aziko Quarrow');
    expect(namesOf('"Many of the stars like Jo Roe and (Kellan) Vantry had the press against them," Ted Dorrit said.')).toContain('Kellan Vantry');
  });

  it('leaves a club or a body in brackets, and brackets outside quotations, alone (guard)', () => {
    expect(namesOf('"We went to the (Tarnco) Awards," Ted Dorrit said.')).not.toContain('Tarnco Awards');
    expect(namesOf('The deal was signed by Aziko (Quarrow) last week.')).not.toContain('Aziko Quarrow');
  });
});

describe('a long surname mistyped with letters moved, in one story', () => {
  it('is the same person', () => {
    const people = peopleOf('Investors fear the fate of former oil boss Mikhail Kalridovsky, analysts said.', 'Mikhail Kaldirovsky is in jail.');
    expect(people.map((p) => p.name)).toEqual(['Mikhail Kalridovsky']);
  });

  it('keeps people of other given names apart (guard)', () => {
    expect(namesOf('Anna Kalridovsky won the vote.', 'Ruth Kaldirovsky lost.')).toEqual(['Anna Kalridovsky', 'Ruth Kaldirovsky']);
  });
});

describe('a titled surname with letters moved', () => {
  it('is the one person whose surname it mistypes', () => {
    const people = peopleOf('Investors fear the fate of former oil boss Mikhail Kalridovsky, analysts said.', 'Mr Kaldirovsky is in jail.');
    expect(people.map((p) => p.name)).toEqual(['Mikhail Kalridovsky']);
    expect(people[0]!.mentions).toContain('Mr Kaldirovsky');
  });
});

describe('a military rank between a role and the name', () => {
  it('is the name\'s title, not the last word of the role', () => {
    const people = peopleOf('Critics spoke out. But former Tarnish Commander Colonel Bob Quarrow said: "Anyone at the top should answer for this."');
    expect(people.find((p) => p.name === 'Bob Quarrow')?.descriptions).toEqual(['former Tarnish Commander']);
  });
});
