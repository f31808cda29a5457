/** People the article names only by a surname: invented names and clubs. */
import { describe, expect, it } from 'vitest';
import { tiedToPerson } from './loneNames.ts';
import { ruleQuotes } from './test-utils.ts';

function speakers(paragraphs: string[]) {
  return ruleQuotes(paragraphs).map((q) => [q.speaker.name, q.speaker.type]);
}

describe('a person named only by a surname', () => {
  it('speaks as a person when a "he" or "she" follows the verb, even if the surname is a dictionary word', () => {
    const story = [
      'Harlow United want to keep their captain. Parry claims he will not listen to offers.',
      '"We have told everyone where we stand," Parry said.',
    ];
    expect(speakers(story)).toEqual([['Parry', 'person']]);
  });

  it('speaks as a person when a role noun comes before a first name a source left in lower case', () => {
    const story = ['Dunmore coach tom Vessant was pleased.', '"The first half was edgy," said Vessant.'];
    // (Round 19 reads the typed given name as part of the name: typedGivenNames.ts.)
    expect(speakers(story)).toEqual([['Tom Vessant', 'person']]);
  });

  it('is a person through a relative: "Vessant\'s wife"', () => {
    expect(tiedToPerson("Vessant's wife was there when the deal was done.", 'Vessant')).toBe(true);
  });

  it('stays a body when the text gives it "it", a plural or a number', () => {
    expect(speakers(['Corvane said it would appeal.', '"We are disappointed," said Corvane.'])).toEqual([['Corvane', 'organisation']]);
    const plural = speakers(['Prosecutors said he had lied to the court.', '"He knew," said Prosecutors.']);
    expect(plural.some(([, type]) => type === 'person')).toBe(false);
    const stageName = speakers(['The rapper 40 Quill said he would tour.', '"It is over," said Quill.']);
    expect(stageName).not.toContainEqual(['Quill', 'person']);
  });

  it('is no tie when the verb takes no "he" or "she"', () => {
    expect(tiedToPerson('Corvane claims the market will recover.', 'Corvane')).toBe(false);
    expect(tiedToPerson('Corvane said they would recover.', 'Corvane')).toBe(false);
  });
});

describe('a mononym that speaks in the first person after a clause of its own', () => {
  it('is a person: "X played it down, adding: "I …""', () => {
    const story = ['Tempers flared in the tunnel after the Dunmore derby.', 'However, Zeca tried to calm things, adding: "I have seen worse in my country."'];
    expect(tiedToPerson(story.join(' '), 'Zeca')).toBe(true);
    expect(speakers(story)).toEqual([['Zeca', 'person']]);
  });

  it('is not when the quotation speaks as "we" (a body)', () => {
    expect(tiedToPerson('Later Kestrel tried to calm things, adding: "We have seen worse."', 'Kestrel')).toBe(false);
  });
});
