/**
 * Date formatting for the article page and lists. All zones are explicit, so output does not depend on
 * the reader's machine: GMT means UTC, "UK" means Europe/London (GMT in winter, BST in summer).
 */

const partsOf = (format: Intl.DateTimeFormat, date: Date) => {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of format.formatToParts(date)) parts[part.type] = part.value;
  return parts;
};

const clock = (timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

const gmtClock = clock('UTC');
const ukClock = clock('Europe/London');
const gmtDay = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const ukDate = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const calendarDate = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

function parseInstant(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

const hhmm = (format: Intl.DateTimeFormat, date: Date) => {
  const p = partsOf(format, date);
  return `${p.hour}:${p.minute}`;
};

/**
 * The archive's update line: `21:44 GMT, Friday, 18 September 2009 22:44 UK`.
 * The weekday and date belong to the GMT time, as on the original pages. Null when the instant is unreadable.
 */
export function formatUpdateLine(iso: string): string | null {
  const date = parseInstant(iso);
  if (!date) return null;
  const day = partsOf(gmtDay, date);
  return `${hhmm(gmtClock, date)} GMT, ${day.weekday}, ${day.day} ${day.month} ${day.year} ${hhmm(ukClock, date)} UK`;
}

/** An instant as a UK calendar date, e.g. `18 September 2009`, for story lists. */
export function formatUkDate(iso: string): string | null {
  const date = parseInstant(iso);
  return date ? ukDate.format(date) : null;
}

/** A calendar date `YYYY-MM-DD` (no time, no zone) as `18 September 2009`. */
export function formatCalendarDate(ymd: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? null : calendarDate.format(date);
}
