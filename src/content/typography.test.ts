import { describe, expect, it } from 'vitest';
import { curlyQuotes } from './typography';

describe('curlyQuotes', () => {
  it('turns straight double and single marks into opening and closing curly ones', () => {
    expect(curlyQuotes('"We sail at dawn," said Ada. \'Not today,\' came the reply.')).toBe('\u201CWe sail at dawn,\u201D said Ada. \u2018Not today,\u2019 came the reply.');
  });

  it('keeps apostrophes as closing marks inside words', () => {
    expect(curlyQuotes("Brannock's harbour isn't O'Dell's")).toBe('Brannock\u2019s harbour isn\u2019t O\u2019Dell\u2019s');
  });

  it('opens after brackets and dashes, and uses the text before a run to decide its first mark', () => {
    expect(curlyQuotes('("yes")')).toBe('(\u201Cyes\u201D)');
    expect(curlyQuotes('—"no"')).toBe('—\u201Cno\u201D');
    expect(curlyQuotes('" he said', 'fine,')).toBe('\u201D he said');
    expect(curlyQuotes('"Go"', 'said: ')).toBe('\u201CGo\u201D');
  });

  it('leaves marks inside a markup tag written in the text as typed', () => {
    expect(curlyQuotes('a link <a href="x">"here"</a> and it\'s <img alt=\'y\'>')).toBe('a link <a href="x">\u201Chere\u201D</a> and it\u2019s <img alt=\'y\'>');
    expect(curlyQuotes('x < "y" > z')).toBe('x < \u201Cy\u201D > z');
  });

  it('never changes the length, so recorded offsets still hold', () => {
    const text = 'a "b" \'c\' d\'e "';
    expect(curlyQuotes(text)).toHaveLength(text.length);
  });
});
