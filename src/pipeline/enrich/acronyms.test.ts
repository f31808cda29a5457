import { describe, expect, it } from 'vitest';
import { findAcronyms } from './acronyms.ts';
import { cpuMillis } from '../../test/cpuTime.ts';

describe('findAcronyms', () => {
  it('maps an acronym in brackets to the capitalised name before it', () => {
    const map = findAcronyms('A report by the Coastal Fishing Federation (CFF) and the Bank of Westmark (BoW) said so.');
    expect(map.get('CFF')).toBe('Coastal Fishing Federation');
    expect(map.get('BoW')).toBe('Bank of Westmark');
  });
  it('maps a spoken acronym (one capital) to the whole body name before it, whatever its letters', () => {
    const map = findAcronyms('Yesterday the Marvelian Rowing Federation (Ferom) cleared him. Later the Ferom said so.');
    expect(map.get('Ferom')).toBe('Marvelian Rowing Federation');
  });
  it('takes no person or party for a spoken acronym', () => {
    const map = findAcronyms('The motion was put by Jo Roe (Labour) and seconded by Ann Bell (Greens).');
    expect(map.size).toBe(0);
  });
  it('ignores brackets that hold no acronym or follow no name', () => {
    expect(findAcronyms('prices rose (UK) sharply').size).toBe(0);
  });
  it('stays fast on long capitalised runs', () => {
    const started = cpuMillis();
    findAcronyms('Alpha Beta '.repeat(20000) + '(AB)');
    expect(cpuMillis() - started).toBeLessThan(1000);
  });
});
