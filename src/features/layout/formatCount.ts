/**
 * A whole number with thousands separators, as en-GB writes it (`12,345`). Not `toLocaleString`: the
 * first `Intl` use on a page costs the browser tens of milliseconds of main thread (see formatDates.ts).
 */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-GB');
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 ? `-${digits}` : digits;
}
