/** People round 25: classes from bbc-dev's missed people and the round's samples (invented sentences and names). */
import { describe, expect, it } from 'vitest';
import { enrichArticle } from './index.ts';
import { makeParsed } from './test-utils.ts';

const peopleOf = (...paragraphs: string[]) => enrichArticle(makeParsed(paragraphs)).people;
const namesOf = (...paragraphs: string[]) => peopleOf(...paragraphs).map((p) => p.name);
const descriptionsOf = (name: string, ...paragraphs: string[]) => peopleOf(...paragraphs).find((p) => p.name === name)?.descriptions ?? [];

describe('trades that introduce someone like any role noun', () => {
  it('"her attorney", "beer magnate": an unfamiliar given name after them is a person, with the trade as role', () => {
    const paragraphs = [
      'The sprinter, through her attorney Rusk Pellowan, denied every charge on Friday.',
      'Brewing magnate Vashti Quorrell bought a football club in Dunmore last spring.',
    ];
    const found = peopleOf(...paragraphs);
    expect(found.find((p) => p.name === 'Rusk Pellowan')?.descriptions).toContain('attorney');
    expect(found.find((p) => p.name === 'Vashti Quorrell')?.descriptions).toContain('Brewing magnate');
  });

  it('"his physio", "team doctor": the trade is the role of a person the text already knows', () => {
    expect(descriptionsOf('Jim Tarrowby', 'Tarnby physio Jim Tarrowby said the winger would be fit.')).toEqual(['Tarnby physio']);
    expect(descriptionsOf('Paul Hensby', 'Quayside doctor Paul Hensby examined the players.')).toEqual(['Quayside doctor']);
  });
});

describe('an office named with "of" before an unfamiliar given name', () => {
  it('"Secretary of State Tarvina Quell": the name starts after the portfolio', () => {
    const found = namesOf('Also due to attend are Ardenian Secretary of State Tarvina Quell and foreign ministers of ten countries.');
    expect(found).toContain('Tarvina Quell');
    expect(found).not.toContain('State Tarvina Quell');
  });

  it('a known given name still starts it (guard: "Minister of Justice Jo Roe")', () => {
    expect(namesOf('He met the Minister of Justice Peter Dovrick on Friday.')).toContain('Peter Dovrick');
  });
});

describe("a country's competitor in a results report", () => {
  it('"Ireland\'s Tarvo Quellin came fifth", "clear of Spain\'s …": two unknown words after a country\'s possessive', () => {
    const found = namesOf(
      "Jo Tennant took the indoor title in Dunmore, well clear of Spain's Hinda Dovrik and Norway's Svetlana Pellowa.",
      "Ireland's Tarvo Quellin came fifth in the final.",
    );
    expect(found).toContain('Hinda Dovrik');
    expect(found).toContain('Tarvo Quellin');
  });

  it("leaves a country's firm in a business story alone (guard)", () => {
    expect(namesOf("Germany's Vostrel Telekom rose on news of the merger.", 'Shares closed higher on Friday.')).not.toContain('Vostrel Telekom');
  });
});

describe('a nickname in quotation marks inside a full name', () => {
  it('"Marion \\"Quick\\" Tarvane" is Marion Tarvane, and "Mr Tarvane" joins him', () => {
    const people = peopleOf('Studio boss Marion "Quick" Tarvane opened a second label in Dunmore.', 'Mr Tarvane, who started Dunmore Records, plans a tour next year.');
    expect(people.map((p) => p.name)).toEqual(['Marion Tarvane']);
  });

  it('a quoted word after a word that is no given name is left alone (guard)', () => {
    expect(namesOf('The band played "Yellow" Monday night in Tarnby.')).toEqual([]);
  });
});

describe('a role after a sentence opened by "Echoing X,"', () => {
  it('belongs to the subject, not to X', () => {
    const paragraphs = [
      'Tom Ardley met Tarvina Quell on Monday.',
      'Echoing the Ardenian foreign minister Tarvina Quell, the prime minister told MPs the ferry link would reopen in spring.',
    ];
    expect(descriptionsOf('Tarvina Quell', ...paragraphs)).not.toContain('prime minister');
  });

  it('"According to X, head of …" still describes X (guard)', () => {
    expect(descriptionsOf('Robert Tarrow', 'According to Robert Tarrow, head of games maker Quill Studios, costs will rise.')).toEqual(['head of games maker Quill Studios']);
  });
});
