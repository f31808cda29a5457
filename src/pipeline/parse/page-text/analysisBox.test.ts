import { describe, expect, it } from 'vitest';
import { matchBoxHeader, readsAsMainReport } from './analysisBox.ts';
import type { Item } from './items.ts';
import { cpuMillis } from '../../../test/cpuTime.ts';

const items = (...texts: string[]): Item[] => texts.map((text, i) => ({ number: i + 1, text, gapBefore: 0 }));

describe('matchBoxHeader', () => {
  it('reads a role before the name', () => {
    const lines = items('Ilse Brandt', 'BBC Arctic correspondent Ilse Brandt');
    expect(matchBoxHeader(lines, 0, 2)?.author).toEqual({ name: 'Ilse Brandt', role: 'BBC Arctic correspondent' });
  });

  it('reads Name, Org, Place', () => {
    const lines = items('Ilse Brandt', 'Ilse Brandt, BBC News, Tromso');
    expect(matchBoxHeader(lines, 0, 2)?.author).toEqual({ name: 'Ilse Brandt', role: 'BBC News, Tromso' });
  });

  it('reads a "By" name line', () => {
    const lines = items('By Ilse Brandt', 'Ilse Brandt, BBC News, Tromso');
    expect(matchBoxHeader(lines, 0, 2)?.author.name).toBe('Ilse Brandt');
  });

  it('needs the name in the role line, a short role line and a name-shaped first line', () => {
    expect(matchBoxHeader(items('Ilse Brandt', 'Fishing quotas'), 0, 2)).toBeNull();
    expect(matchBoxHeader(items('Ilse Brandt', 'Ilse Brandt said the ice was thinner than ever this year.'), 0, 2)).toBeNull();
    expect(matchBoxHeader(items('Melting ice', 'Melting ice worries fishermen'), 0, 2)).toBeNull();
    expect(matchBoxHeader(items('Ilse Brandt', 'Ilse Brandt'), 0, 2)).toBeNull();
  });

  it('takes a journalist role line without the name when it sits right under the name', () => {
    expect(matchBoxHeader(items('Ilse Brandt', 'BBC Arctic correspondent'), 0, 2)?.author).toEqual({ name: 'Ilse Brandt', role: 'BBC Arctic correspondent' });
    const apart: Item[] = [{ number: 1, text: 'Ilse Brandt', gapBefore: 0 }, { number: 3, text: 'BBC Arctic correspondent', gapBefore: 1 }];
    expect(matchBoxHeader(apart, 0, 2)).toBeNull();
  });

  it('reads a lone role line that names its author', () => {
    expect(matchBoxHeader(items('By Ilse Brandt, BBC News, Tromso'), 0, 1)).toEqual({ author: { name: 'Ilse Brandt', role: 'BBC News, Tromso' }, length: 1 });
    expect(matchBoxHeader(items('BBC Arctic correspondent Ilse Brandt'), 0, 1)).toEqual({ author: { name: 'Ilse Brandt', role: 'BBC Arctic correspondent' }, length: 1 });
    expect(matchBoxHeader(items('Ilse Brandt, harbour master'), 0, 1)).toBeNull();
    expect(matchBoxHeader(items('The BBC has learned of new quotas'), 0, 1)).toBeNull();
  });

  it('does not reach past the end of the body', () => {
    expect(matchBoxHeader(items('Ilse Brandt', 'Ilse Brandt, BBC News, Tromso'), 0, 1)).toBeNull();
  });
});

describe('readsAsMainReport', () => {
  it('is false for the correspondent writing in their own voice', () => {
    for (const text of [
      'The minister wants a deal, but the harder question is who pays for it.',
      'Asked about the cost, he shrugged, saying the figures were not his department.',
      'Few here expect the talks to succeed before winter.',
      'Mr Holm says he is confident, but his party is less sure.',
    ]) {
      expect(readsAsMainReport(text)).toBe(false);
    }
  });

  it('is true for quotations and attributed speech', () => {
    for (const text of [
      '"We are ready to talk," Mr Holm said.',
      'The deal must be "fair to both sides", he added.',
      'Talks will resume on Monday, she said.',
      'Talks will resume on Monday, a government spokesman said.',
      'Mr Holm said the talks would resume on Monday.',
      'Orvel Power told shareholders the plant would reopen.',
      'The talks were useful, said Anna Lind, the opposition leader.',
      'The talks may collapse, according to officials, says our correspondent.',
      '\u201cIt is a start.\u201d',
    ]) {
      expect(readsAsMainReport(text)).toBe(true);
    }
  });

  it('stays fast on very long paragraphs', () => {
    const long = 'word, '.repeat(200_000) + 'he';
    const started = cpuMillis();
    readsAsMainReport(long);
    expect(cpuMillis() - started).toBeLessThan(1000);
  });
});
