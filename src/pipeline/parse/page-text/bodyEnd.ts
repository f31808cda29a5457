/**
 * Where the article body stops. The page marks it with `Print Sponsor`; `Print` or `Sponsor` alone counts
 * only when furniture, a related story or the end of the file follows it (otherwise it is a subheading).
 * When the marker is missing, the body stops at the first related story (a title line followed by a date
 * line) or the first line of page furniture, whichever comes first — so furniture never reaches the body.
 * A furniture line that could be a subheading ("Sign in", "See also") counts only with furniture after it.
 */
import type { Item } from './items.ts';
import { isFurniture, isHeadingLikeFurniture } from './furniture.ts';
import { isLoneEndWord, isPrintSponsorLine, parseRelatedDateLine } from './markers.ts';

export type BodyEndKind = 'marker' | 'related' | 'furniture' | 'end-of-file';

export interface BodyEnd {
  /** Index of the first item that is not body (items.length when the body runs to the end). */
  index: number;
  kind: BodyEndKind;
}

export function findBodyEnd(items: readonly Item[], from: number): BodyEnd {
  for (let index = from; index < items.length; index++) {
    const text = items[index]?.text ?? '';
    if (isPrintSponsorLine(text)) return { index, kind: 'marker' };
    if (isLoneEndWord(text) && onlyFurnitureFollows(items, index + 1)) return { index, kind: 'marker' };
    if (isFurniture(text) && (!isHeadingLikeFurniture(text) || onlyFurnitureFollows(items, index + 1))) return { index, kind: 'furniture' };
    // A related story: a title followed by its date line; the title is where the body stopped.
    if (parseRelatedDateLine(items[index + 1]?.text ?? '') !== null && parseRelatedDateLine(text) === null) {
      return { index, kind: 'related' };
    }
    if (parseRelatedDateLine(text) !== null) return { index, kind: 'related' };
  }
  return { index: items.length, kind: 'end-of-file' };
}

/** What follows an end-of-body line on a real page: nothing, furniture, the other half of the marker, a related story. */
function onlyFurnitureFollows(items: readonly Item[], index: number): boolean {
  const next = items[index]?.text;
  if (next === undefined) return true;
  if (isFurniture(next) || isLoneEndWord(next) || isPrintSponsorLine(next) || parseRelatedDateLine(next) !== null) return true;
  return parseRelatedDateLine(items[index + 1]?.text ?? '') !== null;
}

/**
 * Short heading-shaped lines at the very end of the body are not the article: a crosshead always introduces
 * paragraphs, so a run of them with nothing after is promo headlines or furniture that slipped past a
 * missing end marker. Returns the new end (unchanged when the body ends with prose).
 */
export function trimTrailingHeadings(items: readonly Item[], start: number, end: number, isHeading: (text: string) => boolean): number {
  let newEnd = end;
  while (newEnd - 1 > start && isHeading(items[newEnd - 1]?.text ?? '')) newEnd--;
  return newEnd;
}
