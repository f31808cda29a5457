/**
 * Line shapes that only occur in page-text files: the update line, the end-of-body marker and the date line
 * of a related story. Shared by format detection and by the page-text parser so both agree.
 */
import { normaliseForMatching } from '../lines.ts';
import { parseShortDate } from '../dates.ts';

/** Lines longer than this are prose, never furniture or markers; checking them would only cost time. */
const MAX_MARKER_LENGTH = 200;

/**
 * An update line, well formed or not: it starts with "last updated" / "page last updated", or it is a short
 * line with a clock time followed by GMT/UK/BST and a year (a malformed variant of the same thing). A prose
 * sentence that merely mentions an update does not qualify.
 */
export function looksLikeUpdateLine(text: string): boolean {
  if (text.length > MAX_MARKER_LENGTH) return false;
  const line = normaliseForMatching(text);
  if (/^(page )?last ?updated\b/i.test(line)) return true;
  // A sentence that mentions a time ("polls closed at 22:00 GMT on 5 May 2005.") is prose, not the line.
  if (/[.!?]["'\u201d\u2019]?$/.test(line)) return false;
  return /\b\d{1,2}[:.]\d{2} ?(GMT|BST|UK)\b/.test(line) && /\b\d{4}\b/.test(line);
}

/**
 * The real end-of-body line: `Print Sponsor` (the page's print link and the advert label on one line, spaces
 * optional). It ends the body wherever it stands.
 */
export function isPrintSponsorLine(text: string): boolean {
  if (text.length > 40) return false;
  return /^print\s*sponsor$/i.test(normaliseForMatching(text));
}

/**
 * A damaged end marker: either word alone, or another print link. "Sponsor" or "Print" is also a plausible
 * one-word subheading, so such a line ends the body only where page furniture follows it (bodyEnd.ts).
 */
export function isLoneEndWord(text: string): boolean {
  if (text.length > 40) return false;
  return /^(print|sponsor|printable version|print this page)$/i.test(normaliseForMatching(text));
}

/** Either of the above: a line that is never a headline or a related story's title. */
export function isBodyEndMarker(text: string): boolean {
  return isPrintSponsorLine(text) || isLoneEndWord(text);
}

export interface RelatedDate {
  date: string | null;
  section: string | null;
}

/**
 * The date line of a related story: `18 Sep 09 | Americas` with plain or no-break spaces. The section may be
 * missing (`18 Sep 09`). Returns null for any other line.
 */
export function parseRelatedDateLine(text: string): RelatedDate | null {
  if (text.length > MAX_MARKER_LENGTH) return null;
  const line = normaliseForMatching(text);
  const match = /^(\d{1,2} [A-Za-z]{3,9}\.? \d{2}(?:\d{2})?)(?: ?\| ?(.*))?$/.exec(line);
  if (!match) return null;
  const date = parseShortDate(match[1] ?? '');
  if (date === null) return null;
  const section = (match[2] ?? '').trim();
  return { date, section: section === '' ? null : section };
}
