import { describe, expect, it } from 'vitest';
import { findAcronyms } from './acronyms.ts';

describe('findAcronyms', () => {
  it('maps an acronym in brackets to the capitalised name before it', () => {
    const map = findAcronyms('A report by the Coastal Fishing Federation (CFF) and the Bank of Westmark (BoW) said so.');
    expect(map.get('CFF')).toBe('Coastal Fishing Federation');
    expect(map.get('BoW')).toBe('Bank of Westmark');
  });
  it('ignores brackets that hold no acronym or follow no name', () => {
    expect(findAcronyms('prices rose (UK) sharply').size).toBe(0);
  });
  it('stays fast on long capitalised runs', () => {
    const started = performance.now();
    findAcronyms('Alpha Beta '.repeat(20000) + '(AB)');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
