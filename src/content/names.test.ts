import { describe, expect, it } from 'vitest';
import { findKey, findKeyForQuery, findKeysOf, letterFromKey, letterKey, letterOf, matchesName, nameWords, queryWords } from './names';

describe('names', () => {
  it('files names under their first letter, accents folded, others under # (key other)', () => {
    expect(letterOf('Élodie Varn')).toBe('E');
    expect(letterOf('Łukasz Wren')).toBe('L');
    expect(letterOf('42 Club')).toBe('#');
    expect(letterKey('#')).toBe('other');
    expect(letterKey('Q')).toBe('q');
    expect(letterFromKey('other')).toBe('#');
    expect(letterFromKey('q')).toBe('Q');
    expect(letterFromKey('qq')).toBeNull();
    expect(letterFromKey(null)).toBeNull();
  });

  it('cuts names into folded words, keeping the parts around an apostrophe too', () => {
    expect(nameWords("Oisín O'Brien-Hale")).toEqual(['oisin', 'obrien', 'o', 'brien', 'hale']);
    expect(nameWords('  Dr. Mira  Tso ')).toEqual(['dr', 'mira', 'tso']);
    expect(queryWords("o'bri ")).toEqual(['obri']);
  });

  it('picks the lookup shard from the first word of two letters or more', () => {
    expect(findKey('a')).toBeNull();
    expect(findKey('hart')).toBe('ha');
    expect(findKey('9lives')).toBe('9l');
    expect(findKey('петр')).toBe('other');
    expect(findKeyForQuery('j hart')).toBe('ha');
    expect(findKeyForQuery('Zoë')).toBe('zo');
    expect(findKeyForQuery('j')).toBeNull();
    expect(findKeyForQuery('  ')).toBeNull();
  });

  it('files no one under a title from an alias, and looks past a typed title to the name', () => {
    expect(findKeysOf({ name: 'Zoë Hart', aliases: ['Ms Hart', 'Dr Zoë Hart'] })).toEqual(['zo', 'ha']);
    expect(findKeysOf({ name: 'Peter Lord', aliases: ['Mr Lord'] })).toEqual(['pe', 'lo']);
    expect(findKeyForQuery('mr bl')).toBe('bl');
    expect(findKeyForQuery('lord')).toBe('lo');
    expect(findKeyForQuery('dr z')).toBe('dr');
  });

  it('matches when every typed word starts a word of the name or an alias', () => {
    const zoe = { name: 'Zoë Hart', aliases: ['Ms Hart'] };
    expect(matchesName(zoe, 'zoe')).toBe(true);
    expect(matchesName(zoe, 'ms h')).toBe(true);
    expect(matchesName(zoe, 'HART zo')).toBe(true);
    expect(matchesName(zoe, 'art')).toBe(false);
    expect(matchesName(zoe, 'zoe smith')).toBe(false);
    expect(matchesName(zoe, '')).toBe(true);
  });
});
