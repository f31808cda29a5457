import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount } from '../layout/formatCount';
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

describe('without Intl, the same as Intl', () => {
  // The formatting the module used to do with Intl and the time-zone database, as the reference.
  const london = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const gmt = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const gmtDay = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const ukDate = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric' });
  const reference = (date: Date) => {
    const d = Object.fromEntries(gmtDay.formatToParts(date).map((p) => [p.type, p.value]));
    return `${gmt.format(date)} GMT, ${d.weekday}, ${d.day} ${d.month} ${d.year} ${london.format(date)} UK`;
  };
  // 1970–2040: the EU rule from 1996 on, the time-zone database before.
  const instant = fc.integer({ min: 0, max: Date.UTC(2040, 0, 1) / 60_000 }).map((minutes) => new Date(minutes * 60_000));

  it('update lines and UK dates match Intl for any minute from 1970 to 2040', () => {
    fc.assert(
      fc.property(instant, (date) => {
        expect(formatUpdateLine(date.toISOString())).toBe(reference(date));
        expect(formatUkDate(date.toISOString())).toBe(ukDate.format(date));
      }),
      { numRuns: 3000 },
    );
  });

  it('matches Intl around every clock change from 1990 to 2030', () => {
    for (let year = 1990; year <= 2030; year++) {
      for (const month of [2, 9]) {
        for (let day = 20; day <= 31; day++) {
          for (const minutes of [0, 59, 60, 61, 119, 120]) {
            const date = new Date(Date.UTC(year, month, day) + minutes * 60_000);
            expect(formatUpdateLine(date.toISOString()), date.toISOString()).toBe(reference(date));
          }
        }
      }
    }
  });
});

describe('formatCount', () => {
  it('writes thousands separators as en-GB does', () => {
    for (const n of [0, 7, 999, 1000, 12345, 1234567, -4321]) expect(formatCount(n)).toBe(n.toLocaleString('en-GB'));
  });
});

describe('formatUpdateTimes', () => {
  it('gives the UK time with its zone, and GMT, each with its own date', async () => {
    const { formatUpdateTimes } = await import('./formatDates');
    expect(formatUpdateTimes('2011-07-08T16:05:00Z')).toEqual({ uk: '17:05 BST, Friday 8 July 2011', gmt: '16:05 GMT, Friday 8 July 2011' });
    expect(formatUpdateTimes('2015-06-14T23:15:00Z')).toEqual({ uk: '00:15 BST, Monday 15 June 2015', gmt: '23:15 GMT, Sunday 14 June 2015' });
    expect(formatUpdateTimes('2012-01-17T09:30:00Z')).toEqual({ uk: '09:30 GMT, Tuesday 17 January 2012', gmt: '09:30 GMT, Tuesday 17 January 2012' });
    expect(formatUpdateTimes('nonsense')).toBeNull();
  });
});
