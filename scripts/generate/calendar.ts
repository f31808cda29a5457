/**
 * Dates as the archived pages print them. The update line gives the moment in GMT and again in UK local
 * time, which is GMT in winter and BST (GMT+1) from 01:00 GMT on the last Sunday of March to 01:00 GMT
 * on the last Sunday of October. The date and weekday printed are those of the GMT moment.
 */
import { MONTHS, WEEKDAYS } from './vocabulary.ts';

const HOUR = 3_600_000;

/** Start of BST (or its end) in a year: 01:00 GMT on the last Sunday of the month (2 = March, 9 = October). */
function lastSundayAtOne(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  const sunday = lastDay.getUTCDate() - lastDay.getUTCDay();
  return Date.UTC(year, month, sunday, 1);
}

export function isBritishSummerTime(instant: Date): boolean {
  const year = instant.getUTCFullYear();
  const t = instant.getTime();
  return t >= lastSundayAtOne(year, 2) && t < lastSundayAtOne(year, 9);
}

const two = (n: number) => String(n).padStart(2, '0');
const clock = (d: Date) => `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;

/** `Page last updated at 09:15 GMT, Tuesday, 15 July 2025 10:15 UK` */
export function updateLine(instant: Date): string {
  const uk = new Date(instant.getTime() + (isBritishSummerTime(instant) ? HOUR : 0));
  const weekday = WEEKDAYS[instant.getUTCDay()]!;
  const month = MONTHS[instant.getUTCMonth()]!;
  return (
    `Page last updated at ${clock(instant)} GMT, ${weekday}, ` +
    `${instant.getUTCDate()} ${month} ${instant.getUTCFullYear()} ${clock(uk)} UK`
  );
}

/** `18 Sep 09`: the date of a related story. */
export function shortDate(instant: Date): string {
  const month = MONTHS[instant.getUTCMonth()]!.slice(0, 3);
  return `${two(instant.getUTCDate())} ${month} ${two(instant.getUTCFullYear() % 100)}`;
}

/** The related-story date line: date, no-break space, bar, no-break space, space, section. */
export function relatedDateLine(instant: Date, section: string): string {
  return `${shortDate(instant)}\u00a0|\u00a0 ${section}`;
}

/** The first and last day an article can carry: several years, crossing many clock changes. */
export const ARCHIVE_START = Date.UTC(2005, 0, 1);
export const ARCHIVE_END = Date.UTC(2011, 11, 31, 23, 59);
