/**
 * Page furniture: the lines an archived page carries around the article (notices, sign-in, navigation,
 * copyright, browser advice, the region line, promo headings). Used to stop the body when the page has no
 * `Print Sponsor` line. Only whole lines of these shapes are furniture: a sentence that merely mentions
 * "print sponsor" or "sign in" is body text.
 */
import { normaliseForMatching } from '../lines.ts';

const MAX_FURNITURE_LENGTH = 400;

/** Notices only a page's foot has: a body never holds a line of this shape. Anchored at the line's start. */
const NOTICE_PATTERNS: readonly RegExp[] = [
  /^the bbc is not responsible for the content of external/i,
  /^bbc navigation$/i,
  /^copyright ?(©|\(c\)|\d{4})/i,
  /^©/,
  /^this page is best viewed in/i,
];

/**
 * Short link and heading lines of the page's frame. Each is also a plausible subheading ("Sign in", "See
 * also", "Most popular"), so inside the body one counts only where more furniture follows (bodyEnd.ts).
 */
const HEADING_PATTERNS: readonly RegExp[] = [
  /^sign in$/i,
  /^e-?mail this to a friend$/i,
  /^printable version$/i,
  /^bookmark with:?$/i,
  /^(most popular|most read|most e-?mailed|most watched)( stories| now)?( now)?:?$/i,
  /^(related (bbc )?(links|stories|internet links|videos?)|see also|top stories|features, views, analysis|from other news sites|elsewhere on the bbc):?$/i,
  // Only unmistakable navigation: one-word lines such as "Help" or "Watch" could be crossheads.
  /^(back to top|privacy and cookies policy|terms of use|news front page|accessibility help|skip to (content|navigation|main content)|low graphics version)$/i,
];

/** Words of the region line at the foot of the page (`Americas Africa Europe Middle East South Asia …`). */
const REGION_WORDS = new Set(['americas', 'africa', 'europe', 'middle', 'east', 'south', 'asia', 'asia-pacific', 'pacific', 'uk', 'england', 'northern', 'ireland', 'scotland', 'wales', 'world', '|']);

export function isRegionLine(text: string): boolean {
  const words = normaliseForMatching(text).toLowerCase().split(' ');
  return words.length >= 4 && words.every((word) => REGION_WORDS.has(word));
}

export function isFurniture(text: string): boolean {
  if (text.length > MAX_FURNITURE_LENGTH) return false;
  const line = normaliseForMatching(text);
  return NOTICE_PATTERNS.some((pattern) => pattern.test(line)) || HEADING_PATTERNS.some((pattern) => pattern.test(line)) || isRegionLine(line);
}

/** Furniture that could also be a subheading (see HEADING_PATTERNS). */
export function isHeadingLikeFurniture(text: string): boolean {
  if (text.length > MAX_FURNITURE_LENGTH) return false;
  const line = normaliseForMatching(text);
  return HEADING_PATTERNS.some((pattern) => pattern.test(line));
}
