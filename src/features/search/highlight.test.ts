import { describe, expect, it } from 'vitest';
import { highlightTerms } from './highlight';

describe('highlightTerms', () => {
  it('marks whole words that match, case-insensitively, and keeps every character', () => {
    const parts = highlightTerms('The Harbour board’s harbour plan', ['harbour']);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['Harbour', 'harbour']);
    expect(parts.map((p) => p.text).join('')).toBe('The Harbour board’s harbour plan');
  });
  it('returns the text unmarked when there are no terms', () => {
    expect(highlightTerms('plain', [])).toEqual([{ text: 'plain', match: false }]);
  });
});
