/**
 * Related stories after the body: pairs of a title line and a date line (`18 Sep 09 | Americas`). Anything
 * else after the body is furniture and dropped.
 */
import type { RelatedStory } from '../../../content/schema.ts';
import type { Item } from './items.ts';
import { isFurniture } from './furniture.ts';
import { isBodyEndMarker, parseRelatedDateLine } from './markers.ts';

/** `used`, when given, receives the indexes of the lines read as related stories. */
export function parseRelated(items: readonly Item[], from: number, used?: Set<number>): RelatedStory[] {
  const related: RelatedStory[] = [];
  for (let index = from; index + 1 < items.length; index++) {
    const title = items[index]?.text ?? '';
    const dateLine = parseRelatedDateLine(items[index + 1]?.text ?? '');
    if (dateLine === null) continue;
    if (parseRelatedDateLine(title) !== null || isBodyEndMarker(title) || isFurniture(title)) continue;
    related.push({ title, date: dateLine.date, section: dateLine.section, id: null });
    used?.add(index).add(index + 1);
    index++; // the date line is consumed with its title
  }
  return related;
}
