/** The word list and the names list the name finder reads (wordList.ts), on single words. */
import { describe, expect, it } from 'vitest';
import { isEnglishWord, isPersonalName, isProperNoun } from './wordList.ts';
import { isPlainWord } from './nameLexicon.ts';

describe('word list', () => {
  it('knows common words in their affixed forms, read from the hunspell flags', () => {
    // Plurals in -s and -es, past tenses, a prefix with a suffix (re- + -ed).
    for (const w of ['election', 'elections', 'cruises', 'boxes', 'distributed', 'reelected', 'velvet']) expect(isEnglishWord(w), w).toBe(true);
    for (const w of ['Thornton', 'Quarrow', 'electionz']) expect(isEnglishWord(w), w).toBe(false);
  });

  it('tells proper nouns (capitalised entries) from common words', () => {
    expect(isProperNoun('Thornton')).toBe(true);
    expect(isProperNoun('election')).toBe(false);
  });

  it('knows given and family names from many languages, whatever their case', () => {
    for (const w of ['Thierry', 'Vijay', 'witherspoon', 'Stone']) expect(isPersonalName(w), w).toBe(true);
    expect(isPersonalName('Quarrow')).toBe(false);
  });

  it('a plain word is English and no one\'s name ("Cruises", every part of "Denial-of-Service"; not "Stone")', () => {
    for (const w of ['Cruises', 'People', 'Denial-of-Service']) expect(isPlainWord(w), w).toBe(true);
    for (const w of ['Stone', 'Young', 'Quarrow']) expect(isPlainWord(w), w).toBe(false);
  });
});
