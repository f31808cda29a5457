import { describe, expect, it } from 'vitest';
import { londonOffsetMinutes, monthNumber, parseShortDate, parseUpdateLine } from './dates.ts';

describe('monthNumber', () => {
  it('reads full and short month names, and nothing else', () => {
    expect(monthNumber('Sep')).toBe(9);
    expect(monthNumber('Sept')).toBe(9);
    expect(monthNumber('september')).toBe(9);
    expect(monthNumber('Mayday')).toBeNull();
    expect(monthNumber('')).toBeNull();
  });
});

describe('parseShortDate', () => {
  it('turns two-digit years into the archive century', () => {
    expect(parseShortDate('04 Apr 08')).toBe('2008-04-04');
    expect(parseShortDate('1 Dec 98')).toBe('1998-12-01');
    expect(parseShortDate('21 February 2012')).toBe('2012-02-21');
  });

  it('rejects dates that do not exist', () => {
    expect(parseShortDate('30 Feb 09')).toBeNull();
    expect(parseShortDate('12 Foo 09')).toBeNull();
  });
});

describe('londonOffsetMinutes', () => {
  it('knows when British Summer Time starts and ends', () => {
    expect(londonOffsetMinutes(new Date('2008-03-30T00:59:00Z'))).toBe(0);
    expect(londonOffsetMinutes(new Date('2008-03-30T01:00:00Z'))).toBe(60);
    expect(londonOffsetMinutes(new Date('2008-10-26T00:59:00Z'))).toBe(60);
    expect(londonOffsetMinutes(new Date('2008-10-26T01:00:00Z'))).toBe(0);
  });
});

describe('parseUpdateLine', () => {
  it('stores the GMT time as a UTC instant', () => {
    expect(parseUpdateLine('Page last updated at 07:02 GMT, Wednesday, 5 January 2011 07:02 UK')).toEqual({
      updated: '2011-01-05T07:02:00.000Z',
      problems: [],
    });
  });

  it('reads the older layout and a BST label', () => {
    expect(parseUpdateLine('Last Updated: Wednesday, 14 July 2010, 16:05 GMT 17:05 BST')).toEqual({
      updated: '2010-07-14T16:05:00.000Z',
      problems: [],
    });
  });

  it('handles a UK date that is a day later than the GMT date', () => {
    // 23:30 GMT in summer is 00:30 the next day in the UK; the line still checks out.
    const result = parseUpdateLine('Page last updated at 23:30 GMT, Wednesday, 14 July 2010 00:30 UK');
    expect(result).toEqual({ updated: '2010-07-14T23:30:00.000Z', problems: [] });
  });

  it('checks the UK time around the clock change', () => {
    expect(parseUpdateLine('Page last updated at 00:30 GMT, Sunday, 26 October 2008 01:30 UK').problems).toEqual([]);
    expect(parseUpdateLine('Page last updated at 01:30 GMT, Sunday, 26 October 2008 01:30 UK').problems).toEqual([]);
    expect(parseUpdateLine('Page last updated at 01:30 GMT, Sunday, 26 October 2008 02:30 UK').problems).toHaveLength(1);
  });

  it('reports a wrong weekday but keeps the instant', () => {
    const result = parseUpdateLine('Page last updated at 07:02 GMT, Monday, 5 January 2011 07:02 UK');
    expect(result.updated).toBe('2011-01-05T07:02:00.000Z');
    expect(result.problems).toEqual([expect.stringMatching(/weekday/)]);
  });

  it('derives the instant from a UK time alone', () => {
    const result = parseUpdateLine('Last updated 17:05 UK, 14 July 2010');
    expect(result.updated).toBe('2010-07-14T16:05:00.000Z');
  });

  it('never invents a time for a malformed line', () => {
    expect(parseUpdateLine('Page last updated at').updated).toBeNull();
    expect(parseUpdateLine('Page last updated at 25:10 GMT, 5 January 2011').updated).toBeNull();
    expect(parseUpdateLine('Page last updated at 10:10 GMT, 31 June 2011').updated).toBeNull();
    expect(parseUpdateLine('Page last updated at noon, 5 January 2011').updated).toBeNull();
  });
});
