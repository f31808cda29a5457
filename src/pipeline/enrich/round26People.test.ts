/** People round 26: bbc-dev's missed relatives named by given name alone (invented sentences and names). */
import { describe, expect, it } from 'vitest';
import { enrichArticle } from './index.ts';
import { makeParsed } from './test-utils.ts';
import { namedByKin } from './kinNamed.ts';

const namesOf = (...paragraphs: string[]) => enrichArticle(makeParsed(paragraphs)).people.map((p) => p.name);

describe('a relative named by given name alone after a possessive kinship noun', () => {
  it('"her brother, Tamsin," "His wife, Orla," "Mr Pellow\'s two sons, Ruan and Jago": each given name is a person', () => {
    const found = namesOf(
      'Corin Pellow keeps bees on the hill above Dunmore. On Saturdays Mr Pellow\'s two sons, Ruan and Jago, sell the honey at the market.',
      'Edda Varrow sailed round the coast every summer; her brother, Tamsin, kept the logbook.',
      'Lusk Dormer grows dahlias. His Welsh-born wife, Orla, judges the village show.',
    );
    expect(found).toEqual(expect.arrayContaining(['Ruan', 'Jago', 'Tamsin', 'Orla']));
  });

  it('children listed with their ages, and a given name that is also a word ("my son Max", "their daughter Hope")', () => {
    const found = namesOf(
      'The cottage is shared by the potter, her partner and their two children Bryony, 15, and Kit, 12.',
      'On wet days my son Max builds kites in the shed, and their daughter Hope paints them.',
    );
    expect(found).toEqual(expect.arrayContaining(['Bryony', 'Kit', 'Max', 'Hope']));
  });

  it('guards: a pet, a firm and a place after a possessive are no relatives', () => {
    expect(namesOf('She took her dog Rufus to the vet, and his company Varrowcorp grew fast.')).not.toEqual(expect.arrayContaining(['Rufus']));
    expect(namesOf('He moved his family to be near his mother in London last year.')).not.toContain('London');
  });
});

describe('namedByKin', () => {
  it('reads the possessor, qualifiers and earlier items, and nothing else', () => {
    expect(namedByKin('the party was led by his two sons, ')).toBe(true);
    expect(namedByKin('their children Bryony, 15, and ')).toBe(true);
    expect(namedByKin("Mr Pellow's eldest daughter ")).toBe(true);
    expect(namedByKin('the sons of ')).toBe(false);
    expect(namedByKin('his dog ')).toBe(false);
    expect(namedByKin('her company, ')).toBe(false);
  });
});

describe('two words the people-names list knows, with no context at all', () => {
  it('"Kashyap Voisine" in a list of nominees is a person; a word no list knows keeps a pair out', () => {
    const found = namesOf('In other categories, Kashyap Voisine won best newcomer for the role of a lighthouse keeper.');
    expect(found).toContain('Kashyap Voisine');
    // "Oriane" is in no names list: without context the pair stays unsure, as before.
    expect(namesOf('In other categories, Oriane Voisine won best newcomer.')).not.toContain('Oriane Voisine');
  });
});

describe('namedByKin, the one definition of a relative named next', () => {
  it('takes "whose" and one lower-case word of any kind, but not a clause between possessor and noun', () => {
    expect(namedByKin('Ann Vell, whose son ')).toBe(true);
    expect(namedByKin('her former husband ')).toBe(true);
    expect(namedByKin('his two young sons, ')).toBe(true);
    expect(namedByKin('his car was seen by the son ')).toBe(false);
  });
});

describe("a team sheet's replacements line", () => {
  it('"Replacements: Tolland for Quarrie (61), Brisk for Vell (70)": who came on and whom they replaced are people', () => {
    const found = namesOf(
      'Dunmore: Quarrie; Vell, Hask, Orrin, Pellow; Dask, Murrow; Tovey, Garland, Streat.',
      'Replacements: Tolland for Quarrie (61), Brisk for Vell (70), Amberley for Hask (75).',
    );
    expect(found).toEqual(expect.arrayContaining(['Tolland', 'Brisk', 'Amberley', 'Quarrie', 'Vell', 'Hask']));
  });
});

describe('initials written without stops', () => {
  it('"QT Garside", "RJ Varley": two or three capitals before a listed surname are initials', () => {
    const found = namesOf('The prize went to QT Garside, and fellow novelist RJ Varley said: "It was deserved."');
    expect(found).toEqual(expect.arrayContaining(['QT Garside', 'RJ Varley']));
  });

  it('guards: capitals the text also writes alone are a body, and club letters before a town are a club', () => {
    const found = namesOf('Shares in BQ Varley rose. BQ said profits were up.', 'They face AS Garside on Sunday.');
    expect(found).not.toContain('BQ Varley');
    expect(found).not.toContain('AS Garside');
  });
});

describe('relatives and partners as roles', () => {
  it('"her boyfriend Ansel Quorrick", "the minister\'s nephew Tam Vell": the noun introduces a person and is his role', () => {
    const people = enrichArticle(makeParsed(['The ferry was skippered that day by the baker\'s boyfriend Ansel Quorrick.', "The minister's nephew Tam Vell was also at the dinner."])).people;
    expect(people.find((p) => p.name === 'Ansel Quorrick')?.descriptions.join(' ')).toMatch(/boyfriend/);
    expect(people.find((p) => p.name === 'Tam Vell')?.descriptions.join(' ')).toMatch(/nephew/);
  });
});
