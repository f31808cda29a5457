import { describe, expect, it } from 'vitest';
import { endsLikeSentence, endsWithPunctuation, isPersonName, unwrapDoubleQuotes, unwrapSingleQuotes } from './textShapes.ts';

describe('isPersonName', () => {
  it('accepts names with particles, initials and hyphens', () => {
    for (const name of ['Marta Kellgren', 'Ana de la Vega', 'George W Harlow', 'Omar al-Rashid Khan', "Sean O'Leary", 'Mary-Jane Olsen']) {
      expect(isPersonName(name)).toBe(true);
    }
  });

  it('rejects headings, sentences and single words', () => {
    for (const text of ['Rents and worries', 'Pressure on Skarra', 'The Ferry Plan', 'Kellgren', 'Marta Kellgren said so.', 'Ferry 2009 Plan', '']) {
      expect(isPersonName(text)).toBe(false);
    }
  });
});

describe('sentence endings', () => {
  it('sees punctuation inside closing quotes and brackets', () => {
    expect(endsLikeSentence('He said "no."')).toBe(true);
    expect(endsLikeSentence('It was late (again).')).toBe(true);
    expect(endsLikeSentence("'Stop living apart'")).toBe(false);
    expect(endsWithPunctuation('He said:')).toBe(true);
    expect(endsWithPunctuation('Rents and worries')).toBe(false);
  });
});

describe('quote unwrapping', () => {
  it('unwraps straight and curly quotes', () => {
    expect(unwrapSingleQuotes("'Stop living apart'")).toBe('Stop living apart');
    expect(unwrapSingleQuotes('\u2018Stop living apart\u2019')).toBe('Stop living apart');
    expect(unwrapSingleQuotes('Stop living apart')).toBeNull();
    expect(unwrapDoubleQuotes('\u201cSoon\u201d')).toBe('Soon');
    expect(unwrapDoubleQuotes('""')).toBeNull();
  });
});
