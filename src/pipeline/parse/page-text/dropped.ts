/**
 * Text the page-text parser leaves out is never dropped silently: outside the article's own elements a page
 * carries furniture (notices, navigation, the end marker, related stories, promo headlines), and only those
 * shapes are left out without a word. Anything else that is left out (prose before the update line, after
 * the end of the body, or heading-like lines trimmed from the end) gets a warning in report.json naming the
 * first line and how much was left out.
 */
import type { Warning } from '../../types.ts';
import type { Item } from './items.ts';
import { isFurniture } from './furniture.ts';
import { isBodyEndMarker, parseRelatedDateLine } from './markers.ts';
import { wordCount } from './textShapes.ts';

/** "2 lines (312 characters)": how much text a warning is about. */
export function amountOf(items: readonly Item[]): string {
  const chars = items.reduce((sum, item) => sum + item.text.length, 0);
  return `${items.length} ${items.length === 1 ? 'line' : 'lines'} (${chars} ${chars === 1 ? 'character' : 'characters'})`;
}

/** Lines a page always carries around an article: dropping them loses nothing of the story. */
function isPageFurniture(text: string): boolean {
  return isFurniture(text) || isBodyEndMarker(text) || parseRelatedDateLine(text) !== null;
}

/**
 * Reads as a sentence of prose rather than a promo headline (headlines are short and rarely end with a full
 * stop): a long line, or one that ends like a sentence.
 */
function readsAsProse(text: string): boolean {
  const words = wordCount(text);
  return words >= 12 || (words >= 4 && /[.!]["'\u201d\u2019)]?$/.test(text));
}

/** A warning for the items before the update line that are not furniture; null when there are none. */
export function droppedBeforeUpdate(items: readonly Item[], updateIndex: number): Warning | null {
  const dropped = items.slice(0, Math.max(updateIndex, 0)).filter((item) => !isPageFurniture(item.text));
  if (dropped.length === 0) return null;
  return { line: dropped[0]!.number, message: `dropped ${amountOf(dropped)} before the update line: not part of the article` };
}

/**
 * A warning for prose after the end of the body that is neither furniture nor a related story (`used` holds
 * the indexes of related-story lines); null when there is none. Promo headlines are furniture.
 */
export function droppedAfterBody(items: readonly Item[], from: number, used: ReadonlySet<number>): Warning | null {
  const dropped: Item[] = [];
  for (let index = from; index < items.length; index++) {
    const item = items[index]!;
    if (used.has(index) || isPageFurniture(item.text) || !readsAsProse(item.text)) continue;
    dropped.push(item);
  }
  if (dropped.length === 0) return null;
  return {
    line: dropped[0]!.number,
    message: `dropped ${amountOf(dropped)} of prose after the end of the body (line ${items[from]?.number ?? '?'}): check that the body did not end too early`,
  };
}
