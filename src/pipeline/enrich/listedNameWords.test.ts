import { describe, expect, it } from 'vitest';
import { personalNameWithWordSurname } from './listedNameWords.ts';

describe('personalNameWithWordSurname', () => {
  const nameLike = () => true;
  it('takes a listed given name before a surname that is also an English word', () => {
    expect(personalNameWithWordSurname(['Joss', 'Cotton'], nameLike)).toBe(true);
  });
  it('leaves a surname no dictionary holds to the other rules', () => {
    expect(personalNameWithWordSurname(['Joss', 'Jones'], nameLike)).toBe(false);
  });
});
