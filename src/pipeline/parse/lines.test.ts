import { describe, expect, it } from 'vitest';
import { normaliseForMatching, splitLines } from './lines.ts';

describe('splitLines', () => {
  it('numbers lines from 1 and trims them, whatever the line endings', () => {
    expect(splitLines('\ufeffOne \r\n\u00a0two\rthree\n')).toEqual([
      { number: 1, text: 'One' },
      { number: 2, text: 'two' },
      { number: 3, text: 'three' },
      { number: 4, text: '' },
    ]);
  });
});

describe('normaliseForMatching', () => {
  it('turns no-break spaces and their mojibake into single spaces', () => {
    expect(normaliseForMatching('02 Mar 09\u00a0|\u00a0 Scotland')).toBe('02 Mar 09 | Scotland');
    expect(normaliseForMatching('02 Mar 09\u00c2\u00a0|\u00c2\u00a0 Scotland')).toBe('02 Mar 09 | Scotland');
  });
});
