/**
 * Europe/London's offset from GMT, shared by the app's date formatting (features/article/formatDates.ts)
 * and the pipeline's update-line parser. The EU rule from 1996 on (last Sunday of March to last Sunday of
 * October, 01:00 GMT both ends) is plain arithmetic, the same on every machine; for earlier instants, whose
 * rules differ from year to year, `Intl` and the time-zone data decide.
 */
const HOUR = 3_600_000;

/** Midnight GMT at the start of the last Sunday of `month` (0-based) in `year`, in ms. */
function lastSunday(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay());
}

let londonClock: Intl.DateTimeFormat | undefined;

/** Europe/London's offset from GMT at `date`, in ms: one hour in British Summer Time, else none. */
export function londonOffset(date: Date): number {
  const year = date.getUTCFullYear();
  const t = date.getTime();
  if (year >= 1996) return t >= lastSunday(year, 2) + HOUR && t < lastSunday(year, 9) + HOUR ? HOUR : 0;
  londonClock ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  });
  const p: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of londonClock.formatToParts(date)) p[part.type] = Number(part.value);
  const local = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
  return local - (t - date.getUTCMilliseconds());
}
