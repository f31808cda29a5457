/** The one relative-clause pattern after someone unnamed, in its two modes. Invented sentences. */
import { describe, expect, it } from 'vitest';
import { unnamedRelativeClause } from './unnamedRelative.ts';

const after = (words: 'lower-case' | 'any') => new RegExp(String.raw`^One trader${unnamedRelativeClause(words)}said`, 'u');

describe('unnamedRelativeClause', () => {
  it('takes a clause of lower-case words in both modes', () => {
    const sentence = 'One trader, who asked not to be named, said the market was calm.';
    expect(after('lower-case').test(sentence)).toBe(true);
    expect(after('any').test(sentence)).toBe(true);
  });

  it('takes a clause that names someone only when any words are allowed', () => {
    const sentence = 'One trader, who works for Mr Halloran, said the market was calm.';
    expect(after('lower-case').test(sentence)).toBe(false);
    expect(after('any').test(sentence)).toBe(true);
  });

  it('takes at most nine words', () => {
    const sentence = 'One trader, who had been on the floor of the exchange all day long, said it was calm.';
    expect(after('any').test(sentence)).toBe(false);
  });
});
