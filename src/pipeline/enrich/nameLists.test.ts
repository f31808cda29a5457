import { describe, expect, it } from 'vitest';
import { enrichArticle } from './index.ts';
import { findNameLists } from './nameLists.ts';
import { makeParsed } from './test-utils.ts';

const names = (text: string) => findNameLists(text).map((c) => c.tokens.join(' '));

describe('findNameLists', () => {
  it('reads a squad paragraph: bare surnames, initials, hyphens and a substitute in brackets', () => {
    expect(names('Dorrit, Halvey (Okafor 67), J Manse, S. Quill, Vantreck-Obi, McAdoo.')).toEqual([
      'Dorrit', 'Halvey', 'Okafor', 'J Manse', 'S Quill', 'Vantreck-Obi', 'McAdoo',
    ]);
  });

  it('reads a short list after a label, and a scorer with minutes', () => {
    expect(names('Tamsworth Rovers won easily.\n\nSubs Not Used: Pellow, Garrand.')).toEqual(['Pellow', 'Garrand']);
    expect(names('Goals: Brisco 12, Dorrit 75 og.')).toEqual(['Brisco', 'Dorrit']);
  });

  it('gives offsets of each name in the text', () => {
    const text = 'Quorvan, Brisco, J Manse, Tellig.';
    for (const c of findNameLists(text)) expect(text.slice(c.start, c.end).replace('.', '')).toBe(c.tokens.join(' '));
  });

  it('does not read lists of places, bodies, works or things as people', () => {
    expect(names('Paris, London, Berlin, Madrid.')).toEqual([]);
    expect(names('Tamsworth United, Marrow City, Quayside Rovers, Essen Athletic.')).toEqual([]);
    expect(names('Gold, Silver, Bronze, Iron, Quill.')).toEqual([]);
    expect(names('Releases include Hard Rain, Gothmoor and The Night Porter.')).toEqual([]);
    // A sentence that merely ends in a colon is no label.
    expect(names('New titles on offer will include Dark Water: Volume Two, Gothmoor and Quill.')).toEqual([]);
  });

  it('reads double initials, surname particles and a line whose label the archive lost', () => {
    expect(names('The teams were named.\n\n: C Pellow; S Quorvan, KP Brisco (capt), R de Tellig; CA del Manse.')).toEqual([
      'C Pellow', 'S Quorvan', 'KP Brisco', 'R de Tellig', 'CA del Manse',
    ]);
  });

  it('reads an Italian "dal" or "della" in prose as a particle of the surname, as team sheets do', () => {
    const people = (text: string) => enrichArticle(makeParsed([text])).people.map((p) => p.name);
    expect(people('The coach brought in David dal Tellig at open-side.')).toEqual(['David dal Tellig']);
    expect(people('Later Marta della Quorvan said she would stay.')).toEqual(['Marta della Quorvan']);
  });

  it('joins a double-barrelled name the archive broke at its hyphen', () => {
    expect(names('Quorvan, Brisco, J Manse, Tellig-\u0020Varro, Pellow.')).toEqual(['Quorvan', 'Brisco', 'J Manse', 'Tellig-Varro', 'Pellow']);
  });

  it('needs four items in an unlabelled list', () => {
    expect(names('Brisco, Dorrit, Quill.')).toEqual([]);
  });
});

describe('a two-name line beside a team sheet (round 16)', () => {
  it('is a list whose label the archive lost', () => {
    const sheet = 'Quayside: Tamblin, Orrell, Pengarth, Vosper, Trelawny.\nCarrow, Pengarth.\nTamblin 12.';
    expect(names(sheet)).toEqual(['Tamblin', 'Orrell', 'Pengarth', 'Vosper', 'Trelawny', 'Carrow', 'Pengarth']);
  });

  it('is no list with no team sheet in the story, nor inside a line of prose', () => {
    expect(names('Carrow, Pengarth.\nThe two men met at noon.')).toEqual([]);
    expect(names('Quayside: Tamblin, Orrell, Pengarth, Vosper, Trelawny.\nThey beat Carrow, Pengarth and the rest.')).toEqual(['Tamblin', 'Orrell', 'Pengarth', 'Vosper', 'Trelawny']);
  });
});

describe('listed people in an article', () => {
  it('joins a listed surname to the full name the article gives, and flags names seen only in the list', () => {
    const article = enrichArticle(
      makeParsed([
        'Coach Hal Venner has recalled scrum-half Tobin Quorvan to the Marrow squad.',
        'Quorvan, Brisco, J Manse, Tellig, Dorrit.',
      ]),
    );
    const quorvan = article.people.find((p) => p.name === 'Tobin Quorvan');
    expect(quorvan?.listedOnly).toBeUndefined();
    expect(quorvan?.mentions).toContain('Quorvan');
    expect(article.people.find((p) => p.name === 'Brisco')?.listedOnly).toBe(true);
    expect(article.people.find((p) => p.name === 'J Manse')?.listedOnly).toBe(true);
  });

  it('marks a listed surname the prose also gives before the list names it', () => {
    const article = enrichArticle(
      makeParsed([
        'Marrow took the lead when Brisco slid the ball home after an hour.',
        'Quorvan, Brisco, Tellig, Dorrit, Halvey.',
        'Tellig 35, Brisco 61.',
      ]),
    );
    expect(article.people.find((p) => p.name === 'Brisco')?.inProse).toBe(true);
    expect(article.people.find((p) => p.name === 'Tellig')?.inProse).toBeUndefined();
  });

  it('keeps the full name the prose gives such a surname, though the finder was unsure of it', () => {
    const article = enrichArticle(makeParsed(['Marrow scored after good work by Ally Brisco on the left.', 'Quorvan, Brisco, Tellig, Dorrit, Halvey.', 'Tellig 35, Brisco 61.']));
    expect(article.people.find((p) => p.name === 'Brisco')?.proseFullNames).toEqual(['Ally Brisco']);
  });
});
