import { describe, expect, it } from 'vitest';
import { median } from './figures.ts';

describe('median', () => {
  it('is the middle of an odd count, whatever the order', () => {
    expect(median([24.2, 14.8, 20.1])).toBe(20.1);
  });
  it('is the mean of the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('refuses no values rather than answering NaN', () => {
    expect(() => median([])).toThrow(/no values/);
  });
});
