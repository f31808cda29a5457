import { describe, expect, it } from 'vitest';
import { matchQuotes, normaliseText, scoreArticle, totals, type GoldQuote } from './score.ts';

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
});
