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
      'In a statement released through her attorney Rusk Pellowan, the sprinter denied the charges.',
      'Brewing magnate Vashti Quorrell recently set up a regional airline in the south.',
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
  it('"Britain\'s Tarvo Quellin finished fifth", "clear of Ardenia\'s …": two unknown words after a country\'s possessive', () => {
    const found = namesOf(
      "Kelly Morrow ran a perfect race to finish clear of France's Hinda Dovrik and Russia's Svetlana Pellowa.",
      "Britain's Tarvo Quellin finished fifth in 7.35.",
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
    const people = peopleOf('Record mogul Marion "Quick" Tarvane has been arrested.', 'Mr Tarvane, founder of Dunmore Records, was stopped on Saturday.');
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
      'Echoing the new Ardenian foreign minister Tarvina Quell, the prime minister said there had been a clear change.',
    ];
    expect(descriptionsOf('Tarvina Quell', ...paragraphs)).not.toContain('prime minister');
  });

  it('"According to X, head of …" still describes X (guard)', () => {
    expect(descriptionsOf('Robert Tarrow', 'According to Robert Tarrow, head of games maker Quill Studios, costs will rise.')).toEqual(['head of games maker Quill Studios']);
  });
});
