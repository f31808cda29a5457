import { describe, expect, it } from 'vitest';
import { matchQuotes, normaliseText, sameOrganisation, sameUsPerson, speakerMatches, scoreArticle, scoreUsArticle, totals, usTotals, type GoldQuote, type UsGoldQuote } from './score.ts';

const gold = (text: string, speaker: string | null, speakerType: GoldQuote['speakerType'] = 'person', kind: GoldQuote['kind'] = 'speech'): GoldQuote => ({ text, kind, speaker, speakerType });
const pred = (text: string, name: string | null, type = 'person') => ({ text, speaker: { name, type } });

describe('score', () => {
  it('normalises marks, spacing, case and edge punctuation', () => {
    expect(normaliseText('  \u201cWe  Won,\u201d ')).toBe('we won');
  });

  it('matches quotes by text in reading order, once each', () => {
    expect(matchQuotes(['yes', 'no', 'yes'], ['yes', 'yes', 'maybe'])).toEqual([[0, 0], [2, 1]]);
  });

  it('counts recall over gold speech only, precision over predictions, attribution over matches', () => {
    const s = scoreArticle(
      'x',
      {
        quotes: [gold('We will build it.', 'Ada Fern'), gold('a disgrace', 'critics', 'group'), gold('Blue Moon', null, 'unknown', 'other')],
        people: [{ name: 'Ada Fern', mentions: ['Ada Fern', 'Ms Fern'] }, { name: 'Ivo Marr', mentions: ['Ivo Marr'] }],
      },
      {
        quotes: [pred('We will build it.', 'Ms Fern'), pred('a disgrace', null, 'unknown'), pred('Blue Moon', null, 'unknown')],
        people: [{ name: 'Ada Fern', mentions: [] }, { name: 'Harbour Board', mentions: [] }],
      },
    );
    expect(s).toMatchObject({ goldQuotes: 2, predictedQuotes: 3, matchedQuotes: 2, attributionCorrect: 1, goldPeople: 2, matchedGoldPeople: 1, predictedPeople: 2, matchedPredictedPeople: 1 });
    expect(s.errors).toEqual(expect.arrayContaining([expect.stringContaining('extra quote'), expect.stringContaining('wrong speaker'), 'missed person: Ivo Marr', 'extra person: Harbour Board']));
    const t = totals([s]);
    expect([t.quoteRecall, t.quotePrecision, t.attribution, t.peopleRecall, t.peoplePrecision]).toEqual([1, 2 / 3, 0.5, 0.5, 0.5]);
  });

  it('counts an unknown prediction as wrong unless gold is unknown too', () => {
    const s = scoreArticle('x', { quotes: [gold('hello there', null, 'unknown')], people: [] }, { quotes: [pred('hello there', null, 'unknown')], people: [] });
    expect(s.attributionCorrect).toBe(1);
  });

  it('splits wrong attributions into wrong names and quotes left unknown', () => {
    const s = scoreArticle(
      'x',
      { quotes: [gold('one', 'Ada Fern'), gold('two', 'Ada Fern'), gold('three', null, 'unknown')], people: [{ name: 'Ada Fern', mentions: ['Ada Fern'] }] },
      { quotes: [pred('one', 'Ivo Marr'), pred('two', null, 'unknown'), pred('three', 'Ivo Marr')], people: [] },
    );
    expect(s).toMatchObject({ attributionCorrect: 0, wrongName: 2, leftUnknown: 1 });
    const t = totals([s]);
    expect([t.wrongNameRate, t.unknownRate]).toEqual([2 / 3, 1 / 3]);
  });
});

describe('US scoring', () => {
  const usGold = (text: string, name: string | null, mark: UsGoldQuote['mark'] = 'curly', sourceType = 'person', fullName: string | null = null): UsGoldQuote => ({ text, mark, sourceType, name, fullName });

  it('matches a surname, titles and initials aside, but not another first name', () => {
    expect(sameUsPerson('Sen. Jane Q. Doe', ['Jane Doe'])).toBe(true);
    expect(sameUsPerson('Doe', ['Doe', 'Jane Doe'])).toBe(true);
    expect(sameUsPerson('Mr. Doe', [null, 'Jane Doe'])).toBe(true);
    expect(sameUsPerson('Jim Doe', ['Jane Doe'])).toBe(false);
    expect(sameUsPerson('Jane Roe', ['Jane Doe'])).toBe(false);
    // Multi-word surnames and titles inside the gold span: one name ends the other.
    expect(sameUsPerson('Debbie Wasserman Schultz', ['Wasserman Schultz'])).toBe(true);
    expect(sameUsPerson('Sidney Blumenthal', ['Clinton Senior Adviser Sidney Blumenthal'])).toBe(true);
    expect(sameUsPerson('Jane Wasserman Schultz', ['Debbie Wasserman Schultz'])).toBe(false);
  });

  it('counts apostrophe quotes apart, and attribution only over named-person sources', () => {
    const s = scoreUsArticle(
      'x',
      {
        quotes: [usGold('we will win', 'Jane Doe'), usGold('never again', 'Jane Doe', 'apostrophes'), usGold('a fine plan', null, 'straight', 'pronoun'), usGold('lost words', 'Jim Roe')],
        otherStretches: ['Operation Blue'],
      },
      { quotes: [pred('We will win,', 'Doe'), pred('never again', 'Jim Roe'), pred('a fine plan', null, 'unknown'), pred('Operation Blue', null, 'unknown'), pred('stray', null, 'unknown')] },
    );
    expect(s).toMatchObject({ directGold: 3, directMatched: 2, apostropheGold: 1, apostropheMatched: 1, predictedQuotes: 5, predictedMatched: 4, personMatched: 2, personCorrect: 1, personWrongName: 1, personUnknown: 0 });
    const t = usTotals([s]);
    expect([t.directRecall, t.apostropheRecall, t.quotePrecision, t.personAttribution, t.wrongNameRate]).toEqual([2 / 3, 1, 4 / 5, 1 / 2, 1 / 2]);
  });
});

describe('sameOrganisation', () => {
  it('matches a short name that starts the full one, or its initials; not a name that only ends it', () => {
    expect(sameOrganisation('daiwa', 'daiwa securities')).toBe(true);
    expect(sameOrganisation('labour party', 'labour')).toBe(true);
    expect(sameOrganisation('fbi', 'federal bureau of investigation')).toBe(true);
    expect(sameOrganisation('sport', 'department for media culture and sport')).toBe(false);
    expect(sameOrganisation('bank of england', 'bank of scotland')).toBe(false);
  });
});

describe('group speakers', () => {
  it('match by their head noun', () => {
    const gold = { text: 'x', kind: 'speech', speaker: 'two firms', speakerType: 'group' } as GoldQuote;
    const said = (name: string, type = 'group') => ({ text: 'x', speaker: { name, type } }) as Parameters<typeof speakerMatches>[1];
    expect(speakerMatches(gold, said('firms'), [])).toBe(true);
    expect(speakerMatches(gold, said('critics'), [])).toBe(false);
    expect(speakerMatches(gold, said('firms', 'organisation'), [])).toBe(false);
  });
});
