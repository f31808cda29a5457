/**
 * Find and read the update line at the top of a page. A missing or unreadable line gives `updated: null`
 * and a warning; a time is never invented.
 */
import type { Warning } from '../../types.ts';
import { parseUpdateLine } from '../dates.ts';
import type { Item } from './items.ts';
import { looksLikeUpdateLine } from './markers.ts';

/** The update line may follow a little leading furniture, but never sits deep in the page. */
const SEARCH_WINDOW = 8;

export interface UpdateLineFinding {
  /** Index of the update line among the items, or -1 when the page has none. */
  index: number;
  updated: string | null;
  warnings: Warning[];
}

export function findUpdateLine(items: readonly Item[]): UpdateLineFinding {
  const limit = Math.min(items.length, SEARCH_WINDOW);
  for (let index = 0; index < limit; index++) {
    const item = items[index];
    if (!item || !looksLikeUpdateLine(item.text)) continue;
    const { updated, problems } = parseUpdateLine(item.text);
    const warnings = problems.map((message) => ({ line: item.number, message }));
    return { index, updated, warnings };
  }
  const expectedAt = items[0]?.number ?? 1;
  return { index: -1, updated: null, warnings: [{ line: expectedAt, message: 'no update line: updated time unknown' }] };
}
