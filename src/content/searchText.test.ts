import { describe, expect, it } from 'vitest';
import { fileKey, foldForSearch, keyPrefix, parseQuery, stem, termOf, tokenize, words } from './searchText';

describe('search terms', () => {
  it('folds case and diacritics, and spells out letters decomposition leaves alone', () => {
    expect(foldForSearch('Zoë Ångström')).toBe('zoe angstrom');
    expect(foldForSearch('Straße Søby Łodz')).toBe('strasse soby lodz');
  });

  it('strips plurals only (S-stemmer), leaving short words and numbers alone', () => {
    expect(stem('harbours')).toBe('harbour');
    expect(stem('policies')).toBe('policy');
    expect(stem('taxes')).toBe('taxe');
    expect(stem('glass')).toBe('glass');
    expect(stem('census')).toBe('census');
    expect(stem('gas')).toBe('gas');
    expect(stem('1990s')).toBe('1990s');
  });

  it('tokenises into folded, stemmed terms without stop words, possessives or one-letter words', () => {
    expect(tokenize('The Harbour Board’s new ferries: a plan for O’Neill’s island')).toEqual([
      'harbour',
      'board',
      'new',
      'ferry',
      'plan',
      'oneill',
      'island',
    ]);
    expect(tokenize('£1.8m deal for Kovač')).toEqual(['8m', 'deal', 'kovac']);
    expect(termOf('the')).toBeNull();
    expect(termOf('x')).toBeNull();
  });

  it('gives word offsets into the original text, for highlighting', () => {
    const text = 'Mara Quill’s “harbour”';
    expect(words(text).map((w) => text.slice(w.start, w.end))).toEqual(['Mara', 'Quill’s', 'harbour']);
    expect(words(text).map((w) => w.folded)).toEqual(['mara', 'quill', 'harbour']);
  });
});

describe('parseQuery', () => {
  it('treats the word being typed as a prefix and the others as whole terms', () => {
    expect(parseQuery('Harbour tol')).toEqual({ terms: ['harbour'], prefix: 'tol' });
    expect(parseQuery('harbour tolls ')).toEqual({ terms: ['harbour', 'toll'], prefix: null });
  });

  it('keeps a typed stop word as a prefix but drops complete ones, and needs two letters', () => {
    expect(parseQuery('the th')).toEqual({ terms: [], prefix: 'th' });
    expect(parseQuery('vote o')).toEqual({ terms: ['vote'], prefix: null });
    expect(parseQuery('  ')).toEqual({ terms: [], prefix: null });
  });

  it('stems a finished-looking last word so plurals still find the singular, and drops repeats', () => {
    expect(parseQuery('ferries')).toEqual({ terms: [], prefix: 'ferry' });
    expect(parseQuery('ferry ferry')).toEqual({ terms: ['ferry'], prefix: null });
  });
});

describe('shard keys', () => {
  it('spells any prefix as a URL-safe file name, one to one', () => {
    expect(fileKey('ha')).toBe('ha');
    expect(fileKey('αβ')).toBe('_3b1__3b2_');
    expect(fileKey('a_')).not.toBe(fileKey('a'));
    // Device names Windows will not create as files.
    expect(['con', 'aux', 'nul', 'prn', 'com1', 'lpt9'].map(fileKey)).toEqual(['con_', 'aux_', 'nul_', 'prn_', 'com1_', 'lpt9_']);
    expect(fileKey('cons')).toBe('cons');
    expect(keyPrefix('harbour', 3)).toBe('har');
    expect(keyPrefix('𝔸bc', 2)).toBe('𝔸b');
  });
});
