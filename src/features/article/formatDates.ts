/**
 * Date formatting for the article page and lists. All zones are explicit, so output does not depend on
 * the reader's machine: GMT means UTC, "UK" means Europe/London (GMT in winter, BST in summer).
 *
 * English names and UTC arithmetic, not `Intl`: the first `Intl` object a page creates costs the browser
 * 30–60 ms of main thread (loading the locale data), more than everything else a first render formats.
 * Europe/London's summer time follows the EU rule from 1996 on (last Sunday of March to last Sunday of
 * October, 01:00 GMT both ends); for earlier instants, whose rules differ from year to year, `Intl` and the
 * browser's time-zone data decide.
 */
import { londonOffset } from '../../content/londonTime';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function parseInstant(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

// Europe/London's offset lives in src/content (the pipeline's date parser uses the same rule).
export { londonOffset };

const two = (n: number) => String(n).padStart(2, '0');
const hhmm = (d: Date) => `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
/** `18 September 2009` from the UTC fields of `d`. */
const dayMonthYear = (d: Date) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
/** The London wall clock at `date`, as a Date whose UTC fields read as London time. */
const inLondon = (date: Date) => new Date(date.getTime() + londonOffset(date));

/**
 * The archive's update line: `21:44 GMT, Friday, 18 September 2009 22:44 UK`.
 * The weekday and date belong to the GMT time, as on the original pages. Null when the instant is unreadable.
 */
export function formatUpdateLine(iso: string): string | null {
  const date = parseInstant(iso);
  if (!date) return null;
  return `${hhmm(date)} GMT, ${WEEKDAYS[date.getUTCDay()]}, ${dayMonthYear(date)} ${hhmm(inLondon(date))} UK`;
}

/**
 * The update line as the article page shows it: UK wall-clock time with its zone (`17:05 BST, Friday 8 July
 * 2011`), the archive's own zone, and the same instant in GMT for readers who want it. Date and weekday
 * belong to each time, so an update at 23:15 GMT in summer reads as the next day in BST.
 */
export function formatUpdateTimes(iso: string): { uk: string; gmt: string } | null {
  const date = parseInstant(iso);
  if (!date) return null;
  const offset = londonOffset(date);
  const local = new Date(date.getTime() + offset);
  const when = (d: Date, zone: string) => `${hhmm(d)} ${zone}, ${WEEKDAYS[d.getUTCDay()]} ${dayMonthYear(d)}`;
  return { uk: when(local, offset === 0 ? 'GMT' : 'BST'), gmt: when(date, 'GMT') };
}

/** An instant as a UK calendar date, e.g. `18 September 2009`, for story lists. */
export function formatUkDate(iso: string): string | null {
  const date = parseInstant(iso);
  return date ? dayMonthYear(inLondon(date)) : null;
}

/** A calendar date `YYYY-MM-DD` (no time, no zone) as `18 September 2009`. */
export function formatCalendarDate(ymd: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? null : dayMonthYear(date);
}

