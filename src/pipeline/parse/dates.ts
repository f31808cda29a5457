/**
 * Dates as the archived pages print them: the update line (GMT time, weekday, date, UK time) and the
 * short dates of related stories (`18 Sep 09`). Everything here is a bounded scan: no regex backtracks
 * over more than one token, so any input string runs in linear time.
 */
import { londonOffset } from '../../content/londonTime.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

const FULL_MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
] as const;

/** Month number 1–12 from a full or abbreviated English month name (`Sep`, `Sept`, `September`), else null. */
export function monthNumber(name: string): number | null {
  const lower = name.toLowerCase().replace(/\.$/, '');
  const index = MONTHS.findIndex((month, i) => lower === month || lower === FULL_MONTHS[i]);
  if (index >= 0) return index + 1;
  return lower === 'sept' ? 9 : null;
}

/** A calendar date is real (no 31 February). */
function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** Two-digit years of the archive: the BBC site dates from the late 1990s, so 70–99 are 19xx. */
function fullYear(year: number, digits: number): number {
  if (digits >= 4) return year;
  return year >= 70 ? 1900 + year : 2000 + year;
}

/** `18 Sep 09` / `1 September 2009` → `2009-09-18`, or null when it is not a real date. */
export function parseShortDate(text: string): string | null {
  const match = /^(\d{1,2}) ([A-Za-z]{3,9})\.? (\d{2}|\d{4})$/.exec(text.trim());
  if (!match) return null;
  const day = Number(match[1]);
  const month = monthNumber(match[2] ?? '');
  const yearText = match[3] ?? '';
  if (month === null) return null;
  const year = fullYear(Number(yearText), yearText.length);
  if (!isRealDate(year, month, day)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * Minutes east of UTC for Europe/London at an instant (0 in winter, 60 in summer time). The app's rule
 * (`londonOffset`: the EU clock-change Sundays, Intl only before 1996) is shared, rather than building an
 * Intl formatter for every update line read.
 */
export function londonOffsetMinutes(instant: Date): number {
  return Math.round(londonOffset(instant) / 60_000);
}

export interface UpdateLineResult {
  /** ISO UTC instant, or null when the line cannot be read. */
  updated: string | null;
  /** Problems found (malformed parts, inconsistent UK time or weekday); empty when all is well. */
  problems: string[];
}

interface Clock {
  hours: number;
  minutes: number;
  zone: 'GMT' | 'UK';
}

/**
 * Read an update line such as `Page last updated at 09:15 GMT, Tuesday, 15 July 2025 10:15 UK`
 * (also the older `Last Updated: Friday, 18 September 2009, 21:44 GMT 22:44 UK`). The GMT time and the date
 * make the instant; the UK time and weekday are only checked. Order of the parts does not matter.
 */
export function parseUpdateLine(line: string): UpdateLineResult {
  const problems: string[] = [];
  const text = line.replace(/[\u00a0\u00c2]/g, ' ');
  const tokens = text.split(/[\s,]+/).filter((token) => token !== '');

  const clocks: Clock[] = [];
  let weekday: number | null = null;
  let day: number | null = null;
  let month: number | null = null;
  let year: number | null = null;

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    const clock = /^(\d{1,2})[:.](\d{2})$/.exec(token);
    if (clock) {
      const zoneToken = (tokens[i + 1] ?? '').toUpperCase();
      const zone = zoneToken === 'GMT' || zoneToken === 'UTC' ? 'GMT' : zoneToken === 'UK' || zoneToken === 'BST' ? 'UK' : null;
      if (zone) clocks.push({ hours: Number(clock[1]), minutes: Number(clock[2]), zone });
      continue;
    }
    const lower = token.toLowerCase();
    const weekdayIndex = WEEKDAYS.findIndex((name) => name === lower || name.slice(0, 3) === lower);
    if (weekdayIndex >= 0 && weekday === null) {
      weekday = weekdayIndex;
      continue;
    }
    // A date is a day number, a month name and a four-digit year in a row.
    if (day === null && /^\d{1,2}$/.test(token)) {
      const monthCandidate = monthNumber(tokens[i + 1] ?? '');
      const yearCandidate = tokens[i + 2] ?? '';
      if (monthCandidate !== null && /^\d{4}$/.test(yearCandidate)) {
        day = Number(token);
        month = monthCandidate;
        year = Number(yearCandidate);
        i += 2;
      }
    }
  }

  if (day === null || month === null || year === null) {
    return { updated: null, problems: ['update line has no readable date'] };
  }
  if (!isRealDate(year, month, day)) {
    return { updated: null, problems: [`update line date ${day} ${month} ${year} does not exist`] };
  }
  const gmt = clocks.find((clock) => clock.zone === 'GMT') ?? null;
  const uk = clocks.find((clock) => clock.zone === 'UK') ?? null;
  const validClock = (clock: Clock): boolean => clock.hours < 24 && clock.minutes < 60;

  let instant: Date;
  if (gmt && validClock(gmt)) {
    instant = new Date(Date.UTC(year, month - 1, day, gmt.hours, gmt.minutes));
  } else if (!gmt && uk && validClock(uk)) {
    // Only a UK time is printed: undo the London offset in force at that local time.
    const asIfUtc = new Date(Date.UTC(year, month - 1, day, uk.hours, uk.minutes));
    instant = new Date(asIfUtc.getTime() - londonOffsetMinutes(asIfUtc) * 60_000);
    problems.push('update line gives no GMT time; derived it from the UK time');
  } else {
    return { updated: null, problems: ['update line has no readable GMT time'] };
  }

  if (weekday !== null && weekday !== new Date(Date.UTC(year, month - 1, day)).getUTCDay()) {
    problems.push(`update line weekday does not match ${year}-${pad(month)}-${pad(day)}`);
  }
  if (gmt && uk) {
    const expected = new Date(instant.getTime() + londonOffsetMinutes(instant) * 60_000);
    if (!validClock(uk) || expected.getUTCHours() !== uk.hours || expected.getUTCMinutes() !== uk.minutes) {
      problems.push(
        `update line UK time ${pad(uk.hours)}:${pad(uk.minutes)} is inconsistent with Europe/London ` +
          `(expected ${pad(expected.getUTCHours())}:${pad(expected.getUTCMinutes())})`,
      );
    }
  }
  return { updated: instant.toISOString(), problems };
}
