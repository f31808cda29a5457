import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatUkDate, formatUpdateLine } from './formatDates';

describe('formatUpdateLine', () => {
  it('shows UK time an hour ahead in summer (BST)', () => {
    expect(formatUpdateLine('2011-07-08T16:05:00Z')).toBe('16:05 GMT, Friday, 8 July 2011 17:05 UK');
  });

  it('shows the same UK time as GMT in winter', () => {
    expect(formatUpdateLine('2012-01-17T09:30:00Z')).toBe('09:30 GMT, Tuesday, 17 January 2012 09:30 UK');
  });

  it('keeps the GMT date when UK time has already passed midnight', () => {
    // 23:15 GMT on a summer Sunday is 00:15 on Monday in London; the line names the GMT day.
    expect(formatUpdateLine('2015-06-14T23:15:00Z')).toBe('23:15 GMT, Sunday, 14 June 2015 00:15 UK');
  });

  it('follows the clock change on the exact changeover day', () => {
    // Clocks went forward at 01:00 GMT on 29 March 2020.
    expect(formatUpdateLine('2020-03-29T00:30:00Z')).toMatch(/00:30 GMT, .* 00:30 UK$/);
    expect(formatUpdateLine('2020-03-29T01:30:00Z')).toMatch(/01:30 GMT, .* 02:30 UK$/);
  });

  it('returns null for an unreadable instant', () => {
    expect(formatUpdateLine('not a date')).toBeNull();
  });
});

describe('list dates', () => {
  it('formats an instant as the UK calendar date', () => {
    expect(formatUkDate('2015-06-14T23:15:00Z')).toBe('15 June 2015');
    expect(formatUkDate('2012-01-17T23:15:00Z')).toBe('17 January 2012');
  });

  it('formats a plain calendar date without shifting it by time zone', () => {
    expect(formatCalendarDate('2009-09-18')).toBe('18 September 2009');
    expect(formatCalendarDate('18 Sep 09')).toBeNull();
  });
});
