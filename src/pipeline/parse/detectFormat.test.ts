import { describe, expect, it } from 'vitest';
import { detectFormat } from './detectFormat.ts';
import { splitLines } from './lines.ts';

const detect = (text: string) => detectFormat(splitLines(text));

describe('detectFormat', () => {
  const body = 'Ferry plan approved\n\nThe council voted on Monday.\n\nThe crossing opens next year.';

  it('is plain without any page-text marker', () => {
    expect(detect(body)).toBe('plain');
    expect(detect('')).toBe('plain');
  });

  it('is page-text with an update line', () => {
    expect(detect('Page last updated at 09:15 GMT, Tuesday, 3 March 2009\n\n' + body)).toBe('page-text');
  });

  it('is page-text with a malformed update line', () => {
    expect(detect('Page last updated at ??\n\n' + body)).toBe('page-text');
  });

  it('is page-text with only Print Sponsor', () => {
    expect(detect(body + '\n\nPrint Sponsor\n')).toBe('page-text');
  });

  it('is page-text with only related date lines, plain or no-break spaces', () => {
    expect(detect(body + '\n\nOld story\n02 Mar 09 | Scotland')).toBe('page-text');
    expect(detect(body + '\n\nOld story\n02 Mar 09\u00a0|\u00a0 Scotland')).toBe('page-text');
  });

  it('is not fooled by a prose sentence that mentions an update or a date', () => {
    expect(detect(body + '\n\nThe timetable was last updated on 3 March 2009, officials said.')).toBe('plain');
    expect(detect(body + '\n\n3 March 09')).toBe('plain');
  });
});
